/**
 * Where things live, relative to the repository root. Each can be overridden by an
 * environment variable so tests can point the build at fixture trees.
 */
import path from 'node:path';

/**
 * The repository root. npm scripts and Astro always run from it; we do not use
 * import.meta.url because Astro bundles this module into dist/ during a build.
 */
export const ROOT = process.cwd();
const fromEnv = (name: string, fallback: string) => path.resolve(ROOT, process.env[name] ?? fallback);

/** MDX content: content/docs and content/pitfalls. */
export const CONTENT_DIR = fromEnv('GOPITFALLS_CONTENT_DIR', 'content');
/** The Go module with one folder per pitfall. */
export const SANDBOX_DIR = fromEnv('GOPITFALLS_SANDBOX_DIR', 'sandboxes');
/** Proof results, one JSON file per pitfall, read by the site at build time. */
export const PROOF_CACHE_DIR = fromEnv('GOPITFALLS_PROOF_CACHE', '.cache/proofs');
export const PITFALLS_DIR = path.join(CONTENT_DIR, 'pitfalls');

/** A path shown to people: relative to the repository root. */
export const rel = (p: string) => path.relative(ROOT, p) || '.';
