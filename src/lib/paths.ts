/**
 * Where the site's content lives, relative to the repository root (overridable so tests can
 * point the build at fixture trees). Sandboxes and proof results are the engine's: see proof/api.ts.
 */
import path from 'node:path';
import { ROOT } from '../../proof/api.ts';

/** MDX content: content/docs, content/pitfalls, content/tracks. */
export const CONTENT_DIR = path.resolve(ROOT, process.env.GOPITFALLS_CONTENT_DIR ?? 'content');
export const PITFALLS_DIR = path.join(CONTENT_DIR, 'pitfalls');
