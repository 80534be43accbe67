/**
 * What the site config needs from the content before Astro loads it: sidebar links,
 * and redirects for review links (/p/<ID>/, any case) and renamed slugs. Read once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { checkFrontmatter } from './contentCheck.ts';
import { CONTENT_DIR, PITFALLS_DIR } from './paths.ts';
import { retiredSchema, type Pitfall, type Retired } from './schema.ts';

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

export const RETIRED_FILE = path.join(CONTENT_DIR, 'retired.yaml');

/** The retired registry and its problems (`file: entry N field: message`). */
export function checkRetired(file = RETIRED_FILE): { retired: Retired[]; problems: string[] } {
  if (!fs.existsSync(file)) return { retired: [], problems: [] };
  const where = path.relative(process.cwd(), file);
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8')) ?? [];
  } catch (e) {
    return { retired: [], problems: [`${where}: not valid YAML: ${(e as Error).message.split('\n')[0]}`] };
  }
  const r = retiredSchema.safeParse(raw);
  if (r.success) return { retired: r.data, problems: [] };
  return { retired: [], problems: r.error.issues.map((i) => `${where}: entry ${Number(i.path[0] ?? 0) + 1}${i.path.length > 1 ? ` ${i.path.slice(1).join('.')}` : ''}: ${i.message}`) };
}

/** The retired registry; an invalid one reads as empty here and is reported by the content check. */
export const readRetired = (file = RETIRED_FILE): Retired[] => checkRetired(file).retired;

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
 */
export function sidebar(pitfalls: IndexedPitfall[]) {
  const counts = new Map<string, number>();
  for (const { data } of pitfalls) counts.set(data.category, (counts.get(data.category) ?? 0) + 1);
  return [
    {
      label: 'Pitfalls by category',
      items: [...counts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([category, n]) => ({ label: `${category} (${n})`, link: `/pitfalls/?category=${encodeURIComponent(category)}` })),
    },
  ];
}
