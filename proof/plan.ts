/**
 * What the runner executes for a proof, and how it judges the result. Pure: no I/O,
 * so every rule here has a unit test beside it (plan.test.ts).
 */
import { diagnostics, type MarkedLine, type RunResult, type Variant } from './diagnostics.ts';
import type { ProofSpec } from './spec.ts';

export type { MarkedLine, RunResult, Variant };


/** `go` arguments for one variant. `pkg` is `./<slug>/`, or `.` for a nested module. */
export function goArgs(spec: ProofSpec, variant: Variant, pkg: string): string[] {
  const tags = variant === 'bad' ? ['-tags', 'bad'] : [];
  switch (spec.kind) {
    case 'race':
      return ['test', '-race', '-count=1', '-v', '-run', `^${spec.test}$`, '-timeout', spec.timeout, ...tags, pkg];
    case 'test':
    case 'crash':
      return ['test', '-count=1', '-v', '-run', `^${spec.test}$`, '-timeout', spec.timeout, ...tags, pkg];
    case 'vet':
      return ['vet', `-${spec.analyzer}`, ...tags, pkg];
    case 'staticcheck':
      return ['tool', 'staticcheck', '-checks', spec.check, ...tags, pkg];
    case 'compile':
      return ['test', '-count=1', '-run', '^$', ...tags, pkg];
  }
}

const tail = (s: string, n = 12) => {
  const lines = s.split('\n');
  return (lines.length > n ? ['…', ...lines.slice(-n)] : lines).map((l) => `    | ${l}`).join('\n');
};

/**
 * Judge one variant. Returns the problems (empty = as expected). `marked` is the
 * `// [!proof]` line in bad.go, required for vet and staticcheck.
 */
export function judge(spec: ProofSpec, variant: Variant, run: RunResult, marked?: MarkedLine, file = `${variant}.go`): string[] {
  const problems: string[] = [];
  const saw = `saw (exit ${run.exitCode}${run.timedOut ? ', killed after ' + spec.timeout : ''}):\n${tail(run.output)}`;
  const expectRe = 'expect' in spec && spec.expect ? new RegExp(spec.expect, 'm') : undefined;

  if (run.timedOut) {
    return [`${file}: the proof did not finish within ${spec.timeout}; make the test bound its own wait and report it with t.Fatalf, or raise timeout in proof.yaml; ${saw}`];
  }

  if ('test' in spec) {
    const ran = new RegExp(`^\\s*--- (PASS|FAIL): ${spec.test}\\b`, 'm').exec(run.output);
    const crashed = /^(fatal error|panic): /m.test(run.output);
    if (!ran && !crashed) {
      if (/no tests to run/.test(run.output)) return [`${file}: no test named ${spec.test} ran: check test: in proof.yaml against proof_test.go; ${saw}`];
      if (run.exitCode !== 0) return [`${file}: the package did not build or the test did not start; ${saw}`];
      return [`${file}: test ${spec.test} did not report PASS or FAIL; ${saw}`];
    }
  }

  if (variant === 'good') {
    if (run.exitCode !== 0) problems.push(`${file} must pass the same proof (${describe(spec)}), but it failed; ${saw}`);
    else if (spec.kind === 'race' && /WARNING: DATA RACE/.test(run.output)) problems.push(`${file} still has a data race; ${saw}`);
    return problems;
  }

  // variant === 'bad'
  if (run.exitCode === 0) {
    return [`${file} passed its proof, but it must fail (${describe(spec)}); did the fix leak into bad.go, or did a Go release change the behaviour? ${saw}`];
  }
  switch (spec.kind) {
    case 'race':
      if (!/WARNING: DATA RACE/.test(run.output)) problems.push(`${file} failed, but not with a data race: expected "WARNING: DATA RACE" under -race; ${saw}`);
      break;
    case 'test':
      if (!new RegExp(`^\\s*--- FAIL: ${spec.test}\\b`, 'm').test(run.output)) problems.push(`${file} did not fail in ${spec.test}: expected "--- FAIL: ${spec.test}"; ${saw}`);
      break;
    case 'crash':
      if (!/^(fatal error|panic): /m.test(run.output)) problems.push(`${file} failed without crashing: expected a "fatal error:" or "panic:" line; ${saw}`);
      break;
    case 'vet':
    case 'staticcheck':
    case 'compile': {
      const diags = diagnostics(run.output);
      if (!marked) {
        if (spec.kind !== 'compile') problems.push(`${file} has no // [!proof] marker: put it at the end of the line where ${spec.kind} must report`);
        break;
      }
      const atLine = diags.filter((d) => d.file.endsWith(marked.file) && d.line === marked.line);
      if (!atLine.length) {
        const where = diags.map((d) => `${d.file}:${d.line}`).join(', ') || 'no diagnostics';
        problems.push(`expected a ${spec.kind} diagnostic at ${marked.file}:${marked.line} (the // [!proof] line), saw ${where}; ${saw}`);
      } else if (expectRe && !atLine.some((d) => expectRe.test(d.message))) {
        problems.push(`the diagnostic at ${marked.file}:${marked.line} does not match /${spec.expect}/: "${atLine[0].message}"`);
      }
      return problems;
    }
  }
  if (expectRe && !expectRe.test(run.output)) {
    problems.push(`${file} failed, but with a different signature: expected output matching /${spec.expect}/; ${saw}`);
  }
  return problems;
}

