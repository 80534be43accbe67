/**
 * For every real pitfall: put the bad variant in place of the good one and the proof
 * must fail, naming the pitfall and the expected signature. This shows each proof can
 * fail — a proof that passes either way proves nothing. Runs on a copy of sandboxes/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describe as describeProof } from '../src/lib/proofPlan.ts';
import { parseProofSpec } from '../src/lib/proofSpec.ts';
import { sandboxSlugs } from '../src/lib/proofStore.ts';

const slugs = sandboxSlugs('sandboxes');

describe('swapping bad.go into good.go', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swapped-'));
  fs.cpSync('sandboxes', dir, { recursive: true });
  for (const slug of slugs) {
    const bad = fs.readFileSync(path.join(dir, slug, 'bad.go'), 'utf8');
    // The [!proof] marker belongs to bad.go; drop it so the proof itself must notice.
    const swapped = bad
      .replace(/^\/\/go:build bad$/m, '//go:build !bad')
      .replace(/\[!proof\]\s*/g, '') // also inside combined markers: // [!bug] [!proof]
      .replace(/\s*\/\/\s*$/gm, ''); // a comment left empty
    fs.writeFileSync(path.join(dir, slug, 'good.go'), swapped);
  }
  const r = spawnSync(process.execPath, ['scripts/run-proofs.ts', '--force'], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', GOPITFALLS_SANDBOX_DIR: dir, GOPITFALLS_PROOF_CACHE: path.join(dir, '.cache') },
  });
  const out = r.stdout + r.stderr;

  it('fails every proof', () => {
    expect(r.status).toBe(1);
    expect(out.trimEnd().split('\n').at(-1)).toBe(`0 passed, ${slugs.length} failed`);
  });

  it.each(slugs)('%s fails, naming the pitfall and its expected signature', (slug) => {
    const spec = parseProofSpec(fs.readFileSync(path.join('sandboxes', slug, 'proof.yaml'), 'utf8'), 'proof.yaml');
    const start = out.indexOf(`✗ ${slug}: proof failed`);
    expect(start, `no failure reported for ${slug}`).toBeGreaterThanOrEqual(0);
    const section = out.slice(start, out.indexOf('\n✗ ', start + 1) >>> 0);
    expect(section).toContain(`${slug}/good.go must pass the same proof (${describeProof(spec)})`);
  });
});
