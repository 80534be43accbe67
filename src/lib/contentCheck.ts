/**
 * Checks that the content and the sandboxes agree, before Astro renders anything:
 * frontmatter against the schema, one slug tying page ↔ sandbox both ways, unique IDs,
 * related links, the page's required sections, code components naming real regions, and
 * no Go code typed into MDX. Every problem is `file:line: message` with the fix.
 *
 * Used by scripts/check-content.ts and by the build (src/integrations/proofGate.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { DiagramError, renderDiagram } from './diagram.ts';
import { detectorName, excerpt, parseMarkers, parseProofSpec, rel } from '../../proof/api.ts';
import { SECTIONS } from './sections.ts';
import { checkRetired } from './retired.ts';
import { reviewHash } from './review.ts';
import { pitfallSchema, SLUG_PATTERN, trackSchema, type Pitfall } from './schema.ts';

export interface Problem {
  file: string;
  line: number;
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.message}`;

/** Components an MDX page may use; the registry in src/components/mdx.ts provides them. */
export const MDX_COMPONENTS = ['BadCode', 'GoodCode', 'Aside'] as const;

/** The sections every pitfall body has, in this order (the template adds the rest); see sections.ts. */
export const REQUIRED_SECTIONS = SECTIONS.filter((s) => s.by === 'author').map((s) => s.title);

export interface PitfallFile {
  slug: string;
  file: string;
  data: Pitfall;
  body: string;
  /** Line in the file where the body starts (after the closing ---). */
  bodyLine: number;
}

interface Split {
  frontmatter: string;
  body: string;
  bodyLine: number;
}

