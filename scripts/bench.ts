/**
 * npm run bench [-- --cold] [--no-build] [--no-lighthouse] [--scale] [--port N]
 *
 * How heavy and how slow the site is, measured rather than guessed:
 *
 *   bytes       per page type (home, catalogue, the heaviest pitfall page, a track): every
 *               response of the first load (until load, idle callbacks and a quiet network), by class (document,
 *               stylesheet, script, font, image, other), raw and gzip (zlib on the bodies);
 *               then what loads lazily — the Monaco diff editor after "Open in the diff
 *               editor", Pagefind after a search. Real Chromium (/usr/bin/chromium) via
 *               Playwright, against scripts/serve.ts started here: the site's own headers
 *               (CSP, caching) and gzip, as the static hosts serve it.
 *   lighthouse  performance, accessibility, best practices and SEO scores of the pitfall page
 *               and home (Lighthouse's default mobile emulation and throttling), system Chromium.
 *   build       wall time of `npx astro build` (into a temporary directory, so the dist/ that
 *               other work is serving is left alone; the server serves that build).
 *   proofs      warm: `node proof/run-proofs.ts` with the proof cache (day-to-day cost).
 *               With --cold (takes minutes): an empty Go build cache and an empty proof cache
 *               (a fresh CI machine, modules downloaded), then --force with the Go build cache
 *               warm (every proof really runs again).
 *
 *   scale       with --scale (takes minutes): scripts/scale.ts at 100 and 1,000 synthetic pitfalls
 *               (build time, dist and Pagefind index size, search latency), folded into the report.
 *
 * --no-build measures the existing dist/ instead (no build time). Writes .cache/bench.json and
 * prints a table. Not part of npm test: the byte budgets are e2e/budgets.spec.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { heaviestPitfallPage } from './lib/heaviestPage.ts';
import { KINDS, MONACO, formatBytes, recordTransfers, summarize, type Summary, type Transfer } from './lib/transfer.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The page types measured; the pitfall page is the heaviest one in the build being measured. */
const pagesOf = (dist: string) => [
  { type: 'home', path: '/' },
  { type: 'catalogue', path: '/pitfalls/' },
  { type: 'pitfall', path: heaviestPitfallPage(dist).path },
  { type: 'track', path: '/tracks/http-services/' },
] as const;

const BENCH_USAGE = 'usage: npm run bench [-- --cold] [--no-build] [--no-lighthouse] [--scale] [--port N]';
let opts: { cold?: boolean; 'no-build'?: boolean; 'no-lighthouse'?: boolean; scale?: boolean; port?: string } = {};
try {
  ({ values: opts } = parseArgs({ options: { cold: { type: 'boolean' }, 'no-build': { type: 'boolean' }, 'no-lighthouse': { type: 'boolean' }, scale: { type: 'boolean' }, port: { type: 'string' } } }));
} catch (e) {
  console.error(`bench: ${(e as Error).message.split('. ')[0]}; ${BENCH_USAGE}`);
  process.exit(2);
}
const cold = opts.cold ?? false;
const noBuild = opts['no-build'] ?? false;
const noLighthouse = opts['no-lighthouse'] ?? false;
const withScale = opts.scale ?? false;
const portArg = Number(opts.port ?? 4399);

const ROOT = process.cwd();
const BIN = path.join(ROOT, 'node_modules/.bin');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gopitfalls-bench-'));
const children: ChildProcess[] = [];