/** `go` arguments for a static proof's behaviour test (proof.yaml `behaviour`), run on the good variant. */
export function behaviourArgs(spec: ProofSpec, pkg: string): string[] | undefined {
  if (!('behaviour' in spec) || !spec.behaviour) return undefined;
  const b = spec.behaviour;
  return ['test', ...(b.race ? ['-race'] : []), '-count=1', '-v', '-run', `^${b.test}$`, '-timeout', spec.timeout, pkg];
}

/** Problems with a behaviour test run: it must run and pass, without a data race. */
export function judgeBehaviour(spec: ProofSpec, run: RunResult, file: string): string[] {
  if (!('behaviour' in spec) || !spec.behaviour) return [];
  const { test } = spec.behaviour;
  const saw = `saw (exit ${run.exitCode}${run.timedOut ? ', killed' : ''}):\n${tail(run.output)}`;
  if (!new RegExp(`^\\s*--- PASS: ${test}\\b`, 'm').test(run.output) || run.exitCode !== 0 || /WARNING: DATA RACE/.test(run.output)) {
    return [`${file} must also pass its behaviour test ${test} (proof.yaml behaviour), but it did not; ${saw}`];
  }
  return [];
}

/** Whether a go command's output shows the package did not build (type errors, not a verdict). */
export function buildFailed(run: RunResult): boolean {
  return /\[(build|setup) failed\]/.test(run.output) || /^vet: \S+\.go:\d+/m.test(run.output) || (run.exitCode !== 0 && /^# \S+\n\S+\.go:\d+:\d+: /m.test(run.output) && !/^\s*--- (PASS|FAIL)/m.test(run.output));
}

/** A one-line description of the proof, for messages and pages. */
export function describe(spec: ProofSpec): string {
  switch (spec.kind) {
    case 'race': return `data race under -race in ${spec.test}${spec.expect ? ` matching /${spec.expect}/` : ''}`;
    case 'test': return `${spec.test} fails with /${spec.expect}/`;
    case 'crash': return `${spec.test} crashes with /${spec.expect}/`;
    case 'vet': return `go vet's ${spec.analyzer} analyzer reports /${spec.expect}/ at the marked line`;
    case 'staticcheck': return `staticcheck ${spec.check} reports /${spec.expect}/ at the marked line`;
    case 'compile': return `the build fails with /${spec.expect}/`;
  }
}
