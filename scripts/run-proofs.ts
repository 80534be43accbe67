/**
 * npm run proofs [-- <slug>… ] [--force] [--shard i/n] [--repeat N]
 *
 * Runs every pitfall's proof (sandboxes/<slug>/proof.yaml): the bad variant must fail
 * with the pinned signature, the good variant must pass the same proof, every file must
 * be gofmt-clean and the good variant must pass go vet. Results go to .cache/proofs/,
 * keyed by a content hash, so an unchanged tree re-checks in seconds. The last line is
 * `N passed, N failed`; the exit code is non-zero on any failure.
 *
 *   --force       ignore the cache and re-run every selected proof.
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
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectorArgs, detectorName, judgeDetector, VETTOOLS } from '../src/lib/detectors.ts';
import { parseMarkers } from '../src/lib/markers.ts';
import { SANDBOX_DIR, rel } from '../src/lib/paths.ts';
import { describe, goArgs, judge, type MarkedLine, type Variant } from '../src/lib/proofPlan.ts';
import { parseProofSpec, ProofSpecError, type ProofSpec } from '../src/lib/proofSpec.ts';
import { flakeSummary, formatFlakeLine, parseRepeat, parseShard, shardSlugs, type Shard } from '../src/lib/proofShard.ts';
import {
  freshness, goEnv, moduleRoot, proofHash, sandboxSlugs, writeResult,
  type GoEnv, type ProofResult, type VariantResult,
} from '../src/lib/proofStore.ts';
import { durationMs, goEnvVars, runGo } from './lib/goRun.ts';

const USAGE = 'usage: npm run proofs [-- <slug>… ] [--force] [--shard i/n] [--repeat N]';
const args = process.argv.slice(2);
let force = false;
let shard: Shard | undefined;
let repeat = 0;
const requested: string[] = [];
const unknownFlags: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
  const value = () => inline ?? (args[i + 1] !== undefined && !args[i + 1].startsWith('--') ? args[++i] : undefined);
  try {
    if (flag === '--force' && inline === undefined) force = true;
    else if (flag === '--shard') shard = parseShard(value());
    else if (flag === '--repeat') repeat = parseRepeat(value());
    else if (a.startsWith('--')) unknownFlags.push(a);
    else requested.push(a);
  } catch (e) {
    fail(`${(e as Error).message}; ${USAGE}`);
  }
}
if (unknownFlags.length) fail(`unknown option ${unknownFlags.join(' ')}; ${USAGE}`);
if (repeat) force = true;
const runs = repeat || 1;

let env: GoEnv;
try {
  env = goEnv();
} catch (e) {
  fail((e as Error).message);
}
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

const empty: VariantResult = { command: '', exitCode: -1, output: '', durationMs: 0 };

/** The built analyzer for `go vet -vettool` (bodyclose, shadow), per module root. */
const vettools = new Map<string, string>();
function vettool(mod: string, tool: string): string {
  const key = `${mod}\0${tool}`;
  if (!vettools.has(key)) {
    vettools.set(key, execFileSync('go', ['tool', '-n', tool], { cwd: mod, encoding: 'utf8', env: goEnvVars }).trim());
  }
  return vettools.get(key)!;
}