function cleanup() {
  for (const c of children) {
    // The server was started in its own process group: end exactly that group.
    if (c.pid && c.exitCode === null) {
      try {
        process.kill(-c.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
}
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

function step(message: string) {
  console.log(`· ${message}`);
}

/** Runs a command to completion, returning wall seconds; throws with its output on failure. */
function timed(label: string, cmd: string, cmdArgs: string[], env: Record<string, string> = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true', ...env }, maxBuffer: 256 * 1024 * 1024 });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    throw new Error(`${label} failed (exit ${r.status}):\n${(r.stdout + r.stderr).trimEnd().split('\n').slice(-25).join('\n')}`);
  }
  return { secs, stdout: r.stdout };
}

// ---------------------------------------------------------------- proofs

interface ProofRow { label: string; secs: number; summary: string }

function proofRun(label: string, extra: string[], env: Record<string, string> = {}): ProofRow {
  const { secs, stdout } = timed(`proofs (${label})`, process.execPath, ['proof/run-proofs.ts', ...extra], env);
  const summary = stdout.trimEnd().split('\n').at(-1) ?? '';
  step(`proofs ${label}: ${secs.toFixed(1)} s — ${summary}`);
  return { label, secs, summary };
}

// ---------------------------------------------------------------- preview

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve((srv.address() as net.AddressInfo | null)?.port ?? port)));
    });
  return (await tryPort(preferred)) ?? (await new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  }));
}

async function startPreview(outDir: string | null, port: number): Promise<string> {
  const serveArgs = [path.join(ROOT, 'scripts/serve.ts'), '--port', String(port), '--dir', outDir ?? path.join(ROOT, 'dist')];
  const child = spawn(process.execPath, serveArgs, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const base = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.ts exited (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${base}/`);
      if (res.ok) return base;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`scripts/serve.ts did not answer on ${base} within 60 s:\n${log}`);
}

// ---------------------------------------------------------------- bytes

interface PageBytes {
  type: string;
  path: string;
  initial: Summary;
  lazy?: { trigger: string; summary: Summary; urls: string[] };
  /** Monaco assets seen before the click (should be none). */
  monacoBeforeClick: string[];
  largest: { url: string; kind: string; raw: number; gzip: number }[];
}

const rel = (base: string, ts: Transfer[]) => ts.map((t) => t.url.replace(base, ''));

async function measurePage(browser: Browser, base: string, type: string, pagePath: string): Promise<PageBytes> {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  const rec = recordTransfers(page);
  await rec.firstLoad(pagePath);
  const initial = rec.transfers('initial');
  const result: PageBytes = {
    type,
    path: pagePath,
    initial: summarize(initial),
    monacoBeforeClick: rel(base, initial.filter((t) => MONACO.test(t.url))),
    largest: [...initial].sort((a, b) => b.gzip - a.gzip).slice(0, 5).map((t) => ({ ...t, url: t.url.replace(base, '') })),
  };
  const lazy = await lazyLoad(page, type, rec);
  if (lazy) {
    await rec.settle();
    const ts = rec.transfers('lazy');
    result.lazy = { trigger: lazy, summary: summarize(ts), urls: rel(base, ts) };
  }
  rec.stop();
  await context.close();
  return result;
}

/** What a reader does to pull in the lazy parts of a page type; returns its description. */
async function lazyLoad(page: Page, type: string, rec: ReturnType<typeof recordTransfers>): Promise<string | null> {
  if (type === 'pitfall') {
    const button = page.getByRole('button', { name: 'Open in the diff editor' }).first();
    await button.scrollIntoViewIfNeeded();
    rec.phase('lazy');
    await button.click();
    await page.getByRole('region', { name: /^Diff editor:/ }).first().waitFor({ state: 'visible', timeout: 60_000 });
    // Let Monaco finish laying out (its worker and the codicon font come after the region).
    await page.locator('.monaco-diff-editor .view-lines').first().waitFor({ timeout: 30_000 });
    return 'click "Open in the diff editor"';
  }
  if (type === 'home') {
    rec.phase('lazy');
    await page.getByRole('button', { name: 'Search' }).first().click();
    // Our own search box (src/components/SiteSearch.astro), the same roles e2e/search.spec.ts uses.
    const dialog = page.getByRole('dialog', { name: 'Search the pitfalls' });
    await dialog.getByRole('combobox', { name: 'Search the pitfalls' }).fill('context');
    await dialog.getByRole('listbox', { name: 'Matching pitfalls' }).getByRole('option').first().waitFor({ state: 'visible', timeout: 30_000 });
    return 'open search, type "context"';
  }
  return null;
}

// ---------------------------------------------------------------- lighthouse

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<(typeof CATEGORIES)[number], number | null>;

function lighthouse(url: string): { scores: Scores | null; error?: string; secs: number } {
  const out = path.join(work, `lh-${Math.random().toString(36).slice(2)}.json`);
  const t0 = performance.now();
  const r = spawnSync(
    path.join(BIN, 'lighthouse'),
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${[...CHROME_FLAGS, '--headless=new'].join(' ')}`,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 240_000 },
  );
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0 || !fs.existsSync(out)) {
    const why = r.error ? String(r.error) : (r.stderr || r.stdout).trim().split('\n').slice(-8).join('\n');
    return { scores: null, error: `lighthouse exited ${r.status}: ${why}`, secs };
  }
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, report.categories?.[c]?.score == null ? null : Math.round(report.categories[c].score * 100)]),
  ) as Scores;
  const runtimeError = report.runtimeError?.message as string | undefined;
  return { scores, error: runtimeError, secs };
}

