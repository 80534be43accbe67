/**
 * npm run scale [-- --sizes 100,1000] [--keep]
 * npm run scale -- --e2e [--sizes 65,150]
 *
 * How the SITE grows with the catalogue: for each size N it generates, in a temporary
 * folder under os.tmpdir(), a content tree with N synthetic pitfalls (content/docs copied
 * from content/, content/pitfalls/<slug>.mdx, content/tracks/ of 50 pitfalls each) and a
 * sandbox per pitfall, then runs the real `astro build` against it (GOPITFALLS_CONTENT_DIR,
 * GOPITFALLS_SANDBOX_DIR, GOPITFALLS_PROOF_CACHE) and measures build wall time, dist size,
 * the Pagefind index (bytes and files under dist/pagefind/) and search latency (median of
 * 20 queries through Pagefind's JS API, run in Node against a local HTTP server).
 *
 * This measures the site, not Go: the proofs are NOT run. Running N Go proofs would take
 * far longer than the build. Instead each sandbox gets a trivial, valid bad.go/good.go/
 * proof_test.go/proof.yaml, and a passing proof result with plausible short output is
 * written straight into the temporary proof cache under the real proofHash(), so the
 * build's freshness gate accepts it. Go must still be installed (the hash names its version).
 *
 * With --e2e it measures the BROWSER SUITE instead: each tree holds the real catalogue (its
 * pages, tracks, sandboxes and current proof results, so the specs about real pages still
 * hold) plus synthetic pitfalls up to N, is built like the site (astro build, then the CSP
 * headers), and the whole Playwright suite runs against it (E2E_DIST). The report gives the
 * suite's wall time per size and its growth in seconds per added pitfall; it is written to
 * .cache/scale-e2e.json. The real results are copied (committed records, then .cache/proofs).
 *
 * Not part of npm test. Prints a table per size and writes .cache/scale.json. The
 * temporary trees are removed afterwards unless --keep is given. Astro's generated
 * .astro/ and node_modules/.astro/ are snapshotted before and restored after each build,
 * so the real site's content cache is left as it was.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from './lib/staticServer.ts';
import { CATEGORIES, ID_AREAS, LIBRARIES, SEVERITIES } from '../src/lib/schema.ts';
import { engineKey, goEnv, proofHash, RESULTS_VERSION, writeResult, type ProofResult } from '../proof/api.ts';
import { reviewBlock, reviewHash, stampReview } from '../src/lib/review.ts';

const ROOT = process.cwd();
const USAGE = 'usage: npm run scale [-- --sizes 100,1000] [--keep] [--e2e]';
let sizes = [100, 1000];
let keep = false;
let e2e = false;
try {
  const { values } = parseArgs({ options: { sizes: { type: 'string' }, keep: { type: 'boolean' }, e2e: { type: 'boolean' } } });
  keep = values.keep ?? false;
  e2e = values.e2e ?? false;
  if (e2e) sizes = [65, 150];
  if (values.sizes !== undefined) {
    sizes = values.sizes.split(',').map((x) => Number(x.trim()));
    if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 5000)) fail(`--sizes takes whole numbers 1–5000 separated by commas; ${USAGE}`);
  }
} catch (e) {
  fail(`${(e as Error).message.split('. ')[0]}; ${USAGE}`);
}

function fail(message: string): never {
  console.error(`scale: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------- synthetic content

/** A small deterministic PRNG, so a size always produces the same tree. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'handler goroutine channel mutex deadline timeout context cancel request response body header cookie session ' +
  'token middleware router listener connection pool transaction rollback commit query row scanner cursor driver ' +
  'encoder decoder marshal unmarshal struct field tag pointer slice map interface closure defer panic recover ' +
  'select buffer backpressure retry backoff jitter idempotent shutdown graceful signal worker queue batch cache ' +
  'eviction expiry lease lock contention starvation leak allocation garbage latency throughput percentile tracing ' +
  'span metric logger sampling exporter collector certificate handshake cipher redirect proxy upstream downstream ' +
  'websocket stream chunk gzip compression checksum migration schema index replica failover heartbeat gossip ' +
  'quorum snapshot compaction watcher keepalive resolver balancer interceptor metadata deadline propagation ' +
  'container probe readiness liveness sidecar manifest rollout canary embed template asset bundle hydration ' +
  'serializer nullable overflow rounding monotonic clock timezone locale unicode rune byte reader writer pipe'
).split(' ');

const LANG_NAMES = ['Alpine', 'Borealis', 'Cobalt', 'Dune', 'Ember', 'Fjord', 'Glacier', 'Harbor', 'Ion', 'Juniper'];

interface Synthetic {
  slug: string;
  id: string;
  pkg: string;
  title: string;
  words: string[];
}

function synthesize(n: number): Synthetic[] {
  const rand = rng(n * 7919);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const perArea = new Map<string, number>();
  const out: Synthetic[] = [];
  for (let i = 0; i < n; i++) {
    const area = ID_AREAS[i % ID_AREAS.length];
    const num = (perArea.get(area) ?? 0) + 1;
    perArea.set(area, num);
    if (num > 500) fail(`too many pitfalls for area ${area}`);
    // Numbered from 500, so synthetic IDs never collide with the real catalogue's (--e2e mixes them).
    const id = `${area}-${String(num + 499).padStart(3, '0')}`;
    const words = Array.from({ length: 3 }, () => pick(WORDS));
    const slug = `scale-${area.toLowerCase()}-${String(num).padStart(3, '0')}-${words[0]}-${words[1]}`;
    out.push({ slug, id, pkg: `p${String(i).padStart(4, '0')}`, title: `The ${words[0]} ${words[1]} ${words[2]} mistake ${id}`, words });
  }
  return out;
}

function sentence(rand: () => number, len: number): string {
  const w = Array.from({ length: len }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  return w[0][0].toUpperCase() + w[0].slice(1) + ' ' + w.slice(1).join(' ') + '.';
}

function pitfallMdx(p: Synthetic, i: number, all: Synthetic[]): string {
  const rand = rng(i + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const libs = [...new Set([pick(LIBRARIES), ...(rand() < 0.4 ? [pick(LIBRARIES)] : [])])];
  const related = rand() < 0.5 && all.length > 1 ? [all[(i + 1) % all.length].slug] : [];
  const para = (k: number) => Array.from({ length: k }, () => sentence(rand, 8 + Math.floor(rand() * 8))).join(' ');
  return `---
id: ${p.id}
title: ${p.title}
summary: Synthetic scale-test pitfall about ${p.words.join(', ')}; its bad variant multiplies where it should add.
category: ${CATEGORIES[i % CATEGORIES.length]}
libraries: [${libs.join(', ')}]
severity: ${SEVERITIES[Math.floor(rand() * SEVERITIES.length)]}
goVersions: [${rand() < 0.3 ? '">=1.22"' : ''}]
detectors: []
related: [${related.join(', ')}]
identifiers: [${p.pkg}.Sum]
inTheWild:
  - url: https://example.com/scale/${p.slug}
    project: scale/synthetic
    summary: A made-up incident for the scale run, so the page has the section every published page has.
sources:
  - title: The Go spec — arithmetic operators
    url: https://go.dev/ref/spec#Arithmetic_operators
hints:
  - Compare the total the proof expects with the one it gets; which operator gives that?
  - The sum of two numbers needs a different operator from the one in bad.go.
quiz:
  - kind: choice
    question: Which operator makes Sum return the sum of its arguments?
    options:
      - text: "+"
        correct: true
        explain: Addition is what a sum means, so + gives 5 for 2 and 3.
      - text: "*"
        explain: Multiplication gives 6 for 2 and 3, which is the bug in bad.go.
---

## Symptoms

- ${sentence(rand, 10)}
- ${sentence(rand, 12)}
- The ${p.words[0]} ${p.words[1]} totals come out wrong under load.

## Why it happens

${para(4)}

${para(3)}

## The bad code

<BadCode region="main" />

${para(2)}

## The fix

<GoodCode region="main" />

${para(2)}
`;
}

/** With `withReal`, the real catalogue (pages, tracks, retired, sandboxes, proof results) comes first. */
function writeTree(dir: string, list: Synthetic[], withReal = false): void {
  const content = path.join(dir, 'content');
  const sandboxes = path.join(dir, 'sandboxes');
  const proofs = path.join(dir, 'proofs');
  if (withReal) {
    fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    fs.cpSync(path.join(ROOT, 'sandboxes'), sandboxes, { recursive: true, filter: (f) => !f.includes(`${path.sep}_exercises`) });
    // The results the real build would use: the committed records, then this machine's fresher cache
    // over them (resultState's order), so a fresh clone can measure without running the proofs first.
    for (const from of [path.join(ROOT, 'proof/records'), path.join(ROOT, '.cache/proofs')]) {
      if (fs.existsSync(from)) fs.cpSync(from, proofs, { recursive: true });
    }
  }
  fs.cpSync(path.join(ROOT, 'content/docs'), path.join(content, 'docs'), { recursive: true });
  fs.mkdirSync(path.join(content, 'pitfalls'), { recursive: true });
  fs.mkdirSync(path.join(content, 'tracks'), { recursive: true });
  fs.mkdirSync(sandboxes, { recursive: true });
  fs.mkdirSync(proofs, { recursive: true });
  if (!withReal) fs.copyFileSync(path.join(ROOT, 'proof/fixtures/go.mod'), path.join(sandboxes, 'go.mod'));
  list.forEach((p, i) => {
    const sb = path.join(sandboxes, p.slug);
    fs.mkdirSync(sb);
    const word = p.words[2];
    const code = {
      bad: `//go:build bad\n\npackage ${p.pkg}\n\n// #region main\nfunc Sum(a, b int) int { return a * b } // [!note] multiplies the ${word}\n// #endregion\n`,
      good: `//go:build !bad\n\npackage ${p.pkg}\n\n// #region main\nfunc Sum(a, b int) int { return a + b } // [!note] adds the ${word}\n// #endregion\n`,
    };
    fs.writeFileSync(path.join(sb, 'bad.go'), code.bad);
    fs.writeFileSync(path.join(sb, 'good.go'), code.good);
    // Stamped as read, the way npm run review:stamp does, so the build's review gate accepts it.
    const mdx = pitfallMdx(p, i, list);
    fs.writeFileSync(path.join(content, 'pitfalls', `${p.slug}.mdx`), stampReview(mdx, reviewBlock({ date: '2026-12-05', by: 'scale.ts (synthetic)', against: ['go1.26.8'], hash: reviewHash(mdx, code) })));
    fs.writeFileSync(path.join(sb, 'proof_test.go'), `package ${p.pkg}\n\nimport "testing"\n\nfunc TestSum(t *testing.T) {\n\tif got := Sum(2, 3); got != 5 {\n\t\tt.Fatalf("Sum(2, 3) = %d, want 5", got)\n\t}\n}\n`);
    fs.writeFileSync(path.join(sb, 'proof.yaml'), `kind: test\ntest: TestSum\nexpect: 'Sum\\(2, 3\\) = 6, want 5'\n`);
  });
  for (let t = 0; t * 50 < list.length; t++) {
    const chunk = list.slice(t * 50, t * 50 + 50);
    const name = LANG_NAMES[t % LANG_NAMES.length];
    fs.writeFileSync(
      path.join(content, 'tracks', `scale-track-${String(t + 1).padStart(3, '0')}.mdx`),
      `---\ntitle: ${name} track ${t + 1}\norder: ${t + 1}\nsummary: Synthetic scale-test track ${t + 1} covering ${chunk.length} generated pitfalls in order.\ngoals:\n  - Recognise each synthetic pitfall in this track.\npitfalls:\n${chunk.map((p) => `  - ${p.slug}`).join('\n')}\n---\n\nA generated track for the scale run.\n`,
    );
  }
}

