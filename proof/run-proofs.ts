/**
 * npm run proofs [-- <slug>… ] [--force] [--shard i/n] [--repeat N] [--mutants]
 *
 * Runs every pitfall's proof (sandboxes/<slug>/proof.yaml, proved by grade.ts): the bad
 * variant must fail with the pinned signature, the good variant must pass the same proof
 * (which therefore fails on the bad code: see grade.ts), every file must be gofmt-clean and
 * the good variant must pass go vet. Results go to .cache/proofs/ in the
 * results format (results.ts), keyed by hash.ts, so an unchanged tree re-checks in seconds.
 * Proofs run in parallel, one per core. The last line is `N passed, N failed`; the exit
 * code is non-zero on any failure.
 *
 *   --force       ignore the cache and re-run every selected proof.
 *   --mutants     also run the mutation check (mutants.ts) on every passing proof: each
 *                 mutant of good.go's [!fix] lines must fail the proof. Cached with the proof
 *                 (a passing result without a mutation verdict gets one); npm test runs it.
 *   --record      write each passing result to proof/records/<slug>.json, to be committed:
 *                 a fresh clone then serves the site without running Go (npm start), and
 *                 npm test takes mutation verdicts from an unchanged sandbox's record.
 *   --fresh       run every proof that is not in this machine's own cache, even when its
 *                 record is current (npm test: CI proves on every run); mutation verdicts are
 *                 still taken from a current record.
 *   --check-records  fail when a selected sandbox has no current record (with --mutants: one
 *                 that carries its mutation verdict), saying what to run and commit.
 *
 * Without --fresh a current record counts as a cached result.
 *   --shard i/n   run only shard i of n (1-based): the selected slugs (those named, else
 *                 every sandbox), sorted, keeping those whose 0-based position p has
 *                 p % n == i - 1. Deterministic, so n machines running 1/n … n/n cover
 *                 every proof exactly once; each writes its results to .cache/proofs/ as
 *                 usual, so copying the shards' .cache/proofs/*.json into one folder
 *                 merges them (file names are per slug and never collide).
 *   --repeat N    run each selected proof N times, ignoring the cache (implies --force),
 *                 print how many runs of each pitfall passed and list as FLAKY those whose
 *                 runs disagree. The closing line still counts pitfalls, not runs: a
 *                 pitfall passes only if all N runs passed (flaky ones count as failed).
 *                 The stored result is a failing run if there was one, else the last run.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { goEnv, sandboxSlugs, serviceEnv, type GoEnv } from './go.ts';
import { loadSandbox, prove } from './grade.ts';
import { displayVersion, type ServiceName } from './services.ts';
import { installedVersion, startServices, type Services } from './supervisor.ts';
import { checkMutants, mutantSummary } from './mutants.ts';
import { engineKey, proofHash } from './hash.ts';
import { RECORDS_DIR, rel, SANDBOX_DIR } from './paths.ts';
import { argError } from './args.ts';
import { asRecord, writeResult, type ProofResult } from './results.ts';
import { flakeSummary, formatFlakeLine, parseRepeat, parseShard, shardSlugs, type Shard } from './shard.ts';
import { currentHash, freshRecord, resultState } from './state.ts';

const USAGE = 'usage: npm run proofs [-- <slug>… ] [--force] [--fresh] [--shard i/n] [--repeat N] [--mutants] [--record] [--check-records]';
let force = false;
let withMutants = false;
let record = false;
let fresh = false;
let checkRecords = false;
let shard: Shard | undefined;
let repeat = 0;
let requested: string[] = [];
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      force: { type: 'boolean' }, shard: { type: 'string' }, repeat: { type: 'string' }, mutants: { type: 'boolean' },
      record: { type: 'boolean' }, fresh: { type: 'boolean' }, 'check-records': { type: 'boolean' },
    },
  });
  record = values.record ?? false;
  fresh = values.fresh ?? false;
  checkRecords = values['check-records'] ?? false;
  force = values.force ?? false;
  withMutants = values.mutants ?? false;
  if (values.shard !== undefined) shard = parseShard(values.shard);
  if (values.repeat !== undefined) repeat = parseRepeat(values.repeat);
  requested = positionals;
} catch (e) {
  fail(`${argError(e, (option) => {
    try {
      if (option === '--shard') parseShard(undefined);
      if (option === '--repeat') parseRepeat(undefined);
    } catch (inner) {
      return (inner as Error).message;
    }
  })}; ${USAGE}`);
}
if (repeat) force = true;
const runs = repeat || 1;

let env: GoEnv;
try {
  env = goEnv();
} catch (e) {
  fail((e as Error).message);
}
const engine = engineKey();
const all = sandboxSlugs();
const unknown = requested.filter((s) => !all.includes(s));
if (unknown.length) fail(`no sandbox named ${unknown.join(', ')} in ${rel(SANDBOX_DIR)}/; known: ${all.join(', ')}`);
const selected = requested.length ? requested : all;
const slugs = shard ? shardSlugs(selected, shard) : selected;

const tty = process.stdout.isTTY && !process.env.CI;
const running = new Map<string, string>();
let done = 0;
const started = Date.now();

function status() {
  if (!tty) return;
  const names = [...running.entries()].map(([s, v]) => `${s} (${v})`).join(', ');
  const line = `  [${done}/${slugs.length * runs}] ${((Date.now() - started) / 1000).toFixed(0)}s  ${names}`;
  process.stdout.write(`\r\x1b[2K${line.slice(0, (process.stdout.columns || 100) - 1)}`);
}
const ticker = tty ? setInterval(status, 500) : undefined;

function log(line: string) {
  if (tty) process.stdout.write('\r\x1b[2K');
  console.log(line);
  status();
}

function fail(message: string): never {
  console.error(`proofs: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

async function main() {
  let passed = 0;
  let failed = 0;
  const failures: { slug: string; runs: number[]; problems: string }[] = [];
  /** A proof to run (run N of --repeat), or, for a cached pass, only its mutation check. */
  const todo: { slug: string; run: number; cached?: ProofResult }[] = [];
  if (shard) log(`Shard ${shard.index}/${shard.count}: ${slugs.length} of ${selected.length} proof${selected.length === 1 ? '' : 's'}${slugs.length ? ` (${slugs.join(', ')})` : ''}.`);
  /** Every result this run ends with, per slug: what --record writes and --check-records checks. */
  const final = new Map<string, ProofResult>();
  for (const slug of slugs) {
    const f = force ? { state: 'stale' as const } : resultState(slug, env, { records: !fresh });
    if (f.state === 'passed') final.set(slug, f.result);
    const label = f.state === 'passed' && f.recorded ? 'recorded' : 'cached';
    if (f.state === 'passed' && withMutants && !repeat && !f.result.mutants) todo.push({ slug, run: 1, cached: f.result });
    else if (f.state === 'passed' && (!withMutants || !f.result.mutants?.problems.length)) {
      passed++;
      done++;
      log(`  ✓ ${slug} — ${f.result.description} (${label}${withMutants && f.result.mutants ? `; ${mutantSummary(f.result.mutants)}` : ''})`);
    } else if (f.state === 'passed') {
      // Cached, but its mutation check failed: report it again without re-running anything.
      failed++;
      done++;
      log(`  ✗ ${slug} (${label})`);
      failures.push({ slug, runs: [1], problems: f.result.mutants!.problems.map((p) => `  - ${p}`).join('\n') });
    } else todo.push({ slug, run: 1 });
  }
  // Repeats interleave (every proof's run 1, then every run 2…) so one pitfall's runs
  // meet different neighbours on the CPU, which is what shakes out timing flakes.
  for (let run = 2; run <= runs; run++) for (const slug of slugs) todo.push({ slug, run });
  const total = todo.length;
  if (total) {
    const what = repeat ? `${slugs.length} proof${slugs.length > 1 ? 's' : ''} ${runs} times each` : `${total} proof${total > 1 ? 's' : ''}`;
    log(`Running ${what} with ${env.GOVERSION}…`);
  }
  // One server per service any proof still to run declares, shared by all of them; each
  // test makes its own database. A server that cannot start fails the run with its log.
  const needed = [...new Set(todo.flatMap((j) => loadSandbox(j.slug).spec?.services ?? []))].sort() as ServiceName[];
  let services: Services | undefined;
  if (needed.length) {
    const t0 = Date.now();
    try {
      services = await startServices(needed, SANDBOX_DIR);
    } catch (e) {
      fail(`${(e as Error).message}\n(needed by ${todo.filter((j) => loadSandbox(j.slug).spec?.services.length).map((j) => j.slug).join(', ')})`);
    }
    Object.assign(serviceEnv, services.env);
    for (const s of services.running) {
      log(`Started ${displayVersion(s.version)} for this run in ${((Date.now() - t0) / 1000).toFixed(1)}s (server ${(s.startMs / 1000).toFixed(1)}s).`);
      // The cache key holds the installed binary's version; a server reporting another would key results wrongly.
      if (s.version !== installedVersion(s.name)) log(`  warning: ${s.name} reports ${s.version} but its binary says ${installedVersion(s.name)}`);
    }
  }
  const outcomes = new Map<string, boolean[]>(slugs.map((s) => [s, []]));
  /** With --repeat: the result to store per slug (a failing run wins, else the latest). */
  const keep = new Map<string, ProofResult>();
  const workers = Math.max(1, Math.min(os.availableParallelism(), total));
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let job = todo.shift(); job; job = todo.shift()) {
        const { slug, run, cached } = job;
        const key = repeat ? `${slug} #${run}` : slug;
        running.set(key, 'starting');
        const t0 = Date.now();
        const step = (what: string) => running.set(key, what);
        const result = cached ?? (await prove(slug, { env, hash: proofHash(slug, env, SANDBOX_DIR, engine), step, services: services?.running }));
        // The mutation verdict is stored beside the proof's: `ok` stays the proof's own, and a
        // surviving mutant fails this run (and every later --mutants run) until the proof pins it.
        // A current record already has it (its hash is this code's), so it is not worked out again.
        if (withMutants && !repeat && result.ok && !result.mutants) {
          const recorded = freshRecord(slug, env);
          result.mutants = recorded?.hash === result.hash && recorded.mutants ? recorded.mutants : await checkMutants(slug, { step });
        }
        if (!repeat && result.ok) final.set(slug, result);
        const mutantProblems = result.mutants?.problems ?? [];
        running.delete(key);
        done++;
        const secs = ((Date.now() - t0) / 1000).toFixed(1);
        const tag = repeat ? `run ${run}/${runs}, ${secs}s` : `${secs}s`;
        if (repeat) {
          outcomes.get(slug)!.push(result.ok);
          const prev = keep.get(slug);
          keep.set(slug, prev && !prev.ok ? prev : result);
          if (outcomes.get(slug)!.length === runs) writeResult(keep.get(slug)!);
        } else writeResult(result);
        if (result.ok && !mutantProblems.length) {
          if (!repeat) passed++;
          log(`  ✓ ${slug} — ${result.description} (${cached ? 'proof cached; ' : ''}${tag}${result.mutants ? `; ${mutantSummary(result.mutants)}` : ''})`);
        } else {
          if (!repeat) failed++;
          log(`  ✗ ${slug} (${tag})`);
          const problems = [...result.problems, ...mutantProblems].map((p) => `  - ${p}`).join('\n');
          // With --repeat, identical failures of one pitfall are reported once, naming the runs.
          const same = failures.find((f) => f.slug === slug && f.problems === problems);
          if (same) same.runs.push(run);
          else failures.push({ slug, runs: [run], problems });
        }
      }
    }),
  );
  if (ticker) clearInterval(ticker);
  await services?.stop();
  if (tty) process.stdout.write('\r\x1b[2K');
  const runsOf = (f: (typeof failures)[number]) => (repeat ? ` (run${f.runs.length > 1 ? 's' : ''} ${f.runs.sort((a, b) => a - b).join(', ')} of ${runs})` : '');
  if (failures.length) console.log(`\n${failures.map((f) => `✗ ${f.slug}${runsOf(f)}: proof failed (${rel(path.join(SANDBOX_DIR, f.slug))}/)\n${f.problems}`).join('\n\n')}\n`);
  if (repeat) {
    const summary = flakeSummary(outcomes);
    console.log(`\nRepeated each proof ${runs} time${runs > 1 ? 's' : ''}:`);
    for (const line of summary.lines) console.log(formatFlakeLine(line));
    console.log(summary.flaky.length ? `FLAKY: ${summary.flaky.join(', ')}` : 'No flaky proofs.');
    passed = summary.passed;
    failed = summary.failed;
  }
  if (record) {
    for (const r of final.values()) writeResult(asRecord(r), RECORDS_DIR);
    console.log(`Recorded ${final.size} result${final.size === 1 ? '' : 's'} in ${rel(RECORDS_DIR)}/: commit them with the sandboxes.`);
  }
  if (checkRecords) {
    const stale = slugs.filter((slug) => {
      const r = freshRecord(slug, env);
      return !r || !r.ok || (withMutants && !r.mutants) || r.hash !== currentHash(slug, env);
    });
    if (stale.length) {
      failed += 1; // one failing check, whatever the number of sandboxes it names
      console.log(
        `\n✗ ${stale.length} sandbox${stale.length === 1 ? ' has' : 'es have'} no current record in ${rel(RECORDS_DIR)}/ (${stale.join(', ')}):\n` +
          `  run: npm run proofs -- ${stale.join(' ')} --mutants --record, then commit ${rel(RECORDS_DIR)}/. ` +
          `Records let a fresh clone serve the site without running Go, and keep npm test within its time budget.`,
      );
    }
  }
  console.log(`Proofs took ${((Date.now() - started) / 1000).toFixed(1)}s.`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
