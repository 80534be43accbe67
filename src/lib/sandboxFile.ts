/** Reading a sandbox file's region for display; errors name the file and the fix. */
import fs from 'node:fs';
import path from 'node:path';
import { excerpt, parseMarkers, type Excerpt } from './markers.ts';
import { rel, SANDBOX_DIR } from './paths.ts';

export function readRegion(slug: string, file: string, region: string): Excerpt & { path: string } {
  const full = path.join(SANDBOX_DIR, slug, file);
  if (!fs.existsSync(full)) throw new Error(`${rel(full)} does not exist: every pitfall's sandbox has bad.go and good.go`);
  try {
    return { ...excerpt(parseMarkers(fs.readFileSync(full, 'utf8')), region), path: `sandboxes/${slug}/${file}` };
  } catch (e) {
    throw new Error(`${rel(full)}: ${(e as Error).message}`);
  }
}
