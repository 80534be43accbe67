import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { apiCatalogueSchema } from '../src/lib/api.ts';
import { PITFALLS_DIR } from '../src/lib/paths.ts';

// The content the site under test was built from (the scale run builds another tree).
const published = fs.readdirSync(PITFALLS_DIR).filter((f) => /^[^_].*\.mdx$/.test(f)).map((f) => f.slice(0, -4)).sort();

test('/api/pitfalls.json validates against its schema and lists every published pitfall', async ({ request }) => {
  const res = await request.get('/api/pitfalls.json');
  expect(res.headers()['content-type']).toContain('application/json');
  const parsed = apiCatalogueSchema.safeParse(await res.json());
  expect(parsed.error?.issues ?? []).toEqual([]);
  const catalogue = parsed.data!;
  expect(catalogue.pitfalls.map((p) => p.slug).sort()).toEqual(published);
  for (const p of catalogue.pitfalls) {
    expect(p.url).toMatch(new RegExp(`/pitfalls/${p.slug}/$`));
    expect(p.reviewUrl).toMatch(new RegExp(`/p/${p.id}/$`));
    expect(Number.isNaN(Date.parse(p.updated))).toBe(false);
    // Search terms, evidence from the wild and the second reading travel with every entry.
    expect(p.identifiers.length, p.slug).toBeGreaterThan(0);
    expect(p.inTheWild.length, p.slug).toBeGreaterThan(0);
    for (const w of p.inTheWild) expect(w.url).toMatch(/^https:\/\//);
    expect(p.reviewed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.reviewed.against.join(' ')).toMatch(/go1\.\d+/);
  }
});

test('the JSON Schema is published beside it and describes the same fields', async ({ request }) => {
  const schema = await (await request.get('/api/pitfalls.schema.json')).json();
  expect(schema.properties.schemaVersion.const).toBe(1);
  const item = schema.properties.pitfalls.items;
  expect(Object.keys(item.properties).sort()).toEqual(['category', 'detectors', 'errors', 'goVersions', 'id', 'identifiers', 'inTheWild', 'libraries', 'reviewUrl', 'reviewed', 'severity', 'slug', 'summary', 'title', 'updated', 'url']);
});

test('the Atom feed has one entry per pitfall, newest first', async ({ request }) => {
  const xml = await (await request.get('/feed.xml')).text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  const updated = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]);
  expect(updated).toHaveLength(published.length);
  expect([...updated].sort().reverse()).toEqual(updated);
});