/** `key` names the run in the progress line (`slug #3` when repeating). */
async function prove(slug: string, key = slug): Promise<ProofResult> {
  const dir = path.join(SANDBOX_DIR, slug);
  const hash = proofHash(slug, env);
  const problems: string[] = [];
  const base = { slug, hash, goVersion: env.GOVERSION, verifiedAt: new Date().toISOString().slice(0, 10) };
  const specFile = path.join(dir, 'proof.yaml');
  let spec: ProofSpec;
  try {
    if (!fs.existsSync(specFile)) throw new ProofSpecError(`${rel(specFile)}:1: missing: every sandbox states its proof in proof.yaml (see sandboxes/README.md)`);
    spec = parseProofSpec(fs.readFileSync(specFile, 'utf8'), rel(specFile));
  } catch (e) {
    return { ...base, spec: undefined as unknown as ProofSpec, ok: false, problems: [(e as Error).message], bad: empty, good: empty };
  }

  let marked: MarkedLine | undefined;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
    const parsed = parseMarkers(fs.readFileSync(path.join(dir, file), 'utf8'));
    for (const e of parsed.errors) problems.push(`${rel(path.join(dir, file))}:${e.line}: ${e.message}`);
    const proofMarks = parsed.annotations.filter((a) => a.kind === 'proof');
    if (proofMarks.length && file !== 'bad.go') problems.push(`${rel(path.join(dir, file))}:${proofMarks[0].line}: [!proof] belongs in bad.go only`);
    if (file === 'bad.go' && proofMarks.length) marked = { file: `${slug}/bad.go`, line: proofMarks[0].line };
  }
  for (const need of ['bad.go', 'good.go']) {
    if (!fs.existsSync(path.join(dir, need))) problems.push(`${rel(dir)}/${need} is missing: each sandbox has a bad.go (//go:build bad) and a good.go (//go:build !bad)`);
  }
  if (problems.length) return { ...base, spec, ok: false, problems, bad: empty, good: empty };

  const mod = moduleRoot(slug);
  const pkg = mod === dir ? '.' : `./${slug}/`;
  const limit = durationMs(spec.timeout) + 120_000;
  const results = {} as Record<Variant, VariantResult>;
  for (const variant of ['bad', 'good'] as const) {
    running.set(key, variant);
    const r = await runGo(goArgs(spec, variant, pkg), mod, limit);
    results[variant] = r;
    for (const p of judge(spec, variant, r, marked, `${rel(dir)}/${variant}.go`)) problems.push(p);
  }
  running.set(key, 'gofmt, vet');
  const unformatted = execFileSync(path.join(env.GOROOT, 'bin', 'gofmt'), ['-l', '.'], { cwd: dir, encoding: 'utf8' }).trim();
  if (unformatted) problems.push(`not gofmt-clean: ${unformatted.split('\n').map((f) => `${rel(dir)}/${f}`).join(', ')}; run gofmt -w ${rel(dir)}`);
  const vet = await runGo(['vet', pkg], mod, 300_000);
  if (vet.exitCode !== 0) problems.push(`good variant fails go vet:\n${vet.output}`);

  // Detectors: the tool must flag bad.go and stay silent on good.go.
  const detectors: NonNullable<ProofResult['detectors']> = [];
  for (const d of spec.detectors) {
    running.set(key, detectorName(d));
    let seen: string | undefined;
    let command = '';
    for (const variant of ['bad', 'good'] as const) {
      const r = await runGo(detectorArgs(d, variant, pkg, VETTOOLS.includes(d.tool) ? vettool(mod, d.tool) : undefined), mod, 300_000);
      const verdict = judgeDetector(d, variant, r, slug);
      problems.push(...verdict.problems);
      // Show the command as a reader would type it, not the analyzer's path in the build cache.
      if (variant === 'bad') ({ seen, command } = { seen: verdict.seen, command: r.command.replace(/-vettool=\S+/, `-vettool=$(go tool -n ${d.tool})`) });
    }
    if (seen) detectors.push({ name: detectorName(d), command, seen });
  }
  return { ...base, spec, ok: problems.length === 0, problems, bad: results.bad, good: results.good, detectors };
}

async function main() {
  let passed = 0;
  let failed = 0;
  const failures: { slug: string; runs: number[]; problems: string }[] = [];
  const todo: { slug: string; run: number }[] = [];
  if (shard) log(`Shard ${shard.index}/${shard.count}: ${slugs.length} of ${selected.length} proof${selected.length === 1 ? '' : 's'}${slugs.length ? ` (${slugs.join(', ')})` : ''}.`);
  for (const slug of slugs) {
    const f = force ? { state: 'stale' as const } : freshness(slug, env);
    if (f.state === 'passed') {
      passed++;
      done++;
      log(`  ✓ ${slug} — ${describe(f.result.spec)} (cached)`);
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
  const outcomes = new Map<string, boolean[]>(slugs.map((s) => [s, []]));
  /** With --repeat: the result to store per slug (a failing run wins, else the latest). */
  const keep = new Map<string, ProofResult>();
  const workers = Math.max(1, Math.min(os.availableParallelism(), total));
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let job = todo.shift(); job; job = todo.shift()) {
        const { slug, run } = job;
        const key = repeat ? `${slug} #${run}` : slug;
        running.set(key, 'starting');
        const t0 = Date.now();
        const result = await prove(slug, key);
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
        if (result.ok) {
          if (!repeat) passed++;
          log(`  ✓ ${slug} — ${describe(result.spec)} (${tag})`);
        } else {
          if (!repeat) failed++;
          log(`  ✗ ${slug} (${tag})`);
          const problems = result.problems.map((p) => `  - ${p}`).join('\n');
          // With --repeat, identical failures of one pitfall are reported once, naming the runs.
          const same = failures.find((f) => f.slug === slug && f.problems === problems);
          if (same) same.runs.push(run);
          else failures.push({ slug, runs: [run], problems });
        }
      }
    }),
  );
  if (ticker) clearInterval(ticker);
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
  console.log(`Proofs took ${((Date.now() - started) / 1000).toFixed(1)}s.`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
