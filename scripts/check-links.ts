/**
 * node scripts/check-links.ts [dist] — after a build: every internal href/src in every
 * HTML file must resolve to a file in dist/ (a directory means its index.html; the /p/<ID>
 * redirect pages are files too), and every #anchor must exist in the target page.
 * Prints `file: link → problem` per broken link and exits 1 if there is any.
 * External links are not fetched; they are listed with counts in .cache/external-links.txt.
 */
import fs from 'node:fs';
import path from 'node:path';
import { classifyLink, extractAnchors, extractLinks, formatExternal, resolveLink } from './lib/links.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
if (!fs.existsSync(dist)) {
  console.error(`${dist}: no such directory; run npm run build:local first (npm run build with SITE_URL for a deploy)`);
  process.exit(1);
}

// Absolute links to the site's own origin (canonical, feeds) are internal: take the origin
// from the sitemap the build wrote, else from the same setting astro.config.mjs uses.
const sitemap = path.join(dist, 'sitemap-0.xml');
const siteOrigin = fs.existsSync(sitemap)
  ? new URL(/<loc>([^<]+)<\/loc>/.exec(fs.readFileSync(sitemap, 'utf8'))?.[1] ?? 'http://localhost:4321').origin
  : new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;

const pages = (fs.readdirSync(dist, { recursive: true }) as string[])
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => f.endsWith('.html'))
  .sort();

const anchorCache = new Map<string, Set<string>>();
const anchorsOf = (file: string) => {
  let ids = anchorCache.get(file);
  if (!ids) anchorCache.set(file, (ids = extractAnchors(fs.readFileSync(path.join(dist, file), 'utf8'))));
  return ids;
};
const isFile = (file: string) => fs.statSync(path.join(dist, file), { throwIfNoEntry: false })?.isFile() ?? false;

/** A path in dist/ as the reader of the report would type it. */
const show = (file: string) => {
  const abs = path.join(dist, file);
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith('..') ? abs : rel;
};

const problems = new Set<string>(); // a link repeated on one page is reported once
const external = new Map<string, number>();
let checked = 0;
for (const page of pages) {
  for (const { url, rel } of extractLinks(fs.readFileSync(path.join(dist, page), 'utf8'))) {
    // Starlight gives its 404 page a canonical link to /404/, which no host serves; the
    // page is never indexed, so that one link is not worth a failure.
    if (page === '404.html' && rel === 'canonical') continue;
    const kind = classifyLink(url, siteOrigin);
    if (kind === 'external') external.set(url, (external.get(url) ?? 0) + 1);
    if (kind !== 'internal') continue;
    checked++;
    const { files, anchor } = resolveLink(page, url);
    const target = files.find(isFile);
    const where = `${show(page)}: ${url} →`;
    if (!target) problems.add(`${where} no such file (looked for ${files.map(show).join(' or ')})`);
    else if (anchor !== undefined && target.endsWith('.html') && !anchorsOf(target).has(anchor)) {
      problems.add(`${where} no id or name "${anchor}" in ${show(target)}`);
    }
  }
}

fs.mkdirSync('.cache', { recursive: true });
fs.writeFileSync('.cache/external-links.txt', formatExternal(external) + (external.size ? '\n' : ''));

for (const p of problems) console.error(p);
const uses = [...external.values()].reduce((a, b) => a + b, 0);
console.log(
  `${pages.length} pages, ${checked} internal links checked, ${problems.size} broken; ` +
    `${external.size} external URLs (${uses} uses, not fetched) listed in .cache/external-links.txt`,
);
process.exit(problems.size ? 1 : 0);
