/** The names exported by the MDX registry (src/components/mdx.ts), read as text so Node can check them without Astro. */
import fs from 'node:fs';

export function mdxComponentNames(file = 'src/components/mdx.ts'): string[] {
  const m = /export const mdxComponents = \{([^}]*)\}/.exec(fs.readFileSync(file, 'utf8'));
  return m ? m[1].split(',').map((s) => s.trim().split(':')[0]).filter(Boolean) : [];
}