// ---------------------------------------------------------------- table

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function bytesTable(pages: PageBytes[]): string {
  const kinds = KINDS.filter((k) => pages.some((p) => p.initial[k].count || p.lazy?.summary[k].count));
  const headers = ['page / phase', 'reqs', ...kinds.map((k) => `${k} gz`), 'total gz', 'total raw'];
  const row = (label: string, s: Summary) => [
    label,
    s.total.count,
    ...kinds.map((k) => (s[k].count ? formatBytes(s[k].gzip) : '—')),
    formatBytes(s.total.gzip),
    formatBytes(s.total.raw),
  ];
  const rows: (string | number)[][] = [];
  for (const p of pages) {
    rows.push(row(`${p.type} ${p.path}`, p.initial));
    if (p.lazy) rows.push(row(`  + lazy: ${p.lazy.trigger}`, p.lazy.summary));
  }
  return table(headers, rows);
}

// ---------------------------------------------------------------- main

async function main() {
  const started = new Date().toISOString();
  const result: Record<string, unknown> = { started, cores: os.availableParallelism(), node: process.version, chromium: CHROMIUM };

  // Proofs first: the build refuses to run on stale proofs, and the warm run refreshes them.
  // A first, untimed run brings the proof cache up to date, so the timed one is really warm.
  step('proofs, bringing the proof cache up to date (not timed)');
  timed('proofs', process.execPath, ['proof/run-proofs.ts']);
  const proofs: ProofRow[] = [proofRun('warm', [])];

  let outDir: string | null = null;
  if (!noBuild) {
    step('diff editor bundle (public/vendor/diff-editor, not timed)');
    timed('build-diff-editor', process.execPath, ['scripts/build-diff-editor.ts']);
    outDir = path.join(work, 'dist');
    step(`npx astro build --outDir ${outDir}`);
    const { secs } = timed('astro build', path.join(BIN, 'astro'), ['build', '--outDir', outDir], { GOPITFALLS_LOCAL_BUILD: '1' });
    step(`build: ${secs.toFixed(1)} s`);
    result.build = { command: 'npx astro build', secs };
    // The security headers the real build writes, so the served site is the deployed one.
    timed('csp', process.execPath, [path.join(ROOT, 'scripts/csp.ts'), outDir]);
  } else if (!fs.existsSync(path.join(ROOT, 'dist/index.html'))) {
    throw new Error('--no-build needs a built dist/ (npm run build)');
  }

  const port = await freePort(portArg);
  step(`scripts/serve.ts on :${port}`);
  const base = await startPreview(outDir, port);

  const PAGES = pagesOf(outDir ?? path.join(ROOT, 'dist'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  const pages: PageBytes[] = [];
  try {
    for (const p of PAGES) {
      step(`bytes: ${p.path}`);
      pages.push(await measurePage(browser, base, p.type, p.path));
    }
  } finally {
    await browser.close();
  }
  result.pages = pages;

  const lh: Record<string, unknown> = {};
  if (!noLighthouse) {
    for (const p of PAGES.filter((p) => p.type === 'pitfall' || p.type === 'home')) {
      step(`lighthouse: ${p.path}`);
      lh[p.type] = { path: p.path, ...lighthouse(base + p.path) };
    }
    result.lighthouse = lh;
  }

  if (cold) {
    const gocache = fs.mkdtempSync(path.join(work, 'gocache-'));
    const proofCache = fs.mkdtempSync(path.join(work, 'proofcache-'));
    step('proofs, cold (empty GOCACHE and proof cache; takes minutes)');
    proofs.push(proofRun('cold', [], { GOCACHE: gocache, GOPITFALLS_PROOF_CACHE: proofCache }));
    step('proofs, rerun (--force, Go build cache warm)');
    proofs.push(proofRun('rerun', ['--force'], { GOCACHE: gocache, GOPITFALLS_PROOF_CACHE: proofCache }));
  }
  result.proofs = proofs;

  if (withScale) {
    // Its own process: it builds other content trees and prints its own tables as it goes.
    step('scale: 100 and 1,000 synthetic pitfalls (npm run scale; takes minutes)');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/scale.ts')], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`scripts/scale.ts failed (exit ${r.status ?? r.signal}); run npm run scale to see why`);
    result.scale = JSON.parse(fs.readFileSync(path.join(ROOT, '.cache/scale.json'), 'utf8'));
  }

  fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, '.cache/bench.json'), JSON.stringify(result, null, 2) + '\n');

  // ---- report
  console.log(`\nBytes at first load (until load, idle callbacks, 500 ms of quiet network) and lazily; gzip = zlib on the bodies\n`);
  console.log(bytesTable(pages));
  const early = pages.filter((p) => p.monacoBeforeClick.length);
  console.log(early.length ? `\n! Monaco before the click on ${early.map((p) => p.path).join(', ')}` : '\nNo Monaco asset before the click on any page.');
  if (!noLighthouse) {
    console.log(`\nLighthouse (mobile emulation, simulated throttling)\n`);
    console.log(
      table(
        ['page', ...CATEGORIES, 'note'],
        Object.entries(lh).map(([type, v]) => {
          const r = v as ReturnType<typeof lighthouse> & { path: string };
          return [`${type} ${r.path}`, ...CATEGORIES.map((c) => r.scores?.[c] ?? '—'), r.error ?? ''];
        }),
      ),
    );
  }
  console.log(`\nTimes on ${os.availableParallelism()} cores\n`);
  const times: (string | number)[][] = [];
  if (result.build) times.push(['npx astro build', `${(result.build as { secs: number }).secs.toFixed(1)} s`, '']);
  for (const p of proofs) times.push([`proofs ${p.label}`, `${p.secs.toFixed(1)} s`, p.summary]);
  console.log(table(['what', 'wall', 'result'], times));
  if (result.scale) {
    const sc = result.scale as { rows: { pitfalls: number; buildSeconds: number; distBytes: number; indexBytes: number; indexFiles: number; searchMedianMs: number | null }[]; growth?: { perPitfallRatio: number; verdict: string } };
    console.log(`\nScale (synthetic pitfalls, proofs not run)\n`);
    console.log(table(['pitfalls', 'build', 'dist', 'search index', 'search median'], sc.rows.map((r) => [r.pitfalls, `${r.buildSeconds.toFixed(1)} s`, formatBytes(r.distBytes), `${formatBytes(r.indexBytes)} (${r.indexFiles} files)`, r.searchMedianMs == null ? '—' : `${r.searchMedianMs.toFixed(1)} ms`])));
    if (sc.growth) console.log(`per-pitfall build time ×${sc.growth.perPitfallRatio}: ${sc.growth.verdict}`);
  }
  console.log(`\nwrote .cache/bench.json`);
}

try {
  await main();
} catch (e) {
  console.error(`bench: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  cleanup();
}
