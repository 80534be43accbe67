/** The catalogue entries shared by /api/pitfalls.json and /feed.xml. */
import { getCollection } from 'astro:content';
import path from 'node:path';
import type { ApiPitfall } from './api.ts';
import { SANDBOX_DIR } from '../../proof/api.ts';
import { PITFALLS_DIR } from './paths.ts';
import { lastUpdated } from './updated.ts';
import { siteHref } from './siteConfig.ts';

let cached: Promise<ApiPitfall[]> | undefined;

/** Computed once per build: both endpoints use it, and `updated` asks git per pitfall. */
/**
 * URLs are absolute on the public site (SITE_URL) and root-relative on a local build, which has
 * no public address to give. `_site` (Astro's) is ignored: on a local build it is a loopback
 * placeholder that only the sitemap needs.
 */
export function catalogueEntries(_site?: URL): Promise<ApiPitfall[]> {
  return (cached ??= compute());
}

async function compute(): Promise<ApiPitfall[]> {
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
      url: siteHref(`/pitfalls/${slug}/`),
      reviewUrl: siteHref(`/p/${data.id}/`),
      updated: lastUpdated([path.join(PITFALLS_DIR, `${slug}.mdx`), path.join(SANDBOX_DIR, slug)]),
      identifiers: data.identifiers,
      errors: data.errors.map((e) => (typeof e === 'string' ? e : e.text)),
      inTheWild: data.inTheWild,
      // The content check refuses a page without a current review, so every built page has one.
      reviewed: { date: data.reviewed!.date, against: data.reviewed!.against },
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
