/** The Markdown a reviewer pastes into a code review: ID, title, permanent link, summary. */
export function reviewComment(p: { id: string; title: string; summary: string }, site: string): string {
  const url = new URL(`/p/${p.id}/`, site).href;
  return `[${p.id}: ${p.title}](${url}) — ${p.summary}`;
}
