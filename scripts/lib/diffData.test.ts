import { describe, expect, it } from 'vitest';
import { diffPayload, embedPayload } from '../../src/lib/diffPayload.ts';
import { diffDataProblems, moduleScripts, relativeImports } from './diffData.ts';

const want = diffPayload('demo', [{ line: 1, text: 'package demo' }, { line: 3, text: 'func A() {}' }], [{ line: 1, text: 'package demo' }, { line: 3, text: 'func A() { _ = "</script>" }' }]);
const DEFINE = 'customElements.define(`diff-editor-launcher`,i)';
const page = (payload: string, extra = '') =>
  `<main><diff-editor-launcher class="diff-viewer"><div class="toolbar"><button type="button" data-open hidden>Open in the diff editor</button></div><script type="application/json">${payload}</script></diff-editor-launcher>${extra}</main>`;

describe('diffDataProblems', () => {
  it('accepts the page\'s own payload, even with "</script>" in the Go code', () => {
    expect(embedPayload(want)).not.toContain('</script>');
    expect(diffDataProblems(page(embedPayload(want)), want, [DEFINE])).toEqual([]);
  });

  it('names the side and shown line where the text differs', () => {
    const stale = structuredClone(want);
    stale.modified.text = 'package demo\nfunc A() {}';
    expect(diffDataProblems(page(embedPayload(stale)), want, [DEFINE])).toEqual([
      'modified.text differs from sandboxes/demo/good.go at shown line 2: "func A() {}" instead of "func A() { _ = \\"</script>\\" }"',
    ]);
  });

  it('catches another page\'s diff (wrong titles) and shifted line numbers', () => {
    const other = structuredClone(want);
    other.original.title = 'sandboxes/other/bad.go';
    other.original.lines = [1, 2];
    expect(diffDataProblems(page(embedPayload(other)), want, [DEFINE])).toEqual([
      'original.title is "sandboxes/other/bad.go", expected "sandboxes/demo/bad.go"',
      'original.lines (the real line numbers) are not those of sandboxes/demo/bad.go',
    ]);
  });

  it('refuses broken JSON, a missing payload, a missing button, no launcher or two', () => {
    expect(diffDataProblems(page('{"original":'), want, [DEFINE])[0]).toMatch(/^the payload is not JSON: /);
    expect(diffDataProblems('<diff-editor-launcher><button data-open></button></diff-editor-launcher>', want, [DEFINE])).toEqual(['the launcher has no <script type="application/json"> payload']);
    expect(diffDataProblems(page(embedPayload(want)).replace(' data-open', ''), want, [DEFINE])).toEqual(['the launcher has no "Open in the diff editor" button (data-open)']);
    expect(diffDataProblems('<main></main>', want, [DEFINE])).toEqual(['0 <diff-editor-launcher> elements, expected exactly 1 (DiffViewer.astro once per page)']);
    expect(diffDataProblems(page(embedPayload(want)) + page(embedPayload(want)), want, [DEFINE])[0]).toMatch(/^2 <diff-editor-launcher>/);
  });

  it('says so when no script defines the element', () => {
    expect(diffDataProblems(page(embedPayload(want)), want, ['customElements.define(`pitfall-quiz`,e)'])).toEqual([
      'no module script on the page defines <diff-editor-launcher>, so the button never appears',
    ]);
  });
});

describe('moduleScripts and relativeImports', () => {
  it('separates inline module bodies from module files and skips data blocks and classic scripts', () => {
    const html = '<script type="module">a()</script><script type="module" src="/_astro/x.js"></script><script type="application/json">{}</script><script>b()</script>';
    expect(moduleScripts(html)).toEqual({ inline: ['a()'], src: ['/_astro/x.js'] });
  });
  it('finds a bundle\'s relative imports', () => {
    expect(relativeImports('import"./progress.CvA.js";import{a as b}from"../y.js";import("https://x/z.js")')).toEqual(['./progress.CvA.js', '../y.js']);
  });
});
