/**
 * The pitfall page that costs a reader most: the largest gzip'd HTML under <dist>/pitfalls/.
 * Every pitfall page loads the same CSS and JS, so its own HTML decides which is heaviest;
 * the byte budget (e2e/budgets.spec.ts) and `npm run bench` measure that page, so a long new
 * page is budgeted the day it lands instead of a page picked when there were eight.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export function heaviestPitfallPage(dist: string): { path: string; gzip: number } {
  const root = path.join(dist, 'pitfalls');
  let best: { path: string; gzip: number } | null = null;
  for (const slug of fs.existsSync(root) ? fs.readdirSync(root).sort() : []) {
    const file = path.join(root, slug, 'index.html');
    if (!fs.existsSync(file)) continue; // the catalogue's own index.html sits in root, not in a folder
    const gzip = zlib.gzipSync(fs.readFileSync(file)).length;
    if (!best || gzip > best.gzip) best = { path: `/pitfalls/${slug}/`, gzip };
  }
  if (!best) throw new Error(`no pitfall page under ${root}/<slug>/index.html: build the site first (npm run build)`);
  return best;
}
