import { describe, expect, it } from 'vitest';
import { diagnostics } from './diagnostics.ts';
import { goArgs, judge } from './plan.ts';
import type { ProofSpec } from './spec.ts';

const testSpec: ProofSpec = { kind: 'test', test: 'TestSlow', expect: 'still open after \\d+s', timeout: '120s' };
const raceSpec: ProofSpec = { kind: 'race', test: 'TestShared', timeout: '120s' };
const crashSpec: ProofSpec = { kind: 'crash', test: 'TestHammer', expect: 'concurrent map writes', timeout: '120s' };
const vetSpec: ProofSpec = { kind: 'vet', analyzer: 'lostcancel', expect: 'cancel function .* not used', timeout: '120s' };
const marked = { file: 'x/bad.go', line: 12 };

const fail = (body: string) => ({ exitCode: 1, output: `=== RUN   TestSlow\n${body}\n--- FAIL: TestSlow\nFAIL` });
const pass = (name = 'TestSlow') => ({ exitCode: 0, output: `=== RUN   ${name}\n--- PASS: ${name}\nPASS` });

describe('goArgs', () => {
  it('runs the named test, with -race only for race, and -tags bad only for the bad variant', () => {
    expect(goArgs(raceSpec, 'bad', './x/')).toEqual(['test', '-race', '-count=1', '-v', '-run', '^TestShared$', '-timeout', '120s', '-tags', 'bad', './x/']);
    expect(goArgs(testSpec, 'good', './x/')).toEqual(['test', '-count=1', '-v', '-run', '^TestSlow$', '-timeout', '120s', './x/']);
    expect(goArgs(vetSpec, 'bad', '.')).toEqual(['vet', '-lostcancel', '-tags', 'bad', '.']);
    expect(goArgs({ kind: 'staticcheck', check: 'SA1012', expect: 'x', timeout: '1s' }, 'good', './x/')).toEqual(['tool', 'staticcheck', '-checks', 'SA1012', './x/']);
  });
});

