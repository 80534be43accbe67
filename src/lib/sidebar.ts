/** Sidebar links to every pitfall, grouped by category, read from the pages' frontmatter. */
import fs from 'node:fs';
import path from 'node:path';
import { checkFrontmatter } from './contentCheck.ts';
import { PITFALLS_DIR } from './paths.ts';

export function pitfallSidebar() {
  const groups = new Map<string, { label: string; link: string }[]>();
  const files = fs.existsSync(PITFALLS_DIR) ? fs.readdirSync(PITFALLS_DIR).filter((f) => /^[^_].*\.mdx$/.test(f)).sort() : [];
  for (const f of files) {
    // Invalid pages are reported by the proof gate; the sidebar just leaves them out.
    const { data } = checkFrontmatter(fs.readFileSync(path.join(PITFALLS_DIR, f), 'utf8'), f);
    if (!data) continue;
    const list = groups.get(data.category) ?? [];
    list.push({ label: `${data.id} ${data.title}`, link: `/pitfalls/${f.slice(0, -4)}/` });
    groups.set(data.category, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, items]) => ({ label, collapsed: false, items: items.sort((a, b) => a.label.localeCompare(b.label)) }));
}
