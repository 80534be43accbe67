import { describe, expect, it } from 'vitest';
import type { Pitfall } from './schema.ts';
import { collectOptions, parseQuery } from './catalogue.ts';
import { redirects, sidebar } from './siteIndex.ts';

const p = (slug: string, id: string, category: Pitfall['category'], formerSlugs: string[] = []) => ({ slug, data: { id, category, formerSlugs } as unknown as Pitfall });

describe('siteIndex', () => {
  it('links review IDs in both cases, former slugs and retired IDs', () => {
    const r = redirects([p('a-b', 'HTTP-001', 'http-server', ['old-a'])], [{ id: 'HTTP-002', slug: 'gone', title: 't', retiredOn: '2026-01-01', reason: 'r' }]);
    expect(r).toEqual({
      '/p/HTTP-001': '/pitfalls/a-b/',
      '/p/http-001': '/pitfalls/a-b/',
      '/pitfalls/old-a': '/pitfalls/a-b/',
      '/p/HTTP-002': '/pitfalls/gone/',
      '/p/http-002': '/pitfalls/gone/',
    });
  });

  it('keeps the sidebar to one link per category, however many pitfalls there are', () => {
    const many = Array.from({ length: 500 }, (_, i) => p(`s${i}`, `LANG-${String(i).padStart(3, '0')}`, i % 2 ? 'json' : 'context'));
    const [group] = sidebar(many);
    expect(group.items).toEqual([
      { label: 'context (250)', link: '/pitfalls/?category=context' },
      { label: 'json (250)', link: '/pitfalls/?category=json' },
    ]);
  });
});

it('every category link, as Starlight formats it, parses to exactly that category', async () => {
  // What Starlight's formatPath does to a sidebar href under trailingSlash: 'always' (astro.config.mjs):
  // its own ensureTrailingSlash (not exported, so by path; the full formatter needs Astro's env).
  const { ensureTrailingSlash: format } = await import('../../node_modules/@astrojs/starlight/dist/utils/path.js');
  const pits = [p('a', 'HTTP-001', 'http-server'), p('b', 'JSON-001', 'json'), p('c', 'CTX-001', 'context')];
  const options = collectOptions(pits.map(({ data }) => ({ id: data.id, title: '', category: data.category, libraries: [], severity: 'low', goVersions: [], detectors: [] })));
  for (const { link, label } of sidebar(pits)[0].items) {
    const href = new URL(format(link), 'https://example.test');
    expect(href.pathname).toBe('/pitfalls/');
    expect(parseQuery(href.search, options).filters.category, label).toEqual([label.replace(/ \(\d+\)$/, '')]);
  }
});
