import { describe, expect, it } from 'vitest';
import { diagramFigure, withoutAutolinks } from './mermaidPlugin.ts';

describe('withoutAutolinks', () => {
  it('breaks the e-mail, www. and scheme literals GFM would link in SVG text', () => {
    const svg = '<svg><text x="1">eli@example.com, www.example.com and https://go.dev</text></svg>';
    expect(withoutAutolinks(svg)).toBe(
      '<svg><text x="1">eli<tspan>@</tspan>example.com, www<tspan>.</tspan>example.com and https<tspan>:</tspan>//go.dev</text></svg>',
    );
  });

  it('leaves attributes and markup alone', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><a href="mailto:x@y.z"></a><text>plain</text></svg>';
    expect(withoutAutolinks(svg)).toBe(svg);
  });
});

describe('diagramFigure', () => {
  it('wraps the SVG in a focusable group named after the diagram, so a keyboard can scroll it', () => {
    expect(diagramFigure('<svg></svg>', 'Request "A" & <B>')).toBe(
      '<figure class="diagram not-content" tabindex="0" role="group" aria-label="Diagram: Request &quot;A&quot; &amp; &lt;B>"><svg></svg></figure>',
    );
  });
});
