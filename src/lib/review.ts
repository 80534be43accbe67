/**
 * The second reading of a page (content-standard: "a second reader"). A review is recorded in
 * the page's frontmatter (`reviewed: { date, by, against, hash }`); the hash covers what the
 * reader read — the page without its `reviewed` block, and bad.go and good.go without the markers
 * that readers never see ([!proof], [!fix]) — so any later change to prose, quiz or shown code
 * makes the content check ask for a new reading. Pure: callers pass the texts.
 */
import { createHash } from 'node:crypto';

/** The frontmatter without its top-level `reviewed:` block (and the body unchanged). */
export function withoutReviewBlock(mdx: string): string {
  const lines = mdx.split('\n');
  const out: string[] = [];
  let skipping = false;
  let fence = 0;
  for (const line of lines) {
    if (line === '---') fence++;
    const inFrontmatter = fence === 1 && line !== '---';
    if (inFrontmatter && /^reviewed:/.test(line)) {
      skipping = true;
      continue;
    }
    // The block ends at the next top-level key or the closing ---.
    if (skipping && (!inFrontmatter || /^\S/.test(line))) skipping = false;
    if (!skipping) out.push(line);
  }
  return out.join('\n');
}

/**
 * Go source as a reader sees it, for the hash: markers that are never shown are dropped, and
 * runs of spaces and tabs count as one (gofmt re-aligns trailing comments when a marker is added
 * to a neighbouring line; that says nothing new to the reader).
 */
export const withoutHiddenMarkers = (go: string) =>
  go
    .replace(/\[!(?:proof|fix)\][ \t]*/g, '')
    .replace(/[ \t]*\/\/[ \t]*$/gm, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/[ \t]+/g, ' ');

/** 12 hex digits over the page and the code it shows. */
export function reviewHash(mdx: string, code: { bad: string; good: string }): string {
  const h = createHash('sha256');
  h.update(withoutReviewBlock(mdx).replace(/\r\n/g, '\n'));
  h.update('\0bad.go\0');
  h.update(withoutHiddenMarkers(code.bad));
  h.update('\0good.go\0');
  h.update(withoutHiddenMarkers(code.good));
  return h.digest('hex').slice(0, 12);
}

/** The `reviewed:` YAML block to put at the end of the frontmatter. */
export function reviewBlock(r: { date: string; by: string; against: string[]; hash: string }): string {
  const q = (s: string) => JSON.stringify(s);
  return [`reviewed:`, `  date: ${r.date}`, `  by: ${q(r.by)}`, `  against: [${r.against.map(q).join(', ')}]`, `  hash: ${r.hash}`].join('\n');
}

/** The page with its `reviewed` block replaced (or added at the end of the frontmatter). */
export function stampReview(mdx: string, block: string): string {
  const stripped = withoutReviewBlock(mdx);
  const m = /^---\n[\s\S]*?\n---\n?/.exec(stripped);
  if (!m) throw new Error('no frontmatter');
  const head = m[0].replace(/\n---\n?$/, '');
  return `${head}\n${block}\n---\n${stripped.slice(m[0].length)}`;
}
