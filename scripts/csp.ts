/**
 * node scripts/csp.ts [dist] — run after `astro build`. Hashes every inline <script> in the
 * built HTML and writes the site's Content-Security-Policy (scripts/lib/csp.ts) as
 *   dist/_headers      Netlify / Cloudflare Pages format (also read by scripts/serve.ts)
 *   .cache/nginx-headers.conf   the same as nginx add_header lines, to include in a
 *                      server { } block (kept out of dist/ so it is not published)
 * Fails if a page has an inline event handler or a javascript: URL (a hash cannot allow
 * those without 'unsafe-hashes'/'unsafe-inline'). The last line is `CSP: … hashes …`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildPolicy, cspHash, forbiddenInline, headersFile, inlineScripts, nginxConf, securityHeaders } from './lib/csp.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`csp: ${path.relative(process.cwd(), dist) || dist}/index.html not found; run npm run build:local first (npm run build with SITE_URL for a deploy)`);
  process.exit(1);
}
const pages = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
const hashes = new Set<string>();
const problems: string[] = [];
for (const page of pages) {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  for (const body of inlineScripts(html)) hashes.add(cspHash(body));
  for (const f of forbiddenInline(html)) problems.push(`${page}: ${f} (move it into a <script> that adds a listener)`);
}
if (problems.length) {
  console.error(`csp: inline code a hash-based policy cannot allow:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const headers = securityHeaders(buildPolicy(hashes));
fs.writeFileSync(path.join(dist, '_headers'), headersFile(headers));
const nginx = path.resolve('.cache/nginx-headers.conf');
fs.mkdirSync(path.dirname(nginx), { recursive: true });
fs.writeFileSync(nginx, nginxConf(headers));
console.log(`CSP: ${pages.length} pages, ${hashes.size} inline script hashes → ${path.relative(process.cwd(), dist)}/_headers and ${path.relative(process.cwd(), nginx)}`);
