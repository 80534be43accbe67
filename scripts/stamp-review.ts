/**
 * npm run review:stamp -- <slug>… --by "<reader>" --against go1.26.8 [--against "gin v1.12.0"]
 *
 * Records a second reading in each page's frontmatter (`reviewed: { date, by, against, hash }`),
 * after the reader has checked every claim (CONTRIBUTING.md, "The second reading"). The hash covers
 * the page and the code it shows (src/lib/review.ts); the content check fails when either changes
 * afterwards. Run it only as the reader, never as the page's author.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SANDBOX_DIR, rel } from '../proof/api.ts';
import { PITFALLS_DIR } from '../src/lib/paths.ts';
import { reviewBlock, reviewHash, stampReview } from '../src/lib/review.ts';

const USAGE = 'usage: npm run review:stamp -- <slug>… --by "<reader>" --against go1.26.8 [--against "gin v1.12.0"]';
const fail = (m: string): never => {
  console.error(`review:stamp: ${m}\n${USAGE}`);
  process.exit(1);
};

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { by: { type: 'string' }, against: { type: 'string', multiple: true } } });
} catch (e) {
  fail((e as Error).message);
}
const { values, positionals } = parsed!;
if (!positionals.length) fail('name at least one pitfall slug');
if (!values.by || values.by.trim().length < 3) fail('--by is required: who read the page (not its author)');
const against = (values.against ?? []).flatMap((a) => a.split(',')).map((a) => a.trim()).filter(Boolean);
if (!against.length) fail('--against is required: the toolchain and library versions the claims were checked against, e.g. --against go1.26.8');

const date = new Date().toISOString().slice(0, 10);
for (const slug of positionals) {
  const page = path.join(PITFALLS_DIR, `${slug}.mdx`);
  if (!fs.existsSync(page)) fail(`no page ${rel(page)}`);
  const code = { bad: fs.readFileSync(path.join(SANDBOX_DIR, slug, 'bad.go'), 'utf8'), good: fs.readFileSync(path.join(SANDBOX_DIR, slug, 'good.go'), 'utf8') };
  const text = fs.readFileSync(page, 'utf8');
  const hash = reviewHash(text, code);
  fs.writeFileSync(page, stampReview(text, reviewBlock({ date, by: values.by!.trim(), against, hash })));
  console.log(`${rel(page)}: reviewed ${date} by ${values.by!.trim()} against ${against.join(', ')} (hash ${hash})`);
}
