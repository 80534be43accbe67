/**
 * Proving one sandbox, and grading one piece of code with the same checks. The runner
 * (run-proofs.ts) proves every sandbox with prove(); the exercise grader (exercise.ts) grades a
 * learner's copy with gradeAsGood(), the very checks good.go must pass.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { detectorArgs, detectorName, judgeDetector, VETTOOLS } from './detectors.ts';
import { durationMs, goEnvVars, moduleRoot, runGo, type GoEnv, type VariantRun } from './go.ts';
import { parseMarkers } from './markers.ts';
import { rel, SANDBOX_DIR } from './paths.ts';
import { behaviourArgs, describe, goArgs, judge, judgeBehaviour, type MarkedLine, type Variant } from './plan.ts';
import type { ProofResult, VariantResult } from './results.ts';
import type { RunningService } from './services.ts';
import { parseProofSpec, ProofSpecError, type ProofSpec } from './spec.ts';

const empty: VariantResult = { command: '', exitCode: -1, output: '', durationMs: 0 };
const strip = ({ timedOut: _, ...r }: VariantRun): VariantResult => r;

/**
 * Build constraints that select a variant belong in bad.go and good.go only. With that rule, the
 * bad build is exactly the program the good build would be with bad.go's code in good.go's
 * place, so the bad run already shows what swapping the files would show: the good variant's
 * check fails on it (plan.test.ts, "a convicted bad run fails the good check"). No second run.
 */
const VARIANT_TAG = /^\/\/go:build\b.*\bbad\b/m;

/** proof.yaml, the [!proof] line, and what is wrong with the sandbox's files before anything runs. */
export function loadSandbox(slug: string, dir = SANDBOX_DIR): { spec?: ProofSpec; marked?: MarkedLine; problems: string[] } {
  const folder = path.join(dir, slug);
  const specFile = path.join(folder, 'proof.yaml');
  const problems: string[] = [];
  let spec: ProofSpec | undefined;
  try {
    if (!fs.existsSync(specFile)) throw new ProofSpecError(`${rel(specFile)}:1: missing: every sandbox states its proof in proof.yaml (see sandboxes/README.md)`);
    spec = parseProofSpec(fs.readFileSync(specFile, 'utf8'), rel(specFile));
  } catch (e) {
    return { problems: [(e as Error).message] };
  }
  let marked: MarkedLine | undefined;
  for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.go')).sort()) {
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    const parsed = parseMarkers(text);
    for (const e of parsed.errors) problems.push(`${rel(path.join(folder, file))}:${e.line}: ${e.message}`);
    const proofMarks = parsed.annotations.filter((a) => a.kind === 'proof');
    if (proofMarks.length && file !== 'bad.go') problems.push(`${rel(path.join(folder, file))}:${proofMarks[0].line}: [!proof] belongs in bad.go only`);
    if (file === 'bad.go' && proofMarks.length) marked = { file: `${slug}/bad.go`, line: proofMarks[0].line };
    if (file !== 'bad.go' && file !== 'good.go' && VARIANT_TAG.test(text)) {
      problems.push(`${rel(path.join(folder, file))}:1: only bad.go and good.go may depend on the bad build tag: the proof must be the same test for both variants`);
    }
  }
  for (const need of ['bad.go', 'good.go']) {
    if (!fs.existsSync(path.join(folder, need))) problems.push(`${rel(folder)}/${need} is missing: each sandbox has a bad.go (//go:build bad) and a good.go (//go:build !bad)`);
  }
  return { spec, marked, problems };
}

/** `go test` package argument and working directory for a sandbox (a nested module runs from its own folder). */
export function packageOf(slug: string, dir = SANDBOX_DIR): { mod: string; pkg: string } {
  const mod = moduleRoot(slug, dir);
  return { mod, pkg: mod === path.join(dir, slug) ? '.' : `./${slug}/` };
}

/** `go <subcommand> -overlay=<file> …`: the build reads some files from elsewhere (a mutant of good.go). */
const withOverlay = (argv: string[], overlay?: string) => (overlay ? [argv[0], `-overlay=${overlay}`, ...argv.slice(1)] : argv);

/** Run the proof for one variant and judge it; for the good variant of a static proof, its behaviour test too. */
export async function runVariant(spec: ProofSpec, variant: Variant, at: { mod: string; pkg: string }, file: string, marked?: MarkedLine, sandboxDir = SANDBOX_DIR, overlay?: string) {
  const run = await runGo(withOverlay(goArgs(spec, variant, at.pkg), overlay), at.mod, durationMs(spec.timeout) + 120_000, sandboxDir);
  const problems = judge(spec, variant, run, marked, file);
  const bArgs = variant === 'good' ? behaviourArgs(spec, at.pkg) : undefined;
  let behaviour: VariantRun | undefined;
  if (bArgs) {
    behaviour = await runGo(withOverlay(bArgs, overlay), at.mod, durationMs(spec.timeout) + 120_000, sandboxDir);
    problems.push(...judgeBehaviour(spec, behaviour, file));
  }
  return { run, behaviour, problems };
}