function splitFrontmatter(text: string): Split | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return undefined;
  return { frontmatter: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** Parse and validate one page's frontmatter. Frontmatter starts on line 2 of the file. */
export function checkFrontmatter(text: string, file: string): { data?: Pitfall; split?: Split; problems: Problem[] };
export function checkFrontmatter<S extends z.ZodType>(text: string, file: string, schema: S): { data?: z.infer<S>; split?: Split; problems: Problem[] };
export function checkFrontmatter(text: string, file: string, schema: z.ZodType = pitfallSchema): { data?: unknown; split?: Split; problems: Problem[] } {
  const split = splitFrontmatter(text);
  if (!split) {
    return { problems: [{ file, line: 1, message: 'no frontmatter: start the file with --- on line 1, the fields, then --- (see CONTRIBUTING.md)' }] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(split.frontmatter, { lineCounter: counter });
  if (doc.errors.length) {
    return {
      split,
      problems: doc.errors.map((e) => ({
        file,
        line: (e.linePos?.[0]?.line ?? 1) + 1,
        message: `frontmatter is not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = (pathParts: PropertyKey[]): number => {
    let node: unknown = doc.contents;
    // A field that is missing altogether is reported at the opening --- (line 1).
    let line = 0;
    for (const key of pathParts) {
      if (isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && it.key.value === key);
        if (!pair) break;
        const range = (pair.key as { range?: number[] }).range;
        if (range) line = counter.linePos(range[0]).line;
        node = pair.value;
      } else if (node && typeof node === 'object' && 'items' in node && typeof key === 'number') {
        const item = (node as { items: { range?: number[] }[] }).items[key];
        if (!item) break;
        if (item.range) line = counter.linePos(item.range[0]).line;
        node = item;
      } else break;
    }
    return line + 1; // +1: the opening --- is line 1 of the file
  };
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { data: result.data, split, problems: [] };
  return {
    split,
    problems: result.error.issues.map((iss) => {
      const at = iss.code === 'unrecognized_keys' ? [iss.keys[0]] : iss.path;
      const field = iss.path.length ? `${iss.path.join('.')}: ` : '';
      return { file, line: lineOf(at), message: `${field}${iss.message}` };
    }),
  };
}

/** Line numbers are 1-based lines of the whole file. */
function checkBody(body: string, bodyLine: number, file: string, slug: string, sandboxDir: string): Problem[] {
  const problems: Problem[] = [];
  const lines = body.split('\n');
  const at = (i: number) => bodyLine + i;

  let inFence = false;
  let mermaid: { start: number; lines: string[] } | undefined;
  lines.forEach((line, i) => {
    const fence = /^\s*(```|~~~)\s*(\w*)/.exec(line);
    if (fence) {
      if (!inFence && /^go(lang)?$/.test(fence[2])) {
        problems.push({ file, line: at(i), message: `Go code is never typed into a page: put it in sandboxes/${slug}/ and show it with <BadCode region="…" /> or <GoodCode region="…" />` });
      }
      if (!inFence && fence[2] === 'mermaid') mermaid = { start: i, lines: [] };
      else if (inFence && mermaid) {
        // The same check the build's Mermaid plugin runs, reported before the build starts.
        try {
          renderDiagram(mermaid.lines.join('\n'), 'check');
        } catch (e) {
          if (!(e instanceof DiagramError)) throw e;
          problems.push({ file, line: at(mermaid.start) + e.line, message: `diagram: ${e.message}` });
        }
        mermaid = undefined;
      }
      inFence = !inFence;
      return;
    }
    if (mermaid) mermaid.lines.push(line);
    if (inFence) return;
    if (/^\s*import\s.+from\s/.test(line) || /^\s*export\s/.test(line)) {
      problems.push({ file, line: at(i), message: 'content files import and export nothing: the page gets its components from src/components/mdx.ts' });
    }
    for (const m of line.matchAll(/<([A-Z]\w*)\b([^>]*)>?/g)) {
      const [, name, attrs] = m;
      if (!(MDX_COMPONENTS as readonly string[]).includes(name)) {
        problems.push({ file, line: at(i), message: `unknown component <${name}>: use one of ${MDX_COMPONENTS.join(', ')}` });
        continue;
      }
      if (name === 'BadCode' || name === 'GoodCode') {
        const region = /\bregion="([^"]*)"/.exec(attrs)?.[1];
        const goFile = path.join(sandboxDir, slug, name === 'BadCode' ? 'bad.go' : 'good.go');
        if (!region) {
          problems.push({ file, line: at(i), message: `<${name}> needs a region: write <${name} region="main" /> with a // #region main in ${rel(goFile)}` });
        } else if (fs.existsSync(goFile)) {
          try {
            excerpt(parseMarkers(fs.readFileSync(goFile, 'utf8')), region);
          } catch (e) {
            problems.push({ file, line: at(i), message: `<${name} region="${region}">: ${rel(goFile)} has ${(e as Error).message.replace(/^no region/, 'no region')}` });
          }
        }
      }
    }
  });

  // Required sections, in order.
  const headings = lines.map((l, i) => ({ text: /^##\s+(.+?)\s*$/.exec(l)?.[1], i })).filter((h) => h.text);
  let last = -1;
  for (const name of REQUIRED_SECTIONS) {
    const idx = headings.findIndex((h) => h.text === name);
    if (idx < 0) problems.push({ file, line: bodyLine, message: `missing section "## ${name}": every page has ${REQUIRED_SECTIONS.map((s) => `## ${s}`).join(', ')} in that order` });
    else if (idx < last) problems.push({ file, line: at(headings[idx].i), message: `section "## ${name}" is out of order: the order is ${REQUIRED_SECTIONS.join(' → ')}` });
    else last = idx;
  }
  if (!/<BadCode\b/.test(body)) problems.push({ file, line: bodyLine, message: 'the page shows no bad code: add <BadCode region="main" /> under ## The bad code' });
  if (!/<GoodCode\b/.test(body)) problems.push({ file, line: bodyLine, message: 'the page shows no good code: add <GoodCode region="main" /> under ## The fix' });
  return problems;
}

/** Every page has had its second reading: a page without `reviewed` is an error (a fixture may turn it off). */
export const REVIEW_REQUIRED = true;
/** Every page has evidence from the wild: an empty `inTheWild` is an error. */
export const IN_THE_WILD_REQUIRED = true;

/** The second reading still describes the page, and the evidence lists are well formed. */
function checkReview(text: string, data: Pitfall, file: string, slug: string, sandboxDir: string): Problem[] {
  const problems: Problem[] = [];
  const lineOf = (key: string) => Math.max(1, text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1);
  const read = (f: string) => (fs.existsSync(path.join(sandboxDir, slug, f)) ? fs.readFileSync(path.join(sandboxDir, slug, f), 'utf8') : '');
  if (data.reviewed) {
    const now = reviewHash(text, { bad: read('bad.go'), good: read('good.go') });
    if (now !== data.reviewed.hash) {
      problems.push({ file, line: lineOf('reviewed'), message: `reviewed: the page or the code it shows (bad.go, good.go) changed after the second reading of ${data.reviewed.date} (hash ${data.reviewed.hash}, now ${now}); have someone who did not write the change check it against the sources, then run npm run review:stamp -- ${slug} --by "<reader>" --against <versions>` });
    }
  } else if (REVIEW_REQUIRED) {
    problems.push({ file, line: 1, message: `no reviewed record: a second reader checks every claim before a page is published (CONTRIBUTING.md), then runs npm run review:stamp -- ${slug} --by "<reader>" --against <versions>` });
  }
  if (IN_THE_WILD_REQUIRED && !data.inTheWild.length) {
    problems.push({ file, line: lineOf('inTheWild'), message: 'inTheWild is empty: link at least one public issue, pull request, commit or post-mortem where this bit a real project, with project and a one-line summary in your own words' });
  }
  const urls = new Set<string>();
  for (const w of data.inTheWild) {
    if (urls.has(w.url)) problems.push({ file, line: lineOf('inTheWild'), message: `inTheWild lists ${w.url} twice: keep it once` });
    urls.add(w.url);
  }
  if (!data.identifiers.length) {
    problems.push({ file, line: 1, message: 'identifiers is empty: list the Go names people paste into search to find this page, such as http.MaxBytesReader or (*sql.DB).SetMaxOpenConns' });
  }
  const ids = new Set<string>();
  for (const id of data.identifiers) {
    if (ids.has(id)) problems.push({ file, line: lineOf('identifiers'), message: `identifiers lists ${id} twice: keep it once` });
    ids.add(id);
  }
  return problems;
}

export interface SiteCheck {
  pitfalls: PitfallFile[];
  problems: Problem[];
}

/** Check every page in `pitfallsDir` against the sandboxes in `sandboxDir` and the retired registry. */
export function checkContent(pitfallsDir: string, sandboxDir: string, retiredFile = path.join(path.dirname(pitfallsDir), 'retired.yaml')): SiteCheck {
  const problems: Problem[] = [];
  const pitfalls: PitfallFile[] = [];
  const files = fs.existsSync(pitfallsDir) ? fs.readdirSync(pitfallsDir).filter((f) => !f.startsWith('_')).sort() : [];

  for (const name of files) {
    const full = path.join(pitfallsDir, name);
    const file = rel(full);
    if (!name.endsWith('.mdx')) {
      problems.push({ file, line: 1, message: 'only .mdx pages belong in content/pitfalls/: rename it to <slug>.mdx or move it' });
      continue;
    }
    const slug = name.slice(0, -4);
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({ file, line: 1, message: `file name "${slug}" is not a slug: use lower-case words joined by dashes, e.g. http-server-no-timeouts.mdx` });
      continue;
    }
    const text = fs.readFileSync(full, 'utf8');
    const { data, split, problems: fm } = checkFrontmatter(text, file);
    problems.push(...fm);
    if (!fs.existsSync(path.join(sandboxDir, slug))) {
      problems.push({ file, line: 1, message: `no sandbox: create ${rel(path.join(sandboxDir, slug))}/ with bad.go, good.go, proof_test.go and proof.yaml (every page's code comes from a proven sandbox)` });
    } else if (split) {
      problems.push(...checkBody(split.body, split.bodyLine, file, slug, sandboxDir));
    }
    if (data && split) {
      pitfalls.push({ slug, file, data, body: split.body, bodyLine: split.bodyLine });
      problems.push(...checkReview(text, data, file, slug, sandboxDir));
    }
  }

  // Sandboxes without a page.
  if (fs.existsSync(sandboxDir)) {
    for (const d of fs.readdirSync(sandboxDir, { withFileTypes: true })) {
      if (!d.isDirectory() || ['internal', 'testdata'].includes(d.name) || /^[._]/.test(d.name)) continue;
      if (!files.includes(`${d.name}.mdx`)) {
        problems.push({ file: rel(path.join(sandboxDir, d.name)), line: 1, message: `sandbox without a page: add ${rel(path.join(pitfallsDir, d.name))}.mdx, or delete the folder` });
      }
    }
  }

  // Permanent IDs are unique.
  const byId = new Map<string, PitfallFile>();
  for (const p of pitfalls) {
    const other = byId.get(p.data.id);
    if (other) problems.push({ file: p.file, line: 2, message: `id ${p.data.id} is already used by ${other.file}: IDs are permanent and unique; take the next free number in the area` });
    else byId.set(p.data.id, p);
  }

  // Retired IDs and slugs stay reserved; renamed slugs must not collide.
  const { retired, problems: retiredProblems } = checkRetired(retiredFile);
  problems.push(...retiredProblems.map((m) => ({ file: rel(retiredFile), line: 1, message: m.replace(/^[^:]+: /, '') })));
  const taken = new Map<string, string>(pitfalls.map((p) => [p.slug, `the page ${p.file}`]));
  for (const r of retired) {
    const live = byId.get(r.id);
    if (live) problems.push({ file: live.file, line: 2, message: `id ${r.id} belonged to the retired pitfall "${r.title}" (content/retired.yaml): IDs are never reused; take the next free number` });
    if (taken.has(r.slug)) problems.push({ file: rel(retiredFile), line: 1, message: `retired slug ${r.slug} is used by ${taken.get(r.slug)}: a retired slug keeps its retired page` });
    taken.set(r.slug, `the retired pitfall ${r.id}`);
    if (r.replacedBy && !pitfalls.some((p) => p.slug === r.replacedBy)) problems.push({ file: rel(retiredFile), line: 1, message: `${r.id}: replacedBy "${r.replacedBy}" is not a pitfall slug` });
  }
  for (const p of pitfalls) {
    for (const old of p.data.formerSlugs) {
      if (taken.has(old)) problems.push({ file: p.file, line: 2, message: `formerSlugs: "${old}" is taken by ${taken.get(old)}; an old URL can point to one page only` });
      else taken.set(old, `a former slug of ${p.file}`);
    }
  }

  // Tracks name only real pitfalls, and every pitfall is in at least one track.
  const tracksDir = path.join(path.dirname(pitfallsDir), 'tracks');
  const inTrack = new Set<string>();
  const trackFiles = fs.existsSync(tracksDir) ? fs.readdirSync(tracksDir).filter((f) => /^[^_].*\.mdx$/.test(f)).sort() : [];
  for (const f of trackFiles) {
    const file = rel(path.join(tracksDir, f));
    const text = fs.readFileSync(path.join(tracksDir, f), 'utf8');
    const { data, problems: fm } = checkFrontmatter(text, file, trackSchema);
    problems.push(...fm);
    if (!data) continue;
    const line = text.split('\n').findIndex((l) => l.startsWith('pitfalls:')) + 1;
    for (const s of data.pitfalls) {
      if (!pitfalls.some((p) => p.slug === s)) problems.push({ file, line, message: `pitfalls: no pitfall "${s}"; known slugs: ${pitfalls.map((p) => p.slug).join(', ')}` });
      inTrack.add(s);
    }
    if (new Set(data.pitfalls).size !== data.pitfalls.length) problems.push({ file, line, message: 'pitfalls lists a slug twice: keep each once, in learning order' });
  }
  if (trackFiles.length) {
    for (const p of pitfalls) {
      if (!inTrack.has(p.slug)) problems.push({ file: p.file, line: 1, message: `not in any onboarding track: add ${p.slug} to a track in ${rel(tracksDir)}/` });
    }
  }

  // Related slugs exist; detectors are proven by the sandbox's proof.
  const slugs = new Set(pitfalls.map((p) => p.slug));
  for (const p of pitfalls) {
    for (const r of p.data.related) {
      if (r === p.slug) problems.push({ file: p.file, line: 2, message: `related lists the page itself (${r}): remove it` });
      else if (!slugs.has(r)) problems.push({ file: p.file, line: 2, message: `related: no pitfall "${r}"; known slugs: ${[...slugs].join(', ')}` });
    }
    const specFile = path.join(sandboxDir, p.slug, 'proof.yaml');
    if (fs.existsSync(specFile)) {
      const proven = new Set<string>();
      try {
        const spec = parseProofSpec(fs.readFileSync(specFile, 'utf8'), rel(specFile));
        if (spec.kind === 'vet') proven.add(`vet:${spec.analyzer}`);
        if (spec.kind === 'staticcheck') proven.add(`staticcheck:${spec.check}`);
        for (const d of spec.detectors) proven.add(detectorName(d));
      } catch { /* reported by the proof runner */ }
      const list = [...proven].join(', ') || 'none';
      for (const d of p.data.detectors) {
        if (!proven.has(d)) problems.push({ file: p.file, line: 2, message: `detectors: "${d}" is not proven by ${rel(specFile)}; a page may only claim a tool flags the code when the proof runs it (proven here: ${list})` });
      }
      for (const d of proven) {
        if (!p.data.detectors.includes(d)) problems.push({ file: p.file, line: 2, message: `detectors: ${rel(specFile)} proves "${d}" flags the bad code; list it in detectors so readers know` });
      }
    }
  }
  return { pitfalls, problems };
}
