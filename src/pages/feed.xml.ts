/** GET /feed.xml — Atom feed of new and changed pitfalls, newest first. */
import type { APIRoute } from 'astro';
import { catalogueEntries } from '../lib/catalogueData.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
  const entries = (await catalogueEntries(site!)).sort((a, b) => b.updated.localeCompare(a.updated));
  const feedUrl = new URL('/feed.xml', site).href;
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Go Pitfalls</title>
  <subtitle>New and changed pitfalls, each proven by CI.</subtitle>
  <id>${esc(feedUrl)}</id>
  <link rel="self" href="${esc(feedUrl)}"/>
  <link href="${esc(new URL('/', site).href)}"/>
  <updated>${entries[0]?.updated ?? new Date(0).toISOString()}</updated>
${entries
  .map(
    (e) => `  <entry>
    <title>${esc(`${e.id}: ${e.title}`)}</title>
    <id>${esc(e.reviewUrl)}</id>
    <link href="${esc(e.url)}"/>
    <updated>${e.updated}</updated>
    <summary>${esc(e.summary)}</summary>
    <category term="${esc(e.category)}"/>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
