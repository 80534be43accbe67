/**
 * A Sätteri mdast plugin: ```mermaid fences become inline SVG (src/lib/diagram.ts) at
 * build time. Diagram problems stop the build with the file and the line in that file.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineMdastPlugin } from 'satteri';
import { DiagramError, renderDiagram } from './diagram.ts';

export class DiagramBuildError extends Error {}

/**
 * The raw SVG is re-parsed as Markdown, and GFM's autolink literals would turn a label such as
 * `eli@example.com` or `www.example.com` into an <a> inside the role="img" SVG (axe:
 * nested-interactive, and a link no one can see as one). Character references do not help (they
 * are decoded first), nor does Sätteri's `{ rawHtml }` (tried: it still links the text, and broke
 * the SVG's structure), so the character that makes the literal goes into a <tspan> of its own:
 * SVG draws it in line, exactly as before. https://github.github.com/gfm/#autolinks-extension-
 */
export function withoutAutolinks(svg: string): string {
  return svg.replace(/>([^<]+)</g, (_, text: string) =>
    `>${text.replace(/@/g, '<tspan>@</tspan>').replace(/(www)\./gi, '$1<tspan>.</tspan>').replace(/:\/\//g, '<tspan>:</tspan>//')}<`,
  );
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The figure around a diagram. Sequence diagrams are drawn 500–1,600 px wide and stay legible
 * only at their own size, so on a narrow screen the figure scrolls sideways instead of widening
 * the page (src/styles/site.css). A box that scrolls must be reachable by keyboard to be scrolled
 * (axe: scrollable-region-focusable), so it is a tab stop, and a named group so that the stop
 * says what it holds. The SVG inside keeps its own role="img" name and description.
 */
export function diagramFigure(svg: string, title: string): string {
  return `<figure class="diagram not-content" tabindex="0" role="group" aria-label="Diagram: ${escapeAttr(title)}">${svg}</figure>`;
}

export function mermaidFences() {
  return defineMdastPlugin({
    name: 'go-pitfalls:mermaid',
    options: { position: true },
    code(node, ctx) {
      if (node.lang !== 'mermaid') return;
      const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '<markdown>';
      // The fence's opening line; diagram line 1 is the line after it.
      const fenceLine = node.position?.start.line ?? 1;
      const n = ((ctx.data.diagramCount as number | undefined) ?? 0) + 1;
      ctx.data.diagramCount = n;
      try {
        const { svg, title } = renderDiagram(node.value, `diagram-${n}`);
        // One line: the raw HTML is re-parsed as Markdown, where a blank line would end the
        // HTML block and drop the rest of the SVG.
        const html = diagramFigure(withoutAutolinks(svg.replace(/\s*\n\s*/g, ' ')), title);
        ctx.replaceNode(node, { raw: html, mdxExpressions: false });
      } catch (e) {
        if (e instanceof DiagramError) throw new DiagramBuildError(`${file}:${fenceLine + e.line}: diagram: ${e.message}`);
        throw e;
      }
    },
  });
}
