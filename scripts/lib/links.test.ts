import { describe, expect, it } from 'vitest';
import { classifyLink, extractAnchors, extractLinks, formatExternal, resolveLink } from './links.ts';

describe('extractLinks', () => {
  it('finds href and src on any element, entities decoded, rel kept', () => {
    const html = `<link rel="canonical" href="https://x.dev/a/"><a href='/b/?q=1&amp;r=2#c'>b</a><img src=/i.svg alt="">`;
    expect(extractLinks(html)).toEqual([
      { attr: 'href', url: 'https://x.dev/a/', rel: 'canonical' },
      { attr: 'href', url: '/b/?q=1&r=2#c' },
      { attr: 'src', url: '/i.svg' },
    ]);
  });

  it('keeps a script src but ignores links inside script, style and comments', () => {
    const html = `<script src="/s.js"></script><script type="application/json">{"x":"<a href=\\"/nope/\\">"}</script>
      <style>a{background:url(/nope.png)}</style><!-- <a href="/nope/"> --><pre><code>&lt;a href="/code/"&gt;</code></pre>`;
    expect(extractLinks(html).map((l) => l.url)).toEqual(['/s.js']);
  });

  it('reads the target of a meta refresh (the /p/<ID> redirect pages)', () => {
    const html = `<meta http-equiv="refresh" content="0;url=/pitfalls/x/">`;
    expect(extractLinks(html)).toEqual([{ attr: 'refresh', url: '/pitfalls/x/' }]);
  });

  it('does not mistake data-href or an attribute value for a link', () => {
    expect(extractLinks(`<div data-href="/no/" title="href=/no/"></div>`)).toEqual([]);
  });
});

describe('extractAnchors', () => {
  it('collects ids and <a name>, decoded, not other names', () => {
    const html = `<h2 id="why-it&#39;s">x</h2><a name="old"></a><input name="q"><div id='b'></div>`;
    expect([...extractAnchors(html)].sort()).toEqual(['b', 'old', "why-it's"]);
  });

  it('ignores ids inside scripts', () => {
    expect(extractAnchors(`<script>const s = '<p id="fake">'</script>`).size).toBe(0);
  });
});

describe('classifyLink', () => {
  it('sorts links into internal, external and skipped', () => {
    expect(classifyLink('/a/')).toBe('internal');
    expect(classifyLink('../a/')).toBe('internal');
    expect(classifyLink('#x')).toBe('internal');
    expect(classifyLink('https://go.dev/')).toBe('external');
    expect(classifyLink('//cdn.example/x.js')).toBe('external');
    for (const u of ['mailto:a@b.c', 'tel:1', 'data:image/png;base64,x', 'javascript:void 0', 'blob:x']) expect(classifyLink(u)).toBe('skip');
  });

  it('treats absolute URLs on the site origin as internal', () => {
    expect(classifyLink('http://localhost:4321/a/', 'http://localhost:4321')).toBe('internal');
    expect(classifyLink('http://localhost:4322/a/', 'http://localhost:4321')).toBe('external');
  });
});

describe('resolveLink', () => {
  const from = 'pitfalls/x/index.html';
  it('maps directories to index.html and keeps the anchor', () => {
    expect(resolveLink(from, '/tracks/#list')).toEqual({ files: ['tracks/index.html'], anchor: 'list' });
    expect(resolveLink(from, '/')).toEqual({ files: ['index.html'], anchor: undefined });
  });

  it('resolves relative links and bare fragments against the page', () => {
    expect(resolveLink(from, '../y/')).toEqual({ files: ['pitfalls/y/index.html'], anchor: undefined });
    expect(resolveLink(from, '#proof')).toEqual({ files: ['pitfalls/x/index.html'], anchor: 'proof' });
    expect(resolveLink(from, '#')).toEqual({ files: ['pitfalls/x/index.html'], anchor: undefined });
  });

  it('keeps files as files, drops the query, decodes escapes', () => {
    expect(resolveLink(from, '/_astro/a.css?v=1')).toEqual({ files: ['_astro/a.css'], anchor: undefined });
    expect(resolveLink(from, '/a%20b.svg#x%C3%A9')).toEqual({ files: ['a b.svg'], anchor: 'xé' });
  });

  it('tries both forms for a path without slash or extension', () => {
    expect(resolveLink(from, '/p/CONC-001').files).toEqual(['p/CONC-001.html', 'p/CONC-001/index.html']);
  });

  it('maps an absolute site URL to its path', () => {
    expect(resolveLink(from, 'http://localhost:4321/pitfalls/y/#a')).toEqual({ files: ['pitfalls/y/index.html'], anchor: 'a' });
  });
});

describe('formatExternal', () => {
  it('lists most used first, then alphabetically', () => {
    expect(formatExternal(new Map([['https://b', 1], ['https://a', 1], ['https://c', 3]]))).toBe('3\thttps://c\n1\thttps://a\n1\thttps://b');
  });
});
