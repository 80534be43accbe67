/** The permanent short link of a pitfall, root-relative: /p/HTTP-001/. */
export const reviewPath = (id: string) => `/p/${id}/`;

/** The permanent link on `origin` (the public site, or on a local build the page's own origin). */
export function reviewLink(id: string, origin: string): string {
  return new URL(reviewPath(id), origin).href;
}

/** The Markdown a reviewer pastes into a code review: ID, title, permanent link, summary. */
export function reviewComment(p: { id: string; title: string; summary: string }, origin: string): string {
  return `[${p.id}: ${p.title}](${reviewLink(p.id, origin)}) — ${p.summary}`;
}
