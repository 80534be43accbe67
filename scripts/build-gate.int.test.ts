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

/** A production build for https://example.test unless `site` says otherwise (see the SITE_URL test). */
function build(dir: string, site: Record<string, string> = { SITE_URL: 'https://example.test' }) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    SITE_URL: undefined,
    GOPITFALLS_LOCAL_BUILD: undefined,
    ...site,
    GOPITFALLS_CONTENT_DIR: path.join(dir, 'content'),
    GOPITFALLS_SANDBOX_DIR: path.join(dir, 'sandboxes'),
    GOPITFALLS_PROOF_CACHE: path.join(dir, 'cache'),
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync('npx', ['astro', 'build', '--outDir', path.join(dir, 'dist')], { encoding: 'utf8', env });
  return { code: r.status, out: r.stdout + r.stderr, env };
}

/** Every file under `root` (text or not) whose bytes contain `needle`, as relative paths. */
function filesContaining(root: string, needle: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(root, f)).isFile() && fs.readFileSync(path.join(root, f)).includes(needle))
    .sort();
}

describe('the build gate', () => {
  it('refuses a production build without SITE_URL, saying what to set', () => {
    const r = build(site(`${FIX}/valid.mdx`), {});
    expect(r.code).toBe(1);
    expect(r.out).toContain('Refusing to build: SITE_URL is not set');
    expect(r.out).toContain('SITE_URL=https://gopitfalls.example npm run build');
    expect(r.out).toContain('npm run build:local');
    expect(r.out).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
  });

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

    const proofs = spawnSync(process.execPath, ['proof/run-proofs.ts', 'sample'], { encoding: 'utf8', env: missing.env });
    expect(proofs.stdout).toContain('1 passed, 0 failed');

    // An edit the page does not show (the test), so only the proof goes stale, not the review.
    fs.appendFileSync(path.join(dir, 'sandboxes/sample/proof_test.go'), '\n// An edit after the proof ran.\n');
    const stale = build(dir);
    expect(stale.code).toBe(1);
    expect(stale.out).toContain('sandboxes/sample/: the proof result is stale');

    spawnSync(process.execPath, ['proof/run-proofs.ts', 'sample'], { encoding: 'utf8', env: missing.env });
    // Permanence: the page was once called sum-wrong, and LANG-899 was retired in its favour.
    const page = path.join(dir, 'content/pitfalls/sample.mdx');
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('related: []', 'related: []\nformerSlugs: [sum-wrong]'));
    // The page changed after its second reading: the build refuses it until a reader stamps it again.
    const unread = build(dir);
    expect(unread.code).toBe(1);
    expect(unread.out).toContain('changed after the second reading of 2026-12-04');
    const stamp = spawnSync(process.execPath, ['scripts/stamp-review.ts', 'sample', '--by', 'test reader', '--against', 'go1.26.8'], { encoding: 'utf8', env: missing.env });
    expect(stamp.stdout).toMatch(/content\/pitfalls\/sample\.mdx: reviewed \d{4}-\d{2}-\d{2} by test reader against go1\.26\.8 \(hash [0-9a-f]{12}\)/);
    fs.writeFileSync(
      path.join(dir, 'content/retired.yaml'),
      '- id: LANG-899\n  slug: old-sum\n  title: Adding numbers in the wrong order\n  retiredOn: 2026-01-02\n  reason: Merged into a broader page.\n  replacedBy: sample\n',
    );
    const ok = build(dir);
    expect(ok.out).toContain('Complete!');
    expect(ok.code).toBe(0);
    // Built for https://example.test: no file anywhere in dist/ (pages, feed, API, sitemap,
    // scripts) still points at a local address.
    expect(filesContaining(path.join(dir, 'dist'), 'localhost')).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'dist/feed.xml'), 'utf8')).toContain('<id>https://example.test/p/LANG-900/</id>');
    const read = (p: string) => fs.readFileSync(path.join(dir, 'dist', p), 'utf8');
    expect(read('pitfalls/sample/index.html')).toContain('LANG-900');
    // Review links in both cases, and the old slug, all lead to the page.
    for (const p of ['p/LANG-900/index.html', 'p/lang-900/index.html', 'pitfalls/sum-wrong/index.html']) {
      expect(read(p)).toMatch(/http-equiv="refresh" content="0;url=\/pitfalls\/sample\/"/);
    }
    // The retired pitfall keeps its URL and ID link, and says what replaced it.
    expect(read('p/LANG-899/index.html')).toMatch(/url=\/pitfalls\/old-sum\//);
    const retired = read('pitfalls/old-sum/index.html');
    expect(retired).toContain('was retired on 2026-01-02');
    expect(retired).toMatch(/replaced by <a href="\/pitfalls\/sample\/"/);
  });
});
