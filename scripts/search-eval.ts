/**
 * npm run search:eval [-- <file.yaml|dir>…] [--min-top1 0.9] [--min-top3 1] [--dist dist]
 *
 * How well search finds the right page: each entry `{ query, expect: <slug or ID>, kind }` of the
 * query files (default: every file in e2e/search-queries/) is searched in the built index exactly
 * as the browser does — Pagefind's own bundle from dist/pagefind/, loaded in Node and served over
 * HTTP as a host would, through the same ranking routine as the search box (src/lib/search.ts).
 * Prints the rank of the expected page per query, then `top-1 N/M, top-3 N/M` overall and per
 * kind, and exits 1 when top-1 or top-3 falls below its minimum. Needs a build (npm run build:local).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';
import { RANKING, rankedSearch, type PagefindLike } from '../src/lib/search.ts';
import { startStaticServer } from './lib/staticServer.ts';

const USAGE = 'usage: npm run search:eval [-- <file.yaml|dir>…] [--min-top1 0.9] [--min-top3 1] [--dist dist]';
const fail = (m: string): never => {
  console.error(`search:eval: ${m}`);
  process.exit(2);
};

let opts: { 'min-top1'?: string; 'min-top3'?: string; dist?: string; quiet?: boolean };
let inputs: string[];
try {
  const a = parseArgs({ allowPositionals: true, options: { 'min-top1': { type: 'string' }, 'min-top3': { type: 'string' }, dist: { type: 'string' }, quiet: { type: 'boolean' } } });
  opts = a.values;
  inputs = a.positionals.length ? a.positionals : ['e2e/search-queries'];
} catch (e) {
  fail(`${(e as Error).message.split('. ')[0]}; ${USAGE}`);
}
const ratio = (v: string | undefined, d: number) => {
  const n = v === undefined ? d : Number(v);
  if (!(n >= 0 && n <= 1)) fail(`--min-top1 and --min-top3 take a ratio between 0 and 1, such as 0.9; ${USAGE}`);
  return n;
};
const minTop1 = ratio(opts!['min-top1'], 0.9);
const minTop3 = ratio(opts!['min-top3'], 1);
const dist = path.resolve(opts!.dist ?? 'dist');
if (!fs.existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) fail(`${path.relative(process.cwd(), dist)}/pagefind/pagefind.js not found: run npm run build:local first (npm run build with SITE_URL for a deploy)`);

/** One query of a file: what a reader types, and the page (slug or permanent ID) that should come first. */
const entrySchema = z.strictObject({
  query: z.string().min(1),
  expect: z.string().min(1),
  kind: z.enum(['error', 'identifier', 'symptom', 'id', 'slug']).default('symptom'),
});
type Entry = z.infer<typeof entrySchema> & { file: string };

const files = inputs.flatMap((p) => (fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ? fs.readdirSync(p).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(p, f)) : [p]));
const entries: Entry[] = [];
for (const file of files) {
  if (!fs.existsSync(file)) fail(`${file}: no such file`);
  const doc = parse(fs.readFileSync(file, 'utf8'));
  const list = z.array(entrySchema).safeParse(doc);
  if (!list.success) {
    const iss = list.error.issues[0];
    fail(`${file}: entry ${Number(iss.path[0]) + 1}: ${iss.path.slice(1).join('.') || 'entry'}: ${iss.message} (each entry is { query, expect: <slug or ID>, kind: error|identifier|symptom })`);
  }
  entries.push(...list.data.map((e) => ({ ...e, file })));
}
if (!entries.length) fail(`no queries in ${inputs.join(', ')}`);

// IDs resolve to slugs through the built API, so an entry may name either.
const api = JSON.parse(fs.readFileSync(path.join(dist, 'api', 'pitfalls.json'), 'utf8')) as { pitfalls: { id: string; slug: string }[] };
const slugOf = (expect: string) => api.pitfalls.find((p) => p.id.toLowerCase() === expect.toLowerCase() || p.slug === expect)?.slug;
for (const e of entries) if (!slugOf(e.expect)) fail(`${e.file}: "${e.query}" expects "${e.expect}", which is no pitfall slug or ID in this build`);

const server = await startStaticServer(dist, 0, '127.0.0.1');
// A fresh copy of the bundle, so Node's module cache never hands back another build's.
const copy = path.join(dist, 'pagefind', `eval-${process.pid}.mjs`);
fs.copyFileSync(path.join(dist, 'pagefind', 'pagefind.js'), copy);
let pagefind: PagefindLike & { options(o: object): Promise<void>; init(): Promise<void> };
try {
  pagefind = await import(pathToFileURL(copy).href);
} finally {
  fs.rmSync(copy);
}
await pagefind.options({ basePath: `${server.url}/pagefind/`, ranking: process.env.SEARCH_RANKING ? JSON.parse(process.env.SEARCH_RANKING) : RANKING });
await pagefind.init();

const rows: { e: Entry; rank: number; first: string }[] = [];
for (const e of entries) {
  const hits = await rankedSearch(pagefind, e.query);
  const urls: string[] = [];
  // With an absolute basePath Pagefind returns absolute URLs: compare paths.
  for (const h of hits.slice(0, 10)) urls.push(new URL((await h.data()).url, 'http://x').pathname);
  const want = `/pitfalls/${slugOf(e.expect)}/`;
  const at = urls.indexOf(want);
  rows.push({ e, rank: at < 0 ? 0 : at + 1, first: urls[0] ?? '(nothing)' });
}
await server.close();

const pct = (n: number, m: number) => `${n}/${m} (${((100 * n) / Math.max(m, 1)).toFixed(0)}%)`;
for (const r of rows) {
  if (opts!.quiet && r.rank === 1) continue;
  const rank = r.rank ? `#${r.rank}` : '—';
  console.log(`${rank.padStart(4)}  ${r.e.kind.padEnd(10)} ${JSON.stringify(r.e.query)} → ${r.e.expect}${r.rank === 1 ? '' : `  (first: ${r.first})`}`);
}
const top = (k: number, rs = rows) => rs.filter((r) => r.rank >= 1 && r.rank <= k).length;
console.log('');
for (const kind of [...new Set(rows.map((r) => r.e.kind))].sort()) {
  const rs = rows.filter((r) => r.e.kind === kind);
  console.log(`  ${kind.padEnd(10)} top-1 ${pct(top(1, rs), rs.length)}, top-3 ${pct(top(3, rs), rs.length)}`);
}
const t1 = top(1) / rows.length;
const t3 = top(3) / rows.length;
console.log(`top-1 ${pct(top(1), rows.length)}, top-3 ${pct(top(3), rows.length)} (minimum top-1 ${(minTop1 * 100).toFixed(0)}%, top-3 ${(minTop3 * 100).toFixed(0)}%)`);
process.exit(t1 >= minTop1 && t3 >= minTop3 ? 0 : 1);
