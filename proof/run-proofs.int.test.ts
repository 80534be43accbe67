/**
 * The proof runner end to end on proof/fixtures: a passing example of each
 * kind, and one sandbox for each way a proof must be rejected. Runs real Go.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const FIX = path.resolve('proof/fixtures');
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'proofs-'));

const records = fs.mkdtempSync(path.join(os.tmpdir(), 'records-'));

function runner(args: string[], sandboxDir = FIX, cacheDir = cache) {
  const r = spawnSync(process.execPath, ['proof/run-proofs.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', GOPITFALLS_SANDBOX_DIR: sandboxDir, GOPITFALLS_PROOF_CACHE: cacheDir, GOPITFALLS_PROOF_RECORDS: records },
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('run-proofs on the fixtures', () => {
  let first: { code: number | null; out: string };
  beforeAll(() => {
    first = runner([]);
  });

  it('ends with "N passed, N failed" and exits non-zero when any proof fails', () => {
    expect(first.out.trimEnd().split('\n').at(-1)).toBe('8 passed, 8 failed');
    expect(first.code).toBe(1);
  });

  it.each(['kind-test', 'kind-race', 'kind-crash', 'kind-vet', 'kind-staticcheck', 'kind-compile', 'mutant-caught', 'mutant-survives'])('proves %s', (slug) => {
    expect(first.out).toMatch(new RegExp(`✓ ${slug} — `));
  });

  it.each([
    ['fail-bad-passes', 'fail-bad-passes/bad.go passed its proof, but it must fail (TestAnswer fails with /want 42/)'],
    ['fail-good-fails', 'fail-good-fails/good.go must pass the same proof'],
    ['fail-wrong-signature', 'fail-wrong-signature/bad.go failed, but with a different signature: expected output matching /Answer\\(\\) = \\d+, want 42/'],
    ['fail-unknown-kind', 'fail-unknown-kind/proof.yaml:1: kind: "rcae" is not a proof kind: write one of race, test, crash, vet, staticcheck, compile'],
    ['fail-unclosed-region', 'fail-unclosed-region/bad.go:5: region "main" is never closed: add // #endregion'],
    ['fail-no-such-test', 'no test named TestAnswr ran'],
    ['fail-vet-wrong-line', 'expected a vet diagnostic at fail-vet-wrong-line/bad.go:7 (the // [!proof] line), saw fail-vet-wrong-line/bad.go:8'],
    ['fail-variant-tag', 'fail-variant-tag/variant_good.go:1: only bad.go and good.go may depend on the bad build tag'],
  ])('rejects %s, naming the pitfall, the file and expected versus seen', (slug, message) => {
    expect(first.out).toContain(`✗ ${slug}: proof failed`);
    const section = first.out.slice(first.out.indexOf(`✗ ${slug}: proof failed`));
    expect(section).toContain(message);
  });

  it('stores normalised output where the site reads it', () => {
    const result = JSON.parse(fs.readFileSync(path.join(cache, 'kind-race.json'), 'utf8'));
    expect(result.ok).toBe(true);
    expect(result.bad.output).toContain('WARNING: DATA RACE');
    expect(result.bad.output).not.toMatch(/0x[0-9a-f]{6,}|goroutine \d+|\/tmp\/|\(\d+\.\d+s\)/);
    expect(result.bad.output).not.toContain(FIX);
    expect(result.goVersion).toMatch(/^go1\.\d+/);
  });

  it('re-checks an unchanged tree from the cache without running Go', () => {
    const again = runner(['kind-test', 'kind-race', 'kind-crash', 'kind-vet', 'kind-staticcheck', 'kind-compile']);
    expect(again.code).toBe(0);
    expect(again.out.match(/\(cached\)/g)?.length).toBe(6);
    expect(again.out).toContain('6 passed, 0 failed');
  });

  it('rejects unknown slugs and options with the list of what exists', () => {
    const r = runner(['no-such-slug']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('no sandbox named no-such-slug');
    expect(r.out).toContain('kind-test');
    expect(runner(['--frobnicate']).out).toContain('unknown option --frobnicate');
  });

  it('notices when the bad variant is replaced by the good one (the cache key covers the files)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandboxes-'));
    fs.cpSync(path.join(FIX, 'go.mod'), path.join(dir, 'go.mod'));
    fs.cpSync(path.join(FIX, 'kind-test'), path.join(dir, 'kind-test'), { recursive: true });
    expect(runner(['kind-test'], dir).code).toBe(0);
    const good = fs.readFileSync(path.join(dir, 'kind-test', 'good.go'), 'utf8');
    fs.writeFileSync(path.join(dir, 'kind-test', 'bad.go'), good.replace('//go:build !bad', '//go:build bad'));
    const r = runner(['kind-test'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('kind-test/bad.go passed its proof, but it must fail');
  });
});

describe('run-proofs --shard and --repeat', () => {
  const three = ['fail-bad-passes', 'kind-compile', 'kind-test'];
  function run(args: string[], cacheDir: string, sandboxDir = FIX, extraEnv: Record<string, string> = {}) {
    const r = spawnSync(process.execPath, ['proof/run-proofs.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', GOPITFALLS_SANDBOX_DIR: sandboxDir, GOPITFALLS_PROOF_CACHE: cacheDir, ...extraEnv },
    });
    return { code: r.status, out: r.stdout + r.stderr };
  }
  const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));

  it('--shard i/n runs every n-th sorted slug from i; shards run apart merge by copying their caches', () => {
    const [c1, c2, merged] = [tmp('shard1'), tmp('shard2'), tmp('merged')];
    // Sorted: fail-bad-passes (0), kind-compile (1), kind-test (2).
    const s1 = run(['--shard', '1/2', ...[...three].reverse()], c1);
    expect(s1.out).toContain('Shard 1/2: 2 of 3 proofs (fail-bad-passes, kind-test)');
    expect(s1.out).not.toContain('kind-compile —');
    expect(s1.out.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
    expect(s1.code).toBe(1);
    const s2 = run(['--shard=2/2', ...three], c2);
    expect(s2.out).toContain('✓ kind-compile — ');
    expect(s2.out.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
    expect(s2.code).toBe(0);
    expect(fs.readdirSync(c1).sort()).toEqual(['fail-bad-passes.json', 'kind-test.json']);
    expect(fs.readdirSync(c2)).toEqual(['kind-compile.json']);

    for (const c of [c1, c2]) fs.cpSync(c, merged, { recursive: true });
    const all = run(['kind-compile', 'kind-test'], merged);
    expect(all.out.match(/\(cached\)/g)?.length).toBe(2);
    expect(all.out).toContain('2 passed, 0 failed');
  });

  it('--shard with more shards than proofs runs nothing and passes', () => {
    const r = run(['--shard', '3/3', 'kind-test'], tmp('shard'));
    expect(r.out).toContain('Shard 3/3: 0 of 1 proof.');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('0 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  it.each([
    [['--shard', '0/2'], 'the shard number must be between 1 and 2'],
    [['--shard', '2'], '--shard expects i/n'],
    [['--shard'], '--shard expects i/n (for example --shard 1/2), got nothing'],
    [['--repeat', '0'], '--repeat expects a whole number of runs ≥ 1'],
    [['--repeat=x'], '--repeat expects a whole number of runs ≥ 1'],
  ])('rejects %j with a clear message', (args, message) => {
    const r = run(args, tmp('bad-args'));
    expect(r.code).toBe(1);
    expect(r.out).toContain(message);
    expect(r.out).toMatch(/^0 passed, 1 failed$/m);
  });

  it('--repeat N runs each proof N times past the cache and counts pitfalls, not runs', () => {
    const c = tmp('repeat');
    expect(run(['kind-test'], c).code).toBe(0);
    const r = run(['--repeat', '3', 'kind-test', 'fail-bad-passes'], c);
    expect(r.out).not.toContain('(cached)');
    expect(r.out).toContain('Running 2 proofs 3 times each');
    expect(r.out.match(/✓ kind-test — .*\(run \d\/3, /g)?.length).toBe(3);
    expect(r.out).toContain('✗ fail-bad-passes (runs 1, 2, 3 of 3): proof failed');
    expect(r.out).toContain('  ✓ kind-test 3/3 runs passed');
    expect(r.out).toContain('  ✗ fail-bad-passes 0/3 runs passed');
    expect(r.out).toContain('No flaky proofs.');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
    expect(r.code).toBe(1);
  });

  it('--repeat lists a pitfall whose runs disagree as FLAKY and counts it as failed', () => {
    // good.go passes only in the run that creates the marker file first: 1 of 2 runs passes.
    const root = tmp('flaky');
    const dir = path.join(root, 'sandboxes');
    fs.mkdirSync(path.join(dir, 'flaky'), { recursive: true });
    fs.cpSync(path.join(FIX, 'go.mod'), path.join(dir, 'go.mod'));
    fs.cpSync(path.join(FIX, 'kind-test'), path.join(dir, 'kind-test'), { recursive: true });
    fs.cpSync(path.join(FIX, 'kind-test', 'proof.yaml'), path.join(dir, 'flaky', 'proof.yaml'));
    fs.writeFileSync(path.join(dir, 'flaky', 'bad.go'), '//go:build bad\n\npackage sum\n\nfunc Sum(a, b int) int { return a * b }\n');
    fs.writeFileSync(
      path.join(dir, 'flaky', 'good.go'),
      '//go:build !bad\n\npackage sum\n\nimport "os"\n\nfunc Sum(a, b int) int {\n\tf, err := os.OpenFile(os.Getenv("FLAKY_MARKER"), os.O_CREATE|os.O_EXCL, 0o600)\n\tif err != nil {\n\t\treturn 0\n\t}\n\tf.Close()\n\treturn a + b\n}\n',
    );
    fs.cpSync(path.join(FIX, 'kind-test', 'proof_test.go'), path.join(dir, 'flaky', 'proof_test.go'));
    const r = run(['--repeat', '2'], tmp('flaky-cache'), dir, { FLAKY_MARKER: path.join(root, 'marker') });
    expect(r.out).toContain('  ~ flaky 1/2 runs passed (FLAKY)');
    expect(r.out).toContain('  ✓ kind-test 2/2 runs passed');
    expect(r.out).toContain('FLAKY: flaky');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
    expect(r.code).toBe(1);
  });
});

describe('--mutants: every mutant of a [!fix] line must fail the proof', () => {
  let out: { code: number | null; out: string };
  beforeAll(() => {
    out = runner(['mutant-caught', 'mutant-survives', '--mutants']);
  });

  it('passes a proof that catches every mutant, and says how many', () => {
    expect(out.out).toMatch(/✓ mutant-caught — .*2 mutants: 2 caught\)/);
  });

  it('fails a proof a mutant survives, naming the file, the line, the mutant and what the proof saw', () => {
    expect(out.code).toBe(1);
    expect(out.out.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
    const section = out.out.slice(out.out.indexOf('✗ mutant-survives: proof failed'));
    expect(section).toContain('proof/fixtures/mutant-survives/good.go:10: the mutant "delete: Calls++" passes the proof');
    expect(section).toContain('--- PASS: TestSum');
    expect(section).toContain('equivalentMutants names "delete: no such line any more", but good.go has no such mutant any more');
  });

  it('keeps the verdict with the cached result: an unchanged tree answers without running Go again', () => {
    const again = runner(['mutant-caught', 'mutant-survives', '--mutants']);
    expect(again.out).toMatch(/✓ mutant-caught — .*\(cached; 2 mutants: 2 caught\)/);
    expect(again.out).toContain('✗ mutant-survives (cached)');
    expect(again.code).toBe(1);
    // Without --mutants the proofs alone pass.
    expect(runner(['mutant-caught', 'mutant-survives']).out).toContain('2 passed, 0 failed');
  });
});

describe('records: results committed with the sandboxes', () => {
  it('--record writes them; a fresh clone (empty cache) then needs no Go; --fresh proves again; --check-records names what is missing', () => {
    expect(runner(['kind-test', '--record']).out).toContain('Recorded 1 result');
    expect(runner(['mutant-caught', '--mutants', '--record']).out).toContain('Recorded 1 result');
    const record = JSON.parse(fs.readFileSync(path.join(records, 'kind-test.json'), 'utf8'));
    expect(record.bad.durationMs).toBe(0);
    expect(record.ok).toBe(true);

    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'proofs-empty-'));
    expect(runner(['kind-test'], FIX, empty).out).toMatch(/✓ kind-test — .*\(recorded\)/);
    const fromRecords = runner(['mutant-caught', '--mutants'], FIX, empty);
    expect(fromRecords.out).toMatch(/✓ mutant-caught — .*\(recorded; \d+ mutants?: \d+ caught/);
    expect(fs.readdirSync(empty)).toEqual([]); // nothing ran, nothing was cached

    const again = runner(['mutant-caught', '--mutants', '--fresh'], FIX, empty);
    expect(again.out).not.toContain('(recorded');
    // The proof ran again (it took time); the mutation verdict came from the current record.
    expect(again.out).toMatch(/✓ mutant-caught — .*\(\d+\.\ds; \d+ mutants?: \d+ caught/);

    const missing = runner(['kind-test', 'kind-crash', '--check-records'], FIX, empty);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('has no current record');
    expect(missing.out).toContain('run: npm run proofs -- kind-crash --mutants --record');
  });
});
