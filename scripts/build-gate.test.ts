/**
 * `astro build` refuses invalid content and missing, stale or failing proofs, with the
 * file, the line and the fix, and without a stack trace. Runs the real build (it stops
 * in the config hook, before rendering, so each case takes a few seconds).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FIX = 'scripts/fixtures/content';

function site(page: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
  fs.mkdirSync(path.join(dir, 'content/pitfalls'), { recursive: true });
  fs.cpSync('content/docs', path.join(dir, 'content/docs'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'content/pitfalls/sample.mdx'), fs.readFileSync(page, 'utf8'));
  fs.cpSync(`${FIX}/sandboxes`, path.join(dir, 'sandboxes'), { recursive: true });
  return dir;
}

function build(dir: string) {
  const env = {
    ...process.env,
    GOPITFALLS_CONTENT_DIR: path.join(dir, 'content'),
    GOPITFALLS_SANDBOX_DIR: path.join(dir, 'sandboxes'),
    GOPITFALLS_PROOF_CACHE: path.join(dir, 'cache'),
  };
  const r = spawnSync('npx', ['astro', 'build', '--outDir', path.join(dir, 'dist')], { encoding: 'utf8', env });
  return { code: r.status, out: r.stdout + r.stderr, env };
}

describe('the build gate', () => {
  it('refuses malformed frontmatter, naming the file, the line and the field', () => {
    const r = build(site(`${FIX}/pages/unknown-severity.mdx`));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Refusing to build');
    expect(r.out).toMatch(/content\/pitfalls\/sample\.mdx:7: severity: severity "urgent" is not known: write one of critical, high, medium, low/);
    expect(r.out).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
  });

  it('refuses a page whose proof has not run, then a stale one, and builds once it is fresh', () => {
    const dir = site(`${FIX}/valid.mdx`);
    const missing = build(dir);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('sandboxes/sample/: no proof result yet; run: npm run proofs -- sample');

    const proofs = spawnSync(process.execPath, ['scripts/run-proofs.ts', 'sample'], { encoding: 'utf8', env: missing.env });
    expect(proofs.stdout).toContain('1 passed, 0 failed');

    fs.appendFileSync(path.join(dir, 'sandboxes/sample/good.go'), '\n// An edit after the proof ran.\n');
    const stale = build(dir);
    expect(stale.code).toBe(1);
    expect(stale.out).toContain('sandboxes/sample/: the proof result is stale');

    spawnSync(process.execPath, ['scripts/run-proofs.ts', 'sample'], { encoding: 'utf8', env: missing.env });
    const ok = build(dir);
    expect(ok.out).toContain('Complete!');
    expect(ok.code).toBe(0);
    const html = fs.readFileSync(path.join(dir, 'dist/pitfalls/sample/index.html'), 'utf8');
    expect(html).toContain('LANG-900');
  });
});
