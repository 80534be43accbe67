/**
 * npm run exercise end to end, with real Go, on a temporary copy of sandboxes/: a fresh
 * copy is the bad program and fails the proof; the reference fix and other correct fixes
 * pass; unformatted code fails gofmt; --reset restores the start.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exercise-'));
fs.cpSync('sandboxes', dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}_exercises`) });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function exercise(...args: string[]) {
  const r = spawnSync(process.execPath, ['proof/exercise.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GOPITFALLS_SANDBOX_DIR: dir },
  });
  return { code: r.status, out: r.stdout + r.stderr, last: r.stdout.trimEnd().split('\n').at(-1) };
}
const copy = (slug: string, file = 'exercise.go') => path.join(dir, '_exercises', slug, file);
const read = (f: string) => fs.readFileSync(f, 'utf8');
const write = (f: string, text: string) => fs.writeFileSync(f, text);
const good = (slug: string) => read(path.join(dir, slug, 'good.go')).replace(/^\/\/go:build !bad\n\n/m, '').replace(/\s*\/\/ \[!note\].*$/gm, '');

describe('npm run exercise -- json-nil-slice-null', () => {
  const slug = 'json-nil-slice-null';
  let start = '';

  it('creates the bad program as exercise.go, with the proof and shared files but not good.go, and it fails the proof', () => {
    const r = exercise(slug);
    expect(r.out).toContain(`Your exercise: `);
    expect(r.out).toContain(`_exercises/${slug}/exercise.go`);
    expect(r.out).toContain(`npm run exercise -- ${slug}`);
    expect(fs.readdirSync(path.dirname(copy(slug))).sort()).toEqual(['api.go', 'exercise.go', 'proof_test.go']);
    start = read(copy(slug));
    expect(start).toMatch(/^package orders\n/);
    expect(start).not.toMatch(/go:build|\[!|#region|#endregion/);
    expect(start).toContain('var mine []Order');
    expect(read(copy(slug, 'proof_test.go'))).toBe(read(path.join(dir, slug, 'proof_test.go')));
    expect(read(copy(slug, 'api.go'))).toBe(read(path.join(dir, slug, 'api.go')));

    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ proof');
    expect(r.out).toContain('The proof still fails: TestNoOrdersIsEmptyArray reports');
    expect(r.out).toContain('got {"items":null,"count":0}, want {"items":[],"count":0}');
    expect(r.out).toContain('✓ gofmt');
    expect(r.out).toContain('✓ go vet');
    expect(r.last).toMatch(/^Not yet: 1 check fails\./);
  });

  it('passes with the reference fix from good.go', () => {
    write(copy(slug), good(slug));
    const r = exercise(slug);
    expect(r.out).toContain('✓ proof');
    expect(r.last).toMatch(/^Exercise passed: /);
    expect(r.code).toBe(0);
  });

  it.each([
    ['make([]Order, 0) instead of []Order{}', (s: string) => s.replace('var mine []Order', 'mine := make([]Order, 0)'), undefined],
    ['a nil check before returning', (s: string) => s.replace('\treturn mine\n', '\tif mine == nil {\n\t\treturn []Order{}\n\t}\n\treturn mine\n'), undefined],
    ['the slice initialised in the handler (api.go) instead', (s: string) => s, 'api.go'],
  ])('passes with a different correct fix: %s', (_, edit, elsewhere) => {
    write(copy(slug), edit(start));
    if (elsewhere) {
      const api = read(path.join(dir, slug, 'api.go'));
      write(copy(slug, 'api.go'), api.replace('\t\tw.Header()', '\t\tif mine == nil {\n\t\t\tmine = []Order{}\n\t\t}\n\t\tw.Header()'));
    }
    const r = exercise(slug);
    expect(r.out, r.out).toContain('✓ proof');
    expect(r.last).toMatch(/^Exercise passed: /);
    expect(r.code).toBe(0);
    fs.cpSync(path.join(dir, slug, 'api.go'), copy(slug, 'api.go'));
  });

  it('fails the gofmt check on unformatted code, and says so', () => {
    write(copy(slug), good(slug).replace('func ordersFor(', 'func   ordersFor(').replace(/\t/g, '  '));
    const r = exercise(slug);
    expect(r.out).toContain('✓ proof');
    expect(r.out).toContain('✗ gofmt: exercise.go is not gofmt-formatted; run: gofmt -w ');
    expect(r.last).toMatch(/^Not yet: 1 check fails\./);
    expect(r.code).toBe(1);
  });

  it('grades with the real proof even if proof_test.go was edited', () => {
    write(copy(slug), start);
    write(copy(slug, 'proof_test.go'), 'package orders\n');
    const r = exercise(slug);
    expect(r.out).toContain('proof_test.go differed');
    expect(read(copy(slug, 'proof_test.go'))).toBe(read(path.join(dir, slug, 'proof_test.go')));
    expect(r.out).toContain('The proof still fails: TestNoOrdersIsEmptyArray reports');
    expect(r.code).toBe(1);
  });

  it('--reset restores the starting copy and removes anything added', () => {
    write(copy(slug), good(slug));
    write(copy(slug, 'mine_test.go'), 'package orders\n');
    const r = exercise(slug, '--reset');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Reset .*exercise\.go: it is bad\.go again/m);
    expect(read(copy(slug))).toBe(start);
    expect(fs.existsSync(copy(slug, 'mine_test.go'))).toBe(false);
    expect(exercise(slug).code).toBe(1);
  });
});

describe('npm run exercise -- context-cancel-not-called (a vet proof)', () => {
  const slug = 'context-cancel-not-called';

  it('fails a fresh copy, naming the lostcancel diagnostic', () => {
    const r = exercise(slug);
    expect(r.code).toBe(1);
    expect(r.out).toContain("The proof still fails: go vet's lostcancel analyzer reports");
    expect(r.out).toMatch(/_exercises\/context-cancel-not-called\/exercise\.go:\d+:\d+: the cancel function returned by context\.WithTimeout should be called, not discarded/);
    expect(r.out).toContain('✗ go vet');
    expect(r.last).toMatch(/^Not yet: 2 checks fail\./);
  });

  it('passes once cancel is called', () => {
    const fixed = read(copy(slug)).replace('jobCtx, _ := context.WithTimeout(ctx, w.JobTimeout)', 'jobCtx, cancel := context.WithTimeout(ctx, w.JobTimeout)\n\tdefer cancel()');
    write(copy(slug), fixed);
    const r = exercise(slug);
    expect(r.out).toContain('✓ proof');
    expect(r.out).toContain('✓ go vet');
    expect(r.last).toMatch(/^Exercise passed: /);
    expect(r.code).toBe(0);
  });
});

describe('npm run exercise arguments', () => {
  it('rejects an unknown slug, listing the pitfalls', () => {
    const r = exercise('no-such-pitfall');
    expect(r.code).toBe(1);
    expect(r.out).toContain('no pitfall named "no-such-pitfall"');
    expect(r.out).toContain('json-nil-slice-null');
    expect(exercise().out).toContain('usage: npm run exercise -- <slug> [--reset]');
  });
});
