/**
 * Mermaid → inline SVG at build time with beautiful-mermaid: no diagram JavaScript
 * reaches the browser. Colours are Starlight CSS variables, so one SVG follows the theme
 * toggle. The renderer silently drops syntax it does not support, so we reject that
 * syntax up front, with the line, instead of shipping a diagram that lost an edge.
 *
 * Every diagram must name itself for screen readers with Mermaid's own
 * `accTitle:` and `accDescr:` lines (https://mermaid.js.org/config/accessibility.html).
 */
import { renderMermaidSVG } from 'beautiful-mermaid';

export class DiagramError extends Error {
  /** 1-based line within the diagram source. */
  line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

const TYPES = /^(flowchart|graph)\s+(TD|TB|BT|LR|RL)\b|^(sequenceDiagram|stateDiagram-v2|stateDiagram|classDiagram|erDiagram)\s*$/;

/** Syntax beautiful-mermaid 1.1 drops without a word (measured: each construct rendered and the SVG inspected). */
/** Arrow syntax only: labels ("…", |…|, […], (…), {…}) and message text after `:` removed. */
const arrowsOf = (line: string) =>
  line.replace(/"[^"]*"|\|[^|]*\||\[[^\]]*\]|\([^)]*\)|\{[^}]*\}/g, ' ').replace(/:.*$/, '');

const UNSUPPORTED: [RegExp, string][] = [
  [/[-=.]o(?=[\s\w]|$)|(?:^|\s)o[-=]/, 'circle-ended edges (--o) are not rendered: use --> or ---'],
  [/[-=.]x(?=[\s\w]|$)|(?:^|\s)x[-=]/, 'cross-ended edges and messages (--x, -x) are not rendered: use --> (flowchart) or ->> (sequence)'],
  [/^\s*click\s/, 'click handlers are not rendered (and diagrams ship no JavaScript): remove the line'],
  [/^\s*autonumber\b/, 'autonumber is not rendered: number the messages in their text'],
  [/^\s*note\s+(left|right|over)\s+of\b|^\s*note\s+(left|right)\s/i, 'notes are not rendered: put the text in a node or an edge label'],
  [/^\s*(style|classDef|linkStyle)\s/, 'custom styles are not rendered (colours follow the site theme): remove the line'],
  [/^\s*%%\{/, 'init directives are not rendered: remove the line'],
];

export interface Diagram {
  svg: string;
  title: string;
  description: string;
}

/** Render one diagram. `id` must be unique on the page: SVG ids are prefixed with it. */
export function renderDiagram(source: string, id: string): Diagram {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let title = '';
  let description = '';
  const body: string[] = [];
  lines.forEach((line, i) => {
    const t = /^\s*accTitle\s*:\s*(.+)$/.exec(line);
    const d = /^\s*accDescr\s*:\s*(.+)$/.exec(line);
    if (t) title = t[1].trim();
    else if (d) description = d[1].trim();
    else {
      const arrows = arrowsOf(line);
      for (const [re, why] of UNSUPPORTED) if (re.test(re.source.startsWith('[-=.]') ? arrows : line)) throw new DiagramError(why, i + 1);
      body.push(line);
    }
  });
  const first = body.findIndex((l) => l.trim() && !l.trim().startsWith('%%'));
  if (first < 0) throw new DiagramError('the diagram is empty', 1);
  if (!TYPES.test(body[first].trim())) {
    throw new DiagramError(`"${body[first].trim()}" is not a supported diagram: start with flowchart TD (or LR), sequenceDiagram, stateDiagram-v2, classDiagram or erDiagram`, lines.indexOf(body[first]) + 1);
  }
  if (!title) throw new DiagramError('the diagram has no accessible name: add a line accTitle: <what it shows>', 1);
  if (!description) throw new DiagramError('the diagram has no description: add a line accDescr: <one or two sentences a screen reader reads>', 1);

  let svg: string;
  try {
    svg = renderMermaidSVG(body.join('\n'), {
      bg: 'var(--sl-color-bg)',
      fg: 'var(--sl-color-white)',
      line: 'var(--sl-color-gray-3)',
      accent: 'var(--sl-color-accent-high)',
      muted: 'var(--sl-color-gray-2)',
      surface: 'var(--sl-color-gray-6)',
      border: 'var(--sl-color-gray-4)',
      font: 'var(--sl-font)',
      transparent: true,
    });
  } catch (e) {
    throw new DiagramError(`Mermaid could not parse the diagram: ${(e as Error).message}`, 1);
  }
  return { svg: accessible(prefixIds(stripFonts(svg), id), id, title, description), title, description };
}

/** The renderer imports a web font from a third party; the site uses its own fonts. */
function stripFonts(svg: string): string {
  // The URL itself contains parentheses (font family `var(--sl-font)`), so match to the quote.
  return svg
    .replace(/@import\s+url\((['"]).*?\1\)\s*;?/g, '')
    // The renderer quotes the family it was given; unquote so the site's font variable applies.
    .replace(/'var\(--sl-font\)'/g, 'var(--sl-font)');
}

/** Two diagrams on one page must not share ids (markers, gradients, clip paths). */
function prefixIds(svg: string, prefix: string): string {
  const ids = new Set([...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
  let out = svg;
  for (const old of ids) {
    const esc = old.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`\\bid="${esc}"`, 'g'), `id="${prefix}-${old}"`)
      .replace(new RegExp(`url\\(#${esc}\\)`, 'g'), `url(#${prefix}-${old})`)
      .replace(new RegExp(`href="#${esc}"`, 'g'), `href="#${prefix}-${old}"`);
  }
  return out;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** role="img" with <title> and <desc> referenced by aria-labelledby / aria-describedby. */
function accessible(svg: string, id: string, title: string, description: string): string {
  return svg.replace(/<svg\b([^>]*)>/, (_m, attrs: string) => {
    const cleaned = attrs.replace(/\s(role|aria-[a-z]+)="[^"]*"/g, '');
    return `<svg${cleaned} role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc"><title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`;
  });
}
