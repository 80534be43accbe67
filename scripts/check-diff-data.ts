/**
 * node scripts/check-diff-data.ts [dist] — after a build: every pitfall page's diff editor is fed
 * that page's own bad → good diff (scripts/lib/diffData.ts). Prints `file: problem` and the fix,
 * exits 1 on any. The browser sweep used to open Monaco on every page (2–3 s each); only the data
 * differs between pages, so the data is checked here and Monaco's opening in e2e/diff-viewer.spec.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lineDiff, readSandboxFile, sandboxSlugs } from '../proof/api.ts';
import { diffPayload } from '../src/lib/diffPayload.ts';
import { diffDataProblems, moduleScripts, relativeImports } from './lib/diffData.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const pitfallsDir = path.join(dist, 'pitfalls');
if (!fs.existsSync(pitfallsDir)) {
  console.error(`check-diff-data: ${path.relative(process.cwd(), pitfallsDir)} not found; run npm run build:local first`);
  process.exit(1);
}

/** A module file's code and that of everything it imports, read once. */
const files = new Map<string, string>();
function moduleCode(urlPath: string, seen = new Set<string>()): string[] {
  if (seen.has(urlPath)) return [];
  seen.add(urlPath);
  const file = path.join(dist, urlPath);
  if (!files.has(urlPath)) files.set(urlPath, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  const code = files.get(urlPath)!;
  return [code, ...relativeImports(code).flatMap((i) => moduleCode(path.posix.join(path.posix.dirname(urlPath), i), seen))];
}

const problems: string[] = [];
const slugs = new Set(sandboxSlugs());
const pages = fs.readdirSync(pitfallsDir).filter((d) => fs.existsSync(path.join(pitfallsDir, d, 'index.html'))).sort();
for (const slug of pages) {
  const file = path.join(pitfallsDir, slug, 'index.html');
  const where = path.relative(process.cwd(), file);
  if (!slugs.has(slug)) {
    problems.push(`${where}: no sandboxes/${slug}/ to compare the diff with (a page without a sandbox should not build)`);
    continue;
  }
  const html = fs.readFileSync(file, 'utf8');
  const { bad, good } = lineDiff(readSandboxFile(slug, 'bad.go'), readSandboxFile(slug, 'good.go'));
  const scripts = moduleScripts(html);
  const code = [...scripts.inline, ...scripts.src.flatMap((s) => moduleCode(s))];
  for (const p of diffDataProblems(html, diffPayload(slug, bad, good), code)) problems.push(`${where}: ${p}`);
}
const bundle = path.join(dist, 'vendor/diff-editor/diff-editor.js');
if (!fs.existsSync(bundle)) problems.push(`${path.relative(process.cwd(), bundle)}: missing, so no diff editor can open; npm run build runs scripts/build-diff-editor.ts first`);

for (const p of problems) console.error(p);
if (problems.length) console.error('Fix: rebuild after changing a sandbox (npm run build:local); DiffViewer.astro must embed diffPayload(slug, …) once per pitfall page.');
console.log(`${pages.length} pitfall pages' diff editor data checked, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exit(problems.length ? 1 : 0);
