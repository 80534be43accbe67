/**
 * npm test (after scripts/setup.mjs): every check in order, each runner's own output
 * streamed, then a recap of each runner's summary and one closing `N passed, N failed`.
 *
 *   unit (Vitest, pure logic) → proofs → content check (with quiz keys against the proof
 *   output) → integration (engine fixtures, exercise grader, a fixture build) → Go helper
 *   tests → site build → links → CSP of every page → diff editor data → search quality → browser tests (Playwright)
 *
 * A stage whose prerequisite failed is skipped and counted as failed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

interface Stage {
  name: string;
  cmd: string[];
  cwd?: string;
  needs?: string[];
  /** Pull passed/failed counts out of the runner's output. */
  count: (out: string) => { passed: number; failed: number };
  /** A remark for the timing table, e.g. how many proofs ran and how many came from the cache. */
  note?: (out: string) => string;
}

const num = (re: RegExp, s: string) => Number(re.exec(s)?.[1] ?? 0);
const vitest = (): Stage['count'] => (o) => ({ passed: num(/Tests\s+(?:\d+ failed \| )?(\d+) passed/, o), failed: num(/Tests\s+(\d+) failed/, o) });
const stages: Stage[] = [
  // Pure logic: no Go, no build; seconds.
  { name: 'unit', cmd: ['npx', 'vitest', 'run', '--project', 'unit'], count: vitest() },
  {
    // Every proof, once: bad fails, good passes, gofmt, vet, detectors, and every mutant of good.go's [!fix]
    // lines fails it. Cached by content hash.
    name: 'proofs',
    // --fresh: every proof runs here, whatever is recorded; mutation verdicts come from current records.
    cmd: ['node', 'proof/run-proofs.ts', '--mutants', '--fresh', '--check-records'],
    count: (o) => ({ passed: num(/^(\d+) passed, \d+ failed$/m, o), failed: num(/^\d+ passed, (\d+) failed$/m, o) }),
    note: (o) => {
      const cached = (o.match(/^\s*✓ .*\(cached\)$/gm) ?? []).length;
      const all = (o.match(/^\s*[✓✗] /gm) ?? []).length;
      return `${all - cached} run (cold), ${cached} from the cache (warm)`;
    },
  },
  {
    // After the proofs, so quiz keys and errors are checked against the output they captured.
    name: 'content',
    cmd: ['node', 'scripts/check-content.ts'],
    count: (o) => ({ passed: num(/(\d+) pages checked/, o), failed: num(/(\d+) problems?/, o) }),
  },
  // The engine on its fixtures, the exercise grader and a real build of fixture content: real Go, real Astro.
  { name: 'integration', cmd: ['npx', 'vitest', 'run', '--project', 'integration'], count: vitest() },
  {
    // Shared Go helpers the proofs rely on (e.g. the in-memory database/sql driver).
    name: 'go-unit',
    cmd: ['go', 'test', '-race', './internal/...'],
    cwd: 'sandboxes',
    count: (o) => ({ passed: (o.match(/^ok\s/gm) ?? []).length, failed: (o.match(/^(FAIL|---\s*FAIL)/gm) ?? []).length }),
  },
  // npm run build:local, not astro build: it also bundles the diff editor and writes the CSP
  // headers; local, because the tests serve it from this machine and need no public SITE_URL.
  { name: 'build', cmd: ['npm', 'run', 'build:local'], needs: ['content', 'proofs'], count: () => ({ passed: 0, failed: 0 }) },
  {
    // Every internal link and anchor in dist/ resolves; external links are listed, not fetched.
    name: 'links',
    cmd: ['node', 'scripts/check-links.ts'],
    needs: ['build'],
    // Counted per page (not per link), so the total stays comparable with the other runners.
    count: (o) => ({ passed: num(/(\d+) pages, \d+ internal links checked, 0 broken/, o), failed: num(/(\d+) broken/, o) ? 1 : 0 }),
  },
  {
    // Every inline script of every page is allowed by the policy the host sends for it.
    name: 'csp',
    cmd: ['node', 'scripts/check-csp.ts'],
    needs: ['build'],
    count: (o) => ({ passed: num(/(\d+) pages checked against/, o), failed: num(/(\d+) problems?$/m, o) ? 1 : 0 }),
  },
  {
    // Every pitfall page's diff editor is fed that page's own diff; Monaco opening is e2e's job.
    name: 'diff-data',
    cmd: ['node', 'scripts/check-diff-data.ts'],
    needs: ['build'],
    count: (o) => ({ passed: num(/(\d+) pitfall pages' diff editor data checked/, o), failed: num(/(\d+) problems?$/m, o) ? 1 : 0 }),
  },
  {
    // Search quality gate (issue 14): every committed query in e2e/search-queries/ against the built
    // index, through the search box's own ranking. Fails below top-1 90% or top-3 100%.
    name: 'search',
    cmd: ['node', 'scripts/search-eval.ts', '--quiet', '--min-top1', '0.9', '--min-top3', '1'],
    needs: ['build'],
    // Counted per query against the hard gate (in the first three): a query found second is no failure.
    count: (o) => {
      const m = /^top-1 \d+\/\d+ \(\d+%\), top-3 (\d+)\/(\d+)/m.exec(o);
      return m ? { passed: Number(m[1]), failed: Number(m[2]) - Number(m[1]) } : { passed: 0, failed: 1 };
    },
    note: (o) => /^top-1 .*?\)/m.exec(o)?.[0].replace(/ \(minimum.*/, '') ?? '',
  },
  {
    // E2E_SHARD=i/n runs one slice (the GitHub workflow's e2e matrix); locally, all of it.
    name: 'e2e',
    cmd: ['npx', 'playwright', 'test', ...(process.env.E2E_SHARD ? ['--shard', process.env.E2E_SHARD] : [])],
    needs: ['build'],
    count: (o) => ({ passed: num(/(\d+) passed/, o), failed: num(/(\d+) failed/, o) }),
  },
];

const strip = (s: string) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

function run(cmd: string[], cwd?: string): Promise<{ code: number; out: string; secs: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', GOTOOLCHAIN: 'local' } });
    let out = '';
    child.stdout.on('data', (d) => { process.stdout.write(d); out += d; });
    child.stderr.on('data', (d) => { process.stderr.write(d); out += d; });
    child.on('close', (code) => resolve({ code: code ?? 1, out: strip(out), secs: (Date.now() - t0) / 1000 }));
  });
}

const outcome = new Map<string, boolean>();
const recap: string[] = [];
/** One row per step of the timing table; e2e adds a row per spec file. */
const timings: { step: string; secs: number; note?: string }[] = [];
const t0 = Date.now();
let passed = 0;
let failed = 0;

// Set-up ran just before this script (npm test = setup.mjs && test:all) and left its time.
try {
  const s = JSON.parse(fs.readFileSync('.cache/setup-timing.json', 'utf8')) as { secs: number; at: string };
  if (Date.now() - Date.parse(s.at) < 10 * 60_000) timings.push({ step: 'setup', secs: s.secs });
} catch { /* set-up did not run through npm test */ }

for (const stage of stages) {
  const missing = (stage.needs ?? []).filter((n) => !outcome.get(n));
  if (missing.length) {
    outcome.set(stage.name, false);
    failed++;
    recap.push(`  ${stage.name.padEnd(8)} skipped: ${missing.join(', ')} failed`);
    continue;
  }
  console.log(`\n▶ ${stage.name}: ${stage.cmd.join(' ')}`);
  const { code, out, secs } = await run(stage.cmd, stage.cwd);
  const c = stage.count(out);
  // A stage that exits non-zero counts as at least one failure even if its output had no count.
  if (code !== 0 && c.failed === 0) c.failed = 1;
  // A stage with no countable tests (the build) counts as one check.
  if (code === 0 && c.passed === 0) c.passed = 1;
  outcome.set(stage.name, code === 0);
  passed += c.passed;
  failed += c.failed;
  recap.push(`  ${stage.name.padEnd(8)} ${code === 0 ? 'ok    ' : 'FAILED'} ${String(c.passed).padStart(4)} passed ${String(c.failed).padStart(3)} failed  ${secs.toFixed(1)}s`);
  timings.push({ step: stage.name, secs, note: stage.note?.(out) });
  if (stage.name === 'e2e') timings.push(...e2eFileTimings());
}

/** Per spec file: summed test time and wall span, from e2e/timing-reporter.ts. */
function e2eFileTimings(): { step: string; secs: number; note?: string }[] {
  try {
    const r = JSON.parse(fs.readFileSync('.cache/e2e-timings.json', 'utf8')) as { files: { file: string; tests: number; summedSecs: number; spanSecs: number }[] };
    return r.files.map((f) => ({ step: `  ${f.file}`, secs: f.spanSecs, note: `${f.tests} tests, ${f.summedSecs.toFixed(1)}s of test time` }));
  } catch {
    return [];
  }
}

const total = (Date.now() - t0) / 1000 + (timings.find((t) => t.step === 'setup')?.secs ?? 0);
timings.push({ step: 'total', secs: total });
fs.mkdirSync('.cache', { recursive: true });
fs.writeFileSync('.cache/test-timings.json', JSON.stringify({ at: new Date().toISOString(), cores: (await import('node:os')).availableParallelism(), timings }, null, 2) + '\n');
const width = Math.max(...timings.map((t) => t.step.length));
console.log(`\nTimings (wall clock; e2e rows are each spec file's span, tests of several files overlap):`);
for (const t of timings) console.log(`  ${t.step.padEnd(width)} ${t.secs.toFixed(1).padStart(7)}s${t.note ? `  ${t.note}` : ''}`);
console.log(`\nSummary:\n${recap.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
