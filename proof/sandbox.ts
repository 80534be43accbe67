/** Reading a sandbox file's region for display; errors name the file and the fix. */
import fs from 'node:fs';
import path from 'node:path';
import { excerpt, parseMarkers, type Excerpt } from './markers.ts';
import { rel, SANDBOX_DIR } from './paths.ts';

/** A sandbox file's text; a missing file names itself and what every sandbox holds. */
export function readSandboxFile(slug: string, file: string): string {
  const full = path.join(SANDBOX_DIR, slug, file);
  if (!fs.existsSync(full)) throw new Error(`${rel(full)} does not exist: every pitfall's sandbox has bad.go and good.go`);
  return fs.readFileSync(full, 'utf8');
}

export function readRegion(slug: string, file: string, region: string): Excerpt & { path: string } {
  const text = readSandboxFile(slug, file);
  const full = path.join(SANDBOX_DIR, slug, file);
  try {
    return { ...excerpt(parseMarkers(text), region), path: `sandboxes/${slug}/${file}` };
  } catch (e) {
    throw new Error(`${rel(full)}: ${(e as Error).message}`);
  }
}
