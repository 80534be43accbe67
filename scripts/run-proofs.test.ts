/**
 * The proof runner end to end on scripts/fixtures/sandboxes: a passing example of each
 * kind, and one sandbox for each way a proof must be rejected. Runs real Go.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const FIX = path.resolve('scripts/fixtures/sandboxes');
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'proofs-'));

function runner(args: string[], sandboxDir = FIX) {
  const r = spawnSync(process.execPath, ['scripts/run-proofs.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', GOPITFALLS_SANDBOX_DIR: sandboxDir, GOPITFALLS_PROOF_CACHE: cache },
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('run-proofs on the fixtures', () => {
  let first: { code: number | null; out: string };
  beforeAll(() => {
    first = runner([]);
  });

  it('ends with "N passed, N failed" and exits non-zero when any proof fails', () => {
    expect(first.out.trimEnd().split('\n').at(-1)).toBe('5 passed, 7 failed');
    expect(first.code).toBe(1);
  });

  it.each(['kind-test', 'kind-race', 'kind-crash', 'kind-vet', 'kind-compile'])('proves %s', (slug) => {
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
    const again = runner(['kind-test', 'kind-race', 'kind-crash', 'kind-vet', 'kind-compile']);
    expect(again.code).toBe(0);
    expect(again.out.match(/\(cached\)/g)?.length).toBe(5);
    expect(again.out).toContain('5 passed, 0 failed');
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
