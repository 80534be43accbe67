/** GET /feed.xml — Atom feed of new and changed pitfalls, newest first. */
import type { APIRoute } from 'astro';
import { catalogueEntries } from '../lib/catalogueData.ts';
import { publicSite, siteHref } from '../lib/siteConfig.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site: astroSite }) => {
  const entries = (await catalogueEntries(astroSite!)).sort((a, b) => b.updated.localeCompare(a.updated));
  // On the public site (SITE_URL) every link is absolute and the IDs are the permanent links.
  // A local build has no public origin: links stay root-relative (a reader resolves them
  // against the feed's own URL, RFC 4287 §2) and IDs, which must be absolute, are URNs that
  // name the pitfall without claiming an address.
  const site = publicSite();
  const feedUrl = siteHref('/feed.xml', site);
  const feedId = site ? feedUrl : 'urn:go-pitfalls:feed';
  const entryId = (e: { id: string; reviewUrl: string }) => (site ? e.reviewUrl : `urn:go-pitfalls:pitfall:${e.id}`);
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Go Pitfalls</title>
  <subtitle>New and changed pitfalls, each proven by CI.</subtitle>
  <id>${esc(feedId)}</id>
  <link rel="self" href="${esc(feedUrl)}"/>
  <link href="${esc(siteHref('/', site))}"/>
  <updated>${entries[0]?.updated ?? new Date(0).toISOString()}</updated>
${entries
  .map(
    (e) => `  <entry>
    <title>${esc(`${e.id}: ${e.title}`)}</title>
    <id>${esc(entryId(e))}</id>
    <link href="${esc(siteHref(`/pitfalls/${e.slug}/`, site))}"/>
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