/** Passing proof results under the real hash; must run with GOPITFALLS_SANDBOX_DIR unset (dir is passed explicitly). */
function writeProofs(dir: string, list: Synthetic[]): void {
  const env = goEnv();
  const sandboxes = path.join(dir, 'sandboxes');
  const today = new Date().toISOString().slice(0, 10);
  const engine = engineKey();
  for (const p of list) {
    const run = `go test -count=1 -v -run '^TestSum$' -timeout 120s`;
    const result: ProofResult = {
      version: RESULTS_VERSION,
      slug: p.slug,
      hash: proofHash(p.slug, env, sandboxes, engine),
      description: 'TestSum fails with /Sum\\(2, 3\\) = 6, want 5/',
      goVersion: env.GOVERSION,
      verifiedAt: today,
      spec: { kind: 'test', test: 'TestSum', expect: 'Sum\\(2, 3\\) = 6, want 5', timeout: '120s', detectors: [] } as ProofResult['spec'],
      ok: true,
      problems: [],
      bad: {
        command: `${run} -tags bad ./${p.slug}/`,
        exitCode: 1,
        output: `=== RUN   TestSum\n    proof_test.go:7: Sum(2, 3) = 6, want 5\n--- FAIL: TestSum\nFAIL\nFAIL\tfixtures.test/sandboxes/${p.slug}\nFAIL`,
        durationMs: 900,
      },
      good: {
        command: `${run} ./${p.slug}/`,
        exitCode: 0,
        output: `=== RUN   TestSum\n--- PASS: TestSum\nPASS\nok  \tfixtures.test/sandboxes/${p.slug}`,
        durationMs: 850,
      },
      detectors: [],
    };
    writeResult(result, path.join(dir, 'proofs'));
  }
}

