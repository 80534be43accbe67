/**
 * content/retired.yaml, the registry of retired pitfalls (schema: retiredSchema). Its own
 * module so that the content check and the site index can both read it without importing
 * each other.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR } from './paths.ts';
import { retiredSchema, type Retired } from './schema.ts';

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

