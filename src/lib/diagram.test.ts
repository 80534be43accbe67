import { describe, expect, it } from 'vitest';
import { DiagramError, renderDiagram } from './diagram.ts';

const head = 'flowchart LR\n  accTitle: Flow\n  accDescr: A goes to B.\n';

describe('renderDiagram', () => {
  it('renders inline SVG with a name, a description, theme colours and no web font', () => {
    const d = renderDiagram(`${head}  A[Handler] -->|starts| B[Worker]`, 'd1');
    expect(d.svg).toMatch(/^<svg[^>]* role="img" aria-labelledby="d1-title" aria-describedby="d1-desc">/);
    expect(d.svg).toContain('<title id="d1-title">Flow</title>');
    expect(d.svg).toContain('var(--sl-color-bg)');
    expect(d.svg).not.toMatch(/@import|fonts\.googleapis|wght@/);
  });

  it('prefixes every id so two diagrams on one page cannot clash', () => {
    const a = renderDiagram(`${head}  A --> B`, 'd1').svg;
    const ids = [...a.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids.every((id) => id.startsWith('d1-'))).toBe(true);
    expect(a).not.toMatch(/url\(#(?!d1-)/);
  });

  it.each([
    ['  A --o B', 3, 'circle-ended'],
    ['  A --x B', 3, 'cross-ended'],
    ['  A--xB', 3, 'cross-ended'],
    ['  click A callback', 3, 'click handlers'],
    ['  style A fill:#f00', 3, 'custom styles'],
  ])('rejects %j, which the renderer would drop, at its line', (line, at, message) => {
    const src = `flowchart LR\n  A --> B\n${line}\n  accTitle: t\n  accDescr: d`;
    try {
      renderDiagram(src, 'x');
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(DiagramError);
      expect((e as DiagramError).line).toBe(at);
      expect((e as Error).message).toContain(message);
    }
  });

  it('rejects cross messages in sequence diagrams but not words with dashes in labels', () => {
    const seq = 'sequenceDiagram\n  accTitle: t\n  accDescr: d\n  participant R\n  participant G\n';
    expect(() => renderDiagram(`${seq}  R--xG: stop`, 'x')).toThrow('cross-ended');
    expect(() => renderDiagram(`${seq}  R->>G: a co-owner re-ordered x-rays`, 'x')).not.toThrow();
    expect(() => renderDiagram(`${head}  A["co-owner"] --> B[x-ray]`, 'x')).not.toThrow();
  });

  it('requires an accessible name and description, and a supported type', () => {
    expect(() => renderDiagram('flowchart LR\n  accDescr: d\n  A --> B', 'x')).toThrow('accTitle');
    expect(() => renderDiagram('flowchart LR\n  accTitle: t\n  A --> B', 'x')).toThrow('accDescr');
    expect(() => renderDiagram('pie\n  accTitle: t\n  accDescr: d\n  "a": 1', 'x')).toThrow('not a supported diagram');
  });
});