// ---------------------------------------------------------------- measuring

function dirStats(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) {
      files++;
      bytes += fs.statSync(path.join(e.parentPath, e.name)).size;
    }
  }
  return { bytes, files };
}

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
  return new Promise((resolve) => {
    const out = fs.openSync(logFile, 'w');
    const child = spawn(cmd, argv, { cwd: ROOT, env, stdio: ['ignore', out, out] });
    child.on('close', (code) => {
      fs.closeSync(out);
      resolve(code ?? 1);
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** 20 queries through Pagefind's JS API in Node; each is timed from search() to loaded result data. */
async function searchLatency(dist: string, list: Synthetic[]): Promise<{ medianMs: number; firstMs: number; queries: { q: string; results: number; ms: number }[] }> {
  // Served over HTTP: Pagefind fetches its chunks, and Node's fetch cannot read file: URLs.
  const { url, close } = await startStaticServer(dist, 0, '127.0.0.1');
  try {
    // A fresh copy per size, so Node's module cache cannot hand back another size's index.
    const copy = path.join(dist, 'pagefind', `scale-api-${Date.now()}.mjs`);
    fs.copyFileSync(path.join(dist, 'pagefind', 'pagefind.js'), copy);
    const pagefind = await import(pathToFileURL(copy).href);
    fs.rmSync(copy);
    await pagefind.options({ basePath: `${url}/pagefind/` });
    const t0 = performance.now();
    await pagefind.init();
    const rand = rng(list.length);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const queries = [
      ...Array.from({ length: 7 }, () => pick(list).id),
      ...Array.from({ length: 9 }, () => pick(WORDS)),
      ...Array.from({ length: 4 }, () => `${pick(WORDS)} ${pick(WORDS)}`),
    ];
    const out: { q: string; results: number; ms: number }[] = [];
    let firstMs = 0;
    for (const q of queries) {
      const s = performance.now();
      const r = await pagefind.search(q);
      await Promise.all(r.results.slice(0, 5).map((x: { data: () => Promise<unknown> }) => x.data()));
      const ms = performance.now() - s;
      if (!out.length) firstMs = performance.now() - t0;
      out.push({ q, results: r.results.length, ms: Math.round(ms * 10) / 10 });
    }
    await pagefind.destroy?.();
    return { medianMs: Math.round(median(out.map((o) => o.ms)) * 10) / 10, firstMs: Math.round(firstMs), queries: out };
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- main

const ASTRO_STATE = [path.join(ROOT, '.astro'), path.join(ROOT, 'node_modules/.astro')];

interface Row {
  pitfalls: number;
  buildSeconds: number;
  secondsPerPitfall: number;
  distBytes: number;
  distFiles: number;
  indexBytes: number;
  indexFiles: number;
  searchMedianMs: number | null;
  searchFirstMs: number | null;
  searchError?: string;
  queries?: { q: string; results: number; ms: number }[];
}

/** Generate the tree for n pitfalls (the real ones first with --e2e) and build it; the caller removes dir. */
async function buildTree(n: number, withReal: boolean): Promise<{ dir: string; dist: string; list: Synthetic[]; buildSeconds: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gopitfalls-scale-${n}-`));
  const snap = fs.mkdtempSync(path.join(os.tmpdir(), 'gopitfalls-scale-astro-'));
  const real = withReal ? fs.readdirSync(path.join(ROOT, 'content/pitfalls')).filter((f) => f.endsWith('.mdx')).length : 0;
  if (n < real) fail(`--e2e sizes start at the real catalogue's ${real} pitfalls (got ${n})`);
  try {
    console.log(`\n[${n}] generating ${n - real} synthetic pitfalls${real ? ` beside the ${real} real ones` : ''} in ${dir}`);
    const list = synthesize(n - real);
    writeTree(dir, list, withReal);
    writeProofs(dir, list);
    ASTRO_STATE.forEach((d, i) => fs.existsSync(d) && fs.cpSync(d, path.join(snap, String(i)), { recursive: true }));
    const dist = path.join(dir, 'dist');
    const log = path.join(dir, 'build.log');
    console.log(`[${n}] astro build → ${dist} (log: ${log})`);
    const t = performance.now();
    const code = await run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], treeEnv(dir), log);
    const buildSeconds = (performance.now() - t) / 1000;
    if (code !== 0) {
      console.error(fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'));
      throw new Error(`astro build failed for ${n} pitfalls (exit ${code}); log kept at ${log}`);
    }
    return { dir, dist, list, buildSeconds };
  } finally {
    ASTRO_STATE.forEach((d, i) => {
      const saved = path.join(snap, String(i));
      if (!fs.existsSync(saved)) return;
      fs.rmSync(d, { recursive: true, force: true });
      fs.cpSync(saved, d, { recursive: true });
    });
    fs.rmSync(snap, { recursive: true, force: true });
  }
}

const treeEnv = (dir: string) => ({
  ...process.env,
  GOPITFALLS_CONTENT_DIR: path.join(dir, 'content'),
  GOPITFALLS_SANDBOX_DIR: path.join(dir, 'sandboxes'),
  GOPITFALLS_PROOF_CACHE: path.join(dir, 'proofs'),
  ASTRO_TELEMETRY_DISABLED: '1',
  // A throw-away catalogue served on this machine: no public SITE_URL (src/lib/siteConfig.ts).
  GOPITFALLS_LOCAL_BUILD: '1',
});

async function measure(n: number): Promise<Row> {
  const { dir, dist, list, buildSeconds } = await buildTree(n, false);
  try {
    const d = dirStats(dist);
    const idx = dirStats(path.join(dist, 'pagefind'));
    console.log(`[${n}] built in ${buildSeconds.toFixed(1)} s; measuring search`);
    let search: Awaited<ReturnType<typeof searchLatency>> | undefined;
    let searchError: string | undefined;
    try {
      search = await searchLatency(dist, list);
    } catch (e) {
      searchError = (e as Error).message;
      console.warn(`[${n}] search latency not measured: ${searchError}`);
    }
    return {
      pitfalls: n,
      buildSeconds: Math.round(buildSeconds * 10) / 10,
      secondsPerPitfall: Math.round((buildSeconds / n) * 1000) / 1000,
      distBytes: d.bytes,
      distFiles: d.files,
      indexBytes: idx.bytes,
      indexFiles: idx.files,
      searchMedianMs: search?.medianMs ?? null,
      searchFirstMs: search?.firstMs ?? null,
      searchError,
      queries: search?.queries,
    };
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface E2ERow { pitfalls: number; pages: number; buildSeconds: number; suiteSeconds: number; passed: number; failed: number; files: { file: string; tests: number; spanSecs: number }[] }

/** The real catalogue plus synthetic pitfalls up to n, built, then the whole Playwright suite against it. */
async function measureE2E(n: number): Promise<E2ERow> {
  const { dir, dist, buildSeconds } = await buildTree(n, true);
  try {
    const csp = await run(process.execPath, [path.join(ROOT, 'scripts/csp.ts'), dist], treeEnv(dir), path.join(dir, 'csp.log'));
    if (csp !== 0) throw new Error(`scripts/csp.ts failed on ${dist}: ${fs.readFileSync(path.join(dir, 'csp.log'), 'utf8')}`);
    const pages = (fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8').match(/<loc>/g) ?? []).length;
    const log = path.join(dir, 'e2e.log');
    console.log(`[${n}] built in ${buildSeconds.toFixed(1)} s (${pages} pages); running the browser suite (log: ${log})`);
    const t = performance.now();
    await run(path.join(ROOT, 'node_modules/.bin/playwright'), ['test'], { ...treeEnv(dir), E2E_DIST: dist, E2E_PORT: '4390', CI: '1', NO_COLOR: '1' }, log);
    const suiteSeconds = (performance.now() - t) / 1000;
    const out = fs.readFileSync(log, 'utf8');
    const count = (re: RegExp) => Number(re.exec(out)?.[1] ?? 0);
    const timings = JSON.parse(fs.readFileSync(path.join(ROOT, '.cache/e2e-timings.json'), 'utf8')) as { files: E2ERow['files'] };
    const row = { pitfalls: n, pages, buildSeconds: Math.round(buildSeconds), suiteSeconds: Math.round(suiteSeconds), passed: count(/(\d+) passed/), failed: count(/(\d+) failed/), files: timings.files.map(({ file, tests, spanSecs }) => ({ file, tests, spanSecs })) };
    console.log(`[${n}] browser suite: ${row.suiteSeconds} s, ${row.passed} passed, ${row.failed} failed`);
    if (row.failed) console.log(out.split('\n').filter((l) => /✘|Error:/.test(l)).slice(0, 20).join('\n'));
    return row;
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (e2e) {
  const rows: E2ERow[] = [];
  for (const n of sizes) {
    try {
      rows.push(await measureE2E(n));
    } catch (e) {
      fail((e as Error).message);
    }
  }
  console.log(`\n| pitfalls | pages | build s | browser suite s | passed | failed |\n|---|---|---|---|---|---|\n${rows.map((r) => `| ${r.pitfalls} | ${r.pages} | ${r.buildSeconds} | ${r.suiteSeconds} | ${r.passed} | ${r.failed} |`).join('\n')}`);
  let perPitfall: number | undefined;
  if (rows.length > 1) {
    const [a, b] = [rows[0], rows[rows.length - 1]];
    perPitfall = Math.round(((b.suiteSeconds - a.suiteSeconds) / (b.pitfalls - a.pitfalls)) * 100) / 100;
    console.log(`\nThe browser suite grows by ${perPitfall} s per added pitfall (${a.pitfalls} → ${b.pitfalls}).`);
  }
  fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, '.cache/scale-e2e.json'), JSON.stringify({ measuredAt: new Date().toISOString(), cpus: os.availableParallelism(), rows, secondsPerAddedPitfall: perPitfall }, null, 2) + '\n');
  console.log('Wrote .cache/scale-e2e.json');
  process.exit(rows.some((r) => r.failed) ? 1 : 0);
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const rows: Row[] = [];
for (const n of sizes) {
  try {
    rows.push(await measure(n));
  } catch (e) {
    fail((e as Error).message);
  }
  const header = ['pitfalls', 'build s', 's/pitfall', 'dist', 'index (files)', 'search median ms'];
  const body = rows.map((r) => [String(r.pitfalls), r.buildSeconds.toFixed(1), r.secondsPerPitfall.toFixed(3), mb(r.distBytes), `${mb(r.indexBytes)} (${r.indexFiles})`, r.searchMedianMs === null ? 'n/a' : r.searchMedianMs.toFixed(1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${body.map(line).join('\n')}`);
}

let growth: { from: number; to: number; perPitfallRatio: number; verdict: string } | undefined;
if (rows.length > 1) {
  const [a, b] = [rows[0], rows[rows.length - 1]];
  const ratio = b.secondsPerPitfall / a.secondsPerPitfall;
  const verdict = ratio <= 1.25 ? 'linear or better (fixed costs amortise)' : ratio <= 2 ? 'somewhat worse than linear' : 'clearly super-linear';
  growth = { from: a.pitfalls, to: b.pitfalls, perPitfallRatio: Math.round(ratio * 100) / 100, verdict };
  console.log(`\nPer-pitfall build time at ${b.pitfalls} vs ${a.pitfalls}: ×${growth.perPitfallRatio} — ${verdict}.`);
}
console.log('\nThe proofs were not run (results written directly); this measures the site build and search, not Go.');
fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
fs.writeFileSync(
  path.join(ROOT, '.cache/scale.json'),
  JSON.stringify({ measuredAt: new Date().toISOString(), cpus: os.availableParallelism(), node: process.version, rows, growth }, null, 2) + '\n',
);
console.log('Wrote .cache/scale.json');
