/**
 * What the site config needs from the content before Astro loads it: sidebar links,
 * and redirects for review links (/p/<ID>/, any case) and renamed slugs. Read once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkFrontmatter } from './contentCheck.ts';
import { PITFALLS_DIR } from './paths.ts';
import type { Pitfall, Retired } from './schema.ts';

export interface IndexedPitfall {
  slug: string;
  data: Pitfall;
}

export function readPitfalls(): IndexedPitfall[] {
  const files = fs.existsSync(PITFALLS_DIR) ? fs.readdirSync(PITFALLS_DIR).filter((f) => /^[^_].*\.mdx$/.test(f)).sort() : [];
  return files.flatMap((f) => {
    // Invalid pages are reported by the proof gate; the index just leaves them out.
    const { data } = checkFrontmatter(fs.readFileSync(path.join(PITFALLS_DIR, f), 'utf8'), f);
    return data ? [{ slug: f.slice(0, -4), data }] : [];
  });
}

export const pitfallUrl = (slug: string) => `/pitfalls/${slug}/`;

/** Review links and old URLs, for Astro's `redirects` (static pages with a meta refresh). */
export function redirects(pitfalls: IndexedPitfall[], retired: Retired[]): Record<string, string> {
  const out: Record<string, string> = {};
  const idLinks = (id: string, to: string) => {
    out[`/p/${id}`] = to;
    out[`/p/${id.toLowerCase()}`] = to;
  };
  for (const p of pitfalls) {
    idLinks(p.data.id, pitfallUrl(p.slug));
    for (const old of p.data.formerSlugs) out[`/pitfalls/${old}`] = pitfallUrl(p.slug);
  }
  for (const r of retired) idLinks(r.id, pitfallUrl(r.slug));
  return out;
}

/**
 * Sidebar: one link per category, to the catalogue filtered by it, with a count. Listing
 * every pitfall here would put the whole catalogue on every page: measured with
 * scripts/scale.ts, 10× the pitfalls gave 21× the built output. Siblings are one click
 * away through previous/next, and every pitfall is listed on the catalogue.
 *
 * Starlight formats every internal sidebar href for trailingSlash: 'always' by appending "/"
 * to the whole string, query included (`?category=json` becomes `?category=json/`), and
 * offers no way around it for a link item. So the catalogue's parseQuery ignores a trailing
 * "/" on a value, and siteIndex.test.ts runs Starlight's own formatter over each link and
 * checks it parses to exactly its category.
 */
export function sidebar(pitfalls: IndexedPitfall[]) {
  const counts = new Map<string, number>();
  for (const { data } of pitfalls) counts.set(data.category, (counts.get(data.category) ?? 0) + 1);
  return [
    {
      label: 'Pitfalls by category',
      items: [...counts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([category, n]) => ({ label: `${category} (${n})`, link: categoryLink(category) })),
    },
  ];
}

/** The catalogue filtered to one category; parseQuery also tolerates the slash Starlight appends. */
export const categoryLink = (category: string) => `/pitfalls/?category=${encodeURIComponent(category)}`;
