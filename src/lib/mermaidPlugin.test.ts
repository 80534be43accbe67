import { describe, expect, it } from 'vitest';
import { withoutAutolinks } from './mermaidPlugin.ts';

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