/** gofmt -l on a folder. */
export function gofmtProblems(folder: string, env: GoEnv): string[] {
  const unformatted = execFileSync(path.join(env.GOROOT, 'bin', 'gofmt'), ['-l', '.'], { cwd: folder, encoding: 'utf8' }).trim();
  return unformatted ? [`not gofmt-clean: ${unformatted.split('\n').map((f) => `${rel(folder)}/${f}`).join(', ')}; run gofmt -w ${rel(folder)}`] : [];
}

/** Plain `go vet` of the good build. */
export async function vetProblems(at: { mod: string; pkg: string }, sandboxDir = SANDBOX_DIR): Promise<{ run: VariantRun; problems: string[] }> {
  const run = await runGo(['vet', at.pkg], at.mod, 300_000, sandboxDir);
  return { run, problems: run.exitCode === 0 ? [] : [`good variant fails go vet:\n${run.output}`] };
}

/** The built analyzer for `go vet -vettool` (bodyclose, shadow), per module root. */
const vettools = new Map<string, string>();
function vettool(mod: string, tool: string): string {
  const key = `${mod}\0${tool}`;
  if (!vettools.has(key)) vettools.set(key, execFileSync('go', ['tool', '-n', tool], { cwd: mod, encoding: 'utf8', env: goEnvVars }).trim());
  return vettools.get(key)!;
}

/** Prove one sandbox: both variants, gofmt, vet and every detector it claims. */
export async function prove(slug: string, ctx: { env: GoEnv; hash: string; sandboxDir?: string; step?: (what: string) => void; services?: RunningService[] }): Promise<ProofResult> {
  const dir = ctx.sandboxDir ?? SANDBOX_DIR;
  const step = ctx.step ?? (() => {});
  const folder = path.join(dir, slug);
  const base = { version: 2 as const, slug, hash: ctx.hash, goVersion: ctx.env.GOVERSION, verifiedAt: new Date().toISOString().slice(0, 10), detectors: [] };
  const loaded = loadSandbox(slug, dir);
  const { spec, marked } = loaded;
  if (!spec || loaded.problems.length) {
    return { ...base, spec: spec ?? null, description: spec ? describe(spec) : '', ok: false, problems: loaded.problems, bad: empty, good: empty };
  }
  const problems: string[] = [];
  const at = packageOf(slug, dir);
  const runs = {} as Record<Variant, VariantRun>;
  for (const variant of ['bad', 'good'] as const) {
    step(variant);
    const { run, problems: p } = await runVariant(spec, variant, at, `${rel(folder)}/${variant}.go`, marked, dir);
    runs[variant] = run;
    problems.push(...p);
  }
  step('gofmt, vet');
  problems.push(...gofmtProblems(folder, ctx.env));
  problems.push(...(await vetProblems(at, dir)).problems);

  // Detectors: the tool must flag bad.go and stay silent on good.go.
  const detectors: ProofResult['detectors'] = [];
  for (const d of spec.detectors) {
    step(detectorName(d));
    let seen: string | undefined;
    let command = '';
    for (const variant of ['bad', 'good'] as const) {
      const r = await runGo(detectorArgs(d, variant, at.pkg, VETTOOLS.includes(d.tool) ? vettool(at.mod, d.tool) : undefined), at.mod, 300_000, dir);
      const verdict = judgeDetector(d, variant, r, slug);
      problems.push(...verdict.problems);
      // Show the command as a reader would type it, not the analyzer's path in the build cache.
      if (variant === 'bad') ({ seen, command } = { seen: verdict.seen, command: r.command.replace(/-vettool=\S+/, `-vettool=$(go tool -n ${d.tool})`) });
    }
    if (seen) detectors.push({ name: detectorName(d), command, seen });
  }
  // The version each server reported when the runner started it (supervisor.ts), for the page.
  const services = spec.services.map((name) => ({ name, version: ctx.services?.find((s) => s.name === name)?.version ?? 'not started' }));
  return { ...base, spec, description: describe(spec), ok: problems.length === 0, problems, bad: strip(runs.bad), good: strip(runs.good), detectors, ...(services.length ? { services } : {}) };
}
