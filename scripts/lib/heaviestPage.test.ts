import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heaviestPitfallPage } from './heaviestPage.ts';

function site(pages: Record<string, string>): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'heaviest-'));
  fs.mkdirSync(path.join(dist, 'pitfalls'));
  fs.writeFileSync(path.join(dist, 'pitfalls', 'index.html'), 'x'.repeat(100_000)); // the catalogue: not a pitfall
  for (const [slug, html] of Object.entries(pages)) {
    fs.mkdirSync(path.join(dist, 'pitfalls', slug));
    fs.writeFileSync(path.join(dist, 'pitfalls', slug, 'index.html'), html);
  }
  return dist;
}

describe('heaviestPitfallPage', () => {
  it('picks the page with the most gzip bytes, not the longest raw file', () => {
    // Repetitive text compresses well: the shorter, varied page costs more on the wire.
    const varied = Array.from({ length: 3000 }, (_, i) => (i * 2654435761 % 1000003).toString(36)).join(' ');
    const dist = site({ 'a-repetitive': 'a'.repeat(60_000), 'b-varied': varied });
    const got = heaviestPitfallPage(dist);
    expect(got.path).toBe('/pitfalls/b-varied/');
    expect(got.gzip).toBeGreaterThan(1000);
  });

  it('says how to fix a missing build', () => {
    expect(() => heaviestPitfallPage(site({}))).toThrow(/no pitfall page under .*: build the site first \(npm run build\)/);
  });
});
