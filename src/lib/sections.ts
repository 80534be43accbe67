/**
 * The page rhythm and its permanent anchors. Reviewers link to `#why` or `#fix`, so
 * these ids never change; a section's displayed title may be reworded here and every
 * page follows, with the anchor unchanged.
 */
export interface Section {
  /** The explicit, permanent anchor. */
  id: string;
  title: string;
  /** Written by the author in MDX (`## <title>`), or placed by the template. */
  by: 'author' | 'template';
}

export const SECTIONS: Section[] = [
  { id: 'symptoms', title: 'Symptoms', by: 'author' },
  { id: 'why', title: 'Why it happens', by: 'author' },
  { id: 'bad', title: 'The bad code', by: 'author' },
  { id: 'fix', title: 'The fix', by: 'author' },
  { id: 'proof', title: 'Proof', by: 'template' },
  { id: 'diff', title: 'Diff: bad → good', by: 'template' },
  { id: 'detect', title: 'Detect it automatically', by: 'template' },
  { id: 'wild', title: 'Seen in the wild', by: 'template' },
  { id: 'quiz', title: 'Quiz', by: 'template' },
  { id: 'exercise', title: 'Fix it yourself', by: 'template' },
  { id: 'related', title: 'Sources and related', by: 'template' },
];

/** The id the Markdown slugger gives a heading (lower case, spaces to dashes). */
export const autoId = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s+/g, '-');

/** The permanent anchor for an author heading's automatic id; other headings keep theirs. */
export function explicitId(auto: string): string {
  return SECTIONS.find((s) => s.by === 'author' && autoId(s.title) === auto)?.id ?? auto;
}

export const section = (id: string) => SECTIONS.find((s) => s.id === id)!;

/**
 * The plain text of a page's `## Symptoms` section (Markdown marks and code ticks removed), for
 * the search index's metadata: a symptom typed in plain words is matched against it.
 */
export function symptomsText(body: string): string {
  const m = /^##\s+Symptoms\s*$([\s\S]*?)(?=^##\s|(?![\s\S]))/m.exec(body);
  if (!m) return '';
  return m[1]
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_>#]/g, '')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
