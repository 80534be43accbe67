import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_ENTRY, engineGraph, engineKey, goImports, importsOf, internalPackages, proofHash } from './hash.ts';

const env = { GOVERSION: 'go1.26.8', GOROOT: '/go', GOMODCACHE: '/mod', GOOS: 'linux', GOARCH: 'amd64' };

describe('the engine part of the cache key', () => {
  const { files, packages } = engineGraph();

  it('is the runner and every module it reaches by import', () => {
    expect(files[0] === ENGINE_ENTRY || files.includes(ENGINE_ENTRY)).toBe(true);
    // The modules that decide verdicts and captured output.
    for (const f of ['proof/grade.ts', 'proof/plan.ts', 'proof/spec.ts', 'proof/detectors.ts', 'proof/diagnostics.ts', 'proof/normalize.ts', 'proof/markers.ts', 'proof/go.ts', 'proof/hash.ts', 'proof/results.ts']) {
      expect(files).toContain(f);
    }
    // Tests are not part of the engine.
    expect(files.filter((f) => f.endsWith('.test.ts'))).toEqual([]);
    expect(packages).toEqual(expect.arrayContaining(['yaml', 'zod']));
  });

  it('includes the engine\'s Go code (the mutator) but not the fixtures', async () => {
    const { engineGoFiles } = await import('./hash.ts');
    expect(engineGoFiles()).toContain('proof/mutator/main.go');
    expect(engineGoFiles().filter((f) => f.includes('fixtures'))).toEqual([]);
  });

  it.each([...engineGraph().files, 'proof/mutator/main.go'])('changes when %s changes', (file) => {
    const base = engineKey();
    const read = (f: string) => {
      const text = fs.readFileSync(f, 'utf8');
      return path.relative(process.cwd(), f) === file ? `${text}\n// edited\n` : text;
    };
    expect(engineKey(read)).not.toBe(base);
  });

  it('changes when an npm package the engine imports changes version', () => {
    const base = engineKey();
    const read = (f: string) => (f.endsWith(path.join('node_modules', 'zod', 'package.json')) ? '{"version":"0.0.0-test"}' : fs.readFileSync(f, 'utf8'));
    expect(engineKey(read)).not.toBe(base);
  });
});

describe('import scanners', () => {
  it('reads TypeScript imports, re-exports and dynamic imports', () => {
    expect(importsOf("import a from './a.ts';\nimport { b } from \"../b.ts\";\nexport { c } from './c.ts';\nimport type { D } from './d.ts';\nconst e = await import('./e.ts');\nimport './f.ts';")).toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts', './e.ts', './f.ts']);
  });
  it('reads Go import declarations only', () => {
    expect(goImports('package x\n\nimport "fmt"\n\nimport (\n\t"net/http"\n\tpt "mod/internal/prooftest"\n)\n\nvar s = "mod/internal/not-an-import"\n')).toEqual(['fmt', 'net/http', 'mod/internal/prooftest']);
  });
});

describe('the sandbox part of the cache key', () => {
  function tree() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hash-'));
    const write = (f: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    };
    write('go.mod', 'module example.test/sb\n\ngo 1.26\n');
    write('uses-a/proof_test.go', 'package usesa\n\nimport (\n\t"testing"\n\t"example.test/sb/internal/a"\n)\n\nfunc TestX(t *testing.T) { a.A() }\n');
    write('uses-a/good.go', '//go:build !bad\n\npackage usesa\n');
    write('plain/proof_test.go', 'package plain\n\nimport "testing"\n\nfunc TestX(t *testing.T) {}\n');
    write('internal/a/a.go', 'package a\n\nimport "example.test/sb/internal/b"\n\nfunc A() { b.B() }\n');
    write('internal/b/b.go', 'package b\n\nfunc B() {}\n');
    write('internal/c/c.go', 'package c\n\nfunc C() {}\n');
    return { dir, write };
  }

  it('follows the helpers a sandbox imports, transitively', () => {
    const { dir } = tree();
    expect(internalPackages(path.join(dir, 'uses-a'), dir)).toEqual(['internal/a', 'internal/b']);
    expect(internalPackages(path.join(dir, 'plain'), dir)).toEqual([]);
  });

  it('changes with an imported helper (even one imported through another) and not with others', () => {
    const { dir, write } = tree();
    const before = { usesA: proofHash('uses-a', env, dir, 'engine'), plain: proofHash('plain', env, dir, 'engine') };
    write('internal/c/c.go', 'package c\n\nfunc C() { println() }\n');
    expect(proofHash('uses-a', env, dir, 'engine')).toBe(before.usesA);
    write('internal/b/b.go', 'package b\n\nfunc B() { println() }\n');
    expect(proofHash('uses-a', env, dir, 'engine')).not.toBe(before.usesA);
    expect(proofHash('plain', env, dir, 'engine')).toBe(before.plain);
  });

  it('changes with the sandbox files, go.mod, the Go version and the engine', () => {
    const { dir, write } = tree();
    const h = proofHash('plain', env, dir, 'engine');
    expect(proofHash('plain', { ...env, GOVERSION: 'go1.26.9' }, dir, 'engine')).not.toBe(h);
    expect(proofHash('plain', env, dir, 'engine2')).not.toBe(h);
    write('plain/good.go', '//go:build !bad\n\npackage plain\n');
    const h2 = proofHash('plain', env, dir, 'engine');
    expect(h2).not.toBe(h);
    write('go.mod', 'module example.test/sb\n\ngo 1.25\n');
    expect(proofHash('plain', env, dir, 'engine')).not.toBe(h2);
  });

  it('changes with the version of a server the proof declares, and only for such proofs', () => {
    const { dir, write } = tree();
    write('db/proof.yaml', 'kind: test\ntest: TestA\nexpect: x\nservices: [postgres]\n');
    const v = (version: string) => () => version;
    const h = proofHash('db', env, dir, 'engine', v('PostgreSQL 15.18'));
    expect(proofHash('db', env, dir, 'engine', v('PostgreSQL 15.19'))).not.toBe(h);
    expect(proofHash('db', env, dir, 'engine', v('PostgreSQL 15.18'))).toBe(h);
    expect(proofHash('plain', env, dir, 'engine', v('PostgreSQL 15.19'))).toBe(proofHash('plain', env, dir, 'engine', v('PostgreSQL 15.18')));
  });
});
