/** The catalogue entries shared by /api/pitfalls.json and /feed.xml. */
import { getCollection } from 'astro:content';
import path from 'node:path';
import type { ApiPitfall } from './api.ts';
import { SANDBOX_DIR } from '../../proof/api.ts';
import { PITFALLS_DIR } from './paths.ts';
import { lastUpdated } from './updated.ts';
import { publicSite, siteHref } from './siteConfig.ts';

let cached: Promise<ApiPitfall[]> | undefined;

/** Computed once per build: both endpoints use it, and `updated` asks git per pitfall. */
/**
 * URLs are absolute on the public site (SITE_URL). A local build has none, and the API's schema
 * (src/lib/api.ts) requires absolute URLs, so there they fall back to `site`, Astro's loopback
 * placeholder; the feed makes its own root-relative links instead.
 */
export function catalogueEntries(site: URL): Promise<ApiPitfall[]> {
  return (cached ??= compute(publicSite() ?? site.href));
}

async function compute(site: string): Promise<ApiPitfall[]> {
  const pitfalls = await getCollection('pitfalls');
  return pitfalls
    .map(({ id: slug, data }) => ({
      id: data.id,
      slug,
      title: data.title,
      summary: data.summary,
      category: data.category,
      libraries: data.libraries,
      severity: data.severity,
      goVersions: data.goVersions,
      detectors: data.detectors,
      url: siteHref(`/pitfalls/${slug}/`, site),
      reviewUrl: siteHref(`/p/${data.id}/`, site),
      updated: lastUpdated([path.join(PITFALLS_DIR, `${slug}.mdx`), path.join(SANDBOX_DIR, slug)]),
      identifiers: data.identifiers,
      errors: data.errors.map((e) => (typeof e === 'string' ? e : e.text)),
      inTheWild: data.inTheWild,
      // The content check refuses a page without a current review, so every built page has one.
      reviewed: { date: data.reviewed!.date, against: data.reviewed!.against },
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