describe('judge: the bad variant', () => {
  it('accepts a failure with the pinned signature', () => {
    expect(judge(testSpec, 'bad', fail('    proof_test.go:30: still open after 1s'))).toEqual([]);
  });
  it('rejects a bad variant that passes', () => {
    expect(judge(testSpec, 'bad', pass())[0]).toMatch(/^bad.go passed its proof, but it must fail \(TestSlow fails with/);
  });
  it('rejects a failure with a different signature, showing expected and seen', () => {
    const [p] = judge(testSpec, 'bad', fail('    proof_test.go:30: got 500, want 200'), undefined, 'sandboxes/x/bad.go');
    expect(p).toContain('sandboxes/x/bad.go failed, but with a different signature: expected output matching /still open after \\d+s/');
    expect(p).toContain('| --- FAIL: TestSlow');
    expect(p).toContain('got 500, want 200');
  });
  it('rejects a misspelled or missing test that makes go test run nothing', () => {
    const r = { exitCode: 0, output: 'testing: warning: no tests to run\nPASS' };
    expect(judge(testSpec, 'bad', r)[0]).toContain('no test named TestSlow ran');
    expect(judge(testSpec, 'good', r)[0]).toContain('no test named TestSlow ran');
  });
  it('rejects a build failure as not the test failing', () => {
    expect(judge(testSpec, 'bad', { exitCode: 1, output: './bad.go:3:2: undefined: x\nFAIL [build failed]' })[0]).toContain('did not build');
  });
  it('rejects a proof that was killed at its timeout', () => {
    expect(judge(testSpec, 'bad', { exitCode: -1, output: '', timedOut: true })[0]).toContain('did not finish within 120s');
  });
  it('requires the race detector report for race proofs', () => {
    expect(judge(raceSpec, 'bad', { exitCode: 1, output: '=== RUN TestShared\n--- FAIL: TestShared\n  got 1 want 2' })[0]).toContain('not with a data race');
    expect(judge(raceSpec, 'bad', { exitCode: 1, output: '=== RUN TestShared\nWARNING: DATA RACE\n--- FAIL: TestShared' })).toEqual([]);
  });
  it('requires a fatal error or panic line for crash proofs', () => {
    const crashed = { exitCode: 2, output: '=== RUN   TestHammer\nfatal error: concurrent map writes\n\ngoroutine N [running]:' };
    expect(judge(crashSpec, 'bad', crashed)).toEqual([]);
    const failed = { exitCode: 1, output: '=== RUN   TestHammer\n    t.go:9: concurrent map writes expected\n--- FAIL: TestHammer' };
    expect(judge(crashSpec, 'bad', failed)[0]).toContain('without crashing');
  });
  it('requires a static diagnostic on the marked line, matching expect', () => {
    const out = (line: number, msg = 'the cancel function returned by context.WithTimeout should be called, not discarded') =>
      ({ exitCode: 1, output: `# gopitfalls.dev/sandboxes/x\nx/bad.go:${line}:7: ${msg}` });
    expect(judge(vetSpec, 'bad', out(12, 'the cancel function is not used on all paths (possible context leak)'), marked)).toEqual([]);
    expect(judge(vetSpec, 'bad', out(14), marked)[0]).toContain('expected a vet diagnostic at x/bad.go:12 (the // [!proof] line), saw x/bad.go:14');
    expect(judge(vetSpec, 'bad', out(12, 'unrelated'), marked)[0]).toContain('does not match');
    expect(judge(vetSpec, 'bad', out(12))[0]).toContain('no // [!proof] marker');
  });
});

describe('judge: the good variant', () => {
  it('passes when the same proof passes', () => {
    expect(judge(testSpec, 'good', pass())).toEqual([]);
    expect(judge(vetSpec, 'good', { exitCode: 0, output: '' })).toEqual([]);
  });
  it('fails when the good variant fails the proof', () => {
    expect(judge(testSpec, 'good', fail('still open after 1s'), undefined, 'sandboxes/x/good.go')[0]).toMatch(/^sandboxes\/x\/good.go must pass the same proof/);
  });
});

describe('a convicted bad run fails the good check', () => {
  // Why the engine needs no second run with bad.go swapped into good.go's place (grade.ts).
  const convicted: [string, ProofSpec, { exitCode: number; output: string }, typeof marked | undefined][] = [
    ['test', testSpec, fail('    proof_test.go:30: still open after 1s'), undefined],
    ['race', raceSpec, { exitCode: 1, output: '=== RUN   TestShared\nWARNING: DATA RACE\n--- FAIL: TestShared\nFAIL' }, undefined],
    ['crash', crashSpec, { exitCode: 2, output: '=== RUN   TestHammer\nfatal error: concurrent map writes\n' }, undefined],
    ['vet', vetSpec, { exitCode: 1, output: '# x\nx/bad.go:12:7: the cancel function is not used on all paths' }, marked],
    ['compile', { kind: 'compile', expect: 'declared and not used', timeout: '120s' }, { exitCode: 1, output: '# x\nx/bad.go:12:2: declared and not used: y' }, marked],
  ];
  it.each(convicted)('%s', (_, spec, run, at) => {
    expect(judge(spec, 'bad', run, at)).toEqual([]);
    expect(judge(spec, 'good', run).length).toBeGreaterThan(0);
  });
});

describe('diagnostics', () => {
  it('reads file, line and message from vet, staticcheck and compiler output', () => {
    const out = '# pkg\nvet: x/bad.go:7:2: declared and not used: y\nx/bad.go:9: short form\nx/bad.go:11:3: msg (SA1012)';
    expect(diagnostics(out)).toEqual([
      { file: 'x/bad.go', line: 7, message: 'declared and not used: y' },
      { file: 'x/bad.go', line: 9, message: 'short form' },
      { file: 'x/bad.go', line: 11, message: 'msg (SA1012)' },
    ]);
  });
});

describe('behaviour tests and build failures', () => {
  const vetWithBehaviour: ProofSpec = { ...vetSpec, behaviour: { test: 'TestAllDone', race: true } } as ProofSpec;
  it('runs the behaviour test on the good variant, under -race when asked', async () => {
    const { behaviourArgs } = await import('./plan.ts');
    expect(behaviourArgs(vetWithBehaviour, './x/')).toEqual(['test', '-race', '-count=1', '-v', '-run', '^TestAllDone$', '-timeout', '120s', './x/']);
    expect(behaviourArgs(testSpec, './x/')).toBeUndefined();
  });
  it('requires the behaviour test to pass without a race', async () => {
    const { judgeBehaviour } = await import('./plan.ts');
    expect(judgeBehaviour(vetWithBehaviour, pass('TestAllDone'), 'good.go')).toEqual([]);
    expect(judgeBehaviour(vetWithBehaviour, { exitCode: 1, output: '=== RUN   TestAllDone\nWARNING: DATA RACE\n--- FAIL: TestAllDone' }, 'good.go')[0]).toMatch(/^good\.go must also pass its behaviour test TestAllDone/);
  });
  it('tells a package that does not build from a failing proof', async () => {
    const { buildFailed } = await import('./plan.ts');
    expect(buildFailed({ exitCode: 1, output: '# x\nx/good.go:12:2: declared and not used: cancel\nFAIL\tx [build failed]' })).toBe(true);
    expect(buildFailed({ exitCode: 1, output: '# x\nvet: x/good.go:12:2: undefined: cancel' })).toBe(true);
    expect(buildFailed(fail('    proof_test.go:30: still open after 1s'))).toBe(false);
  });
});
