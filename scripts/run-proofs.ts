/**
 * npm run proofs [-- <slug>… ] [--force]
 *
 * Runs every pitfall's proof (sandboxes/<slug>/proof.yaml): the bad variant must fail
 * with the pinned signature, the good variant must pass the same proof, every file must
 * be gofmt-clean and the good variant must pass go vet. Results go to .cache/proofs/,
 * keyed by a content hash, so an unchanged tree re-checks in seconds. The last line is
 * `N passed, N failed`; the exit code is non-zero on any failure.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectorArgs, detectorName, judgeDetector } from '../src/lib/detectors.ts';
import { parseMarkers } from '../src/lib/markers.ts';
import { SANDBOX_DIR, rel } from '../src/lib/paths.ts';
import { describe, goArgs, judge, type MarkedLine, type Variant } from '../src/lib/proofPlan.ts';
import { parseProofSpec, ProofSpecError, type ProofSpec } from '../src/lib/proofSpec.ts';
import {
  freshness, goEnv, moduleRoot, proofHash, sandboxSlugs, writeResult,
  type GoEnv, type ProofResult, type VariantResult,
} from '../src/lib/proofStore.ts';
import { durationMs, goEnvVars, runGo } from './lib/goRun.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const requested = args.filter((a) => !a.startsWith('--'));
const unknownFlags = args.filter((a) => a.startsWith('--') && a !== '--force');
if (unknownFlags.length) fail(`unknown option ${unknownFlags.join(' ')}; usage: npm run proofs [-- <slug>… ] [--force]`);

let env: GoEnv;
try {
  env = goEnv();
} catch (e) {
  fail((e as Error).message);
}
const all = sandboxSlugs();
const unknown = requested.filter((s) => !all.includes(s));
if (unknown.length) fail(`no sandbox named ${unknown.join(', ')} in ${rel(SANDBOX_DIR)}/; known: ${all.join(', ')}`);
const slugs = requested.length ? requested : all;

const tty = process.stdout.isTTY && !process.env.CI;
const running = new Map<string, string>();
let done = 0;
const started = Date.now();

function status() {
  if (!tty) return;
  const names = [...running.entries()].map(([s, v]) => `${s} (${v})`).join(', ');
  const line = `  [${done}/${slugs.length}] ${((Date.now() - started) / 1000).toFixed(0)}s  ${names}`;
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

/** The built bodyclose analyzer for `go vet -vettool` (its own -tags flag is ignored). */
const bodycloseTools = new Map<string, string>();
function bodycloseTool(mod: string): string {
  if (!bodycloseTools.has(mod)) {
    bodycloseTools.set(mod, execFileSync('go', ['tool', '-n', 'bodyclose'], { cwd: mod, encoding: 'utf8', env: goEnvVars }).trim());
  }
  return bodycloseTools.get(mod)!;
}

async function prove(slug: string): Promise<ProofResult> {
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
    running.set(slug, variant);
    const r = await runGo(goArgs(spec, variant, pkg), mod, limit);
    results[variant] = r;
    for (const p of judge(spec, variant, r, marked, `${rel(dir)}/${variant}.go`)) problems.push(p);
  }
  running.set(slug, 'gofmt, vet');
  const unformatted = execFileSync(path.join(env.GOROOT, 'bin', 'gofmt'), ['-l', '.'], { cwd: dir, encoding: 'utf8' }).trim();
  if (unformatted) problems.push(`not gofmt-clean: ${unformatted.split('\n').map((f) => `${rel(dir)}/${f}`).join(', ')}; run gofmt -w ${rel(dir)}`);
  const vet = await runGo(['vet', pkg], mod, 300_000);
  if (vet.exitCode !== 0) problems.push(`good variant fails go vet:\n${vet.output}`);

  // Detectors: the tool must flag bad.go and stay silent on good.go.
  const detectors: NonNullable<ProofResult['detectors']> = [];
  for (const d of spec.detectors) {
    running.set(slug, detectorName(d));
    let seen: string | undefined;
    let command = '';
    for (const variant of ['bad', 'good'] as const) {
      const r = await runGo(detectorArgs(d, variant, pkg, d.tool === 'bodyclose' ? bodycloseTool(mod) : undefined), mod, 300_000);
      const verdict = judgeDetector(d, variant, r, slug);
      problems.push(...verdict.problems);
      // Show the command as a reader would type it, not the analyzer's path in the build cache.
      if (variant === 'bad') ({ seen, command } = { seen: verdict.seen, command: r.command.replace(/-vettool=\S+/, '-vettool=$(go tool -n bodyclose)') });
    }
    if (seen) detectors.push({ name: detectorName(d), command, seen });
  }
  return { ...base, spec, ok: problems.length === 0, problems, bad: results.bad, good: results.good, detectors };
}

async function main() {
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  const queue = [...slugs];
  const todo: string[] = [];
  for (const slug of queue) {
    const f = force ? { state: 'stale' as const } : freshness(slug, env);
    if (f.state === 'passed') {
      passed++;
      done++;
      log(`  ✓ ${slug} — ${describe(f.result.spec)} (cached)`);
    } else todo.push(slug);
  }
  if (todo.length) log(`Running ${todo.length} proof${todo.length > 1 ? 's' : ''} with ${env.GOVERSION}…`);
  const workers = Math.max(1, Math.min(os.availableParallelism(), todo.length));
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let slug = todo.shift(); slug; slug = todo.shift()) {
        running.set(slug, 'starting');
        const t0 = Date.now();
        const result = await prove(slug);
        running.delete(slug);
        done++;
        writeResult(result);
        const secs = ((Date.now() - t0) / 1000).toFixed(1);
        if (result.ok) {
          passed++;
          log(`  ✓ ${slug} — ${describe(result.spec)} (${secs}s)`);
        } else {
          failed++;
          log(`  ✗ ${slug} (${secs}s)`);
          failures.push(`✗ ${slug}: proof failed (${rel(path.join(SANDBOX_DIR, slug))}/)\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
        }
      }
    }),
  );
  if (ticker) clearInterval(ticker);
  if (tty) process.stdout.write('\r\x1b[2K');
  if (failures.length) console.log(`\n${failures.join('\n\n')}\n`);
  console.log(`Proofs took ${((Date.now() - started) / 1000).toFixed(1)}s.`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
