/**
 * node scripts/check-csp.ts [dist] — after a build: every built page, checked against the
 * Content-Security-Policy dist/_headers sends for its URL, as a browser would apply it: each
 * inline <script> must have its hash in script-src, and no inline event handler or javascript:
 * URL may appear. Prints `file: problem` and the fix, exits 1 on any. Needs no browser, so
 * every page is checked in milliseconds (the browser sweep sees the same as console errors).
 */
import fs from 'node:fs';
import path from 'node:path';
import { matchesPattern, pageCspProblems, parseHeadersFile } from './lib/csp.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const headersPath = path.join(dist, '_headers');
if (!fs.existsSync(headersPath)) {
  console.error(`check-csp: ${path.relative(process.cwd(), headersPath)} not found; run npm run build:local (it runs node scripts/csp.ts)`);
  process.exit(1);
}
const rules = parseHeadersFile(fs.readFileSync(headersPath, 'utf8'));
/** The policy the host sends for a URL path: the last matching rule that sets one. */
const policyFor = (urlPath: string) =>
  rules.filter((r) => matchesPattern(r.pattern, urlPath)).flatMap((r) => r.headers).filter(([k]) => k.toLowerCase() === 'content-security-policy').at(-1)?.[1];

const pages = (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort();
const problems: string[] = [];
for (const page of pages) {
  const urlPath = `/${page.split(path.sep).join('/')}`.replace(/index\.html$/, '');
  for (const p of pageCspProblems(fs.readFileSync(path.join(dist, page), 'utf8'), policyFor(urlPath))) {
    problems.push(`${path.relative(process.cwd(), path.join(dist, page))}: ${p}`);
  }
}
for (const p of problems) console.error(p);
if (problems.length) console.error(`Fix: regenerate the policy after every build (node scripts/csp.ts runs in npm run build), and move inline handlers into a <script>.`);
console.log(`${pages.length} pages checked against the Content-Security-Policy, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exit(problems.length ? 1 : 0);
