/**
 * Where the engine reads sandboxes and writes results, relative to the repository root.
 * Each can be overridden by an environment variable so tests point the engine at fixtures.
 */
import path from 'node:path';

/**
 * The repository root. npm scripts and Astro always run from it; we do not use
 * import.meta.url because Astro bundles the site's modules into dist/ during a build.
 */
export const ROOT = process.cwd();
const fromEnv = (name: string, fallback: string) => path.resolve(ROOT, process.env[name] ?? fallback);

/** The Go module with one folder per pitfall. */
export const SANDBOX_DIR = fromEnv('GOPITFALLS_SANDBOX_DIR', 'sandboxes');
/** Proof results, one JSON file per pitfall (proof/results.ts). */
export const PROOF_CACHE_DIR = fromEnv('GOPITFALLS_PROOF_CACHE', '.cache/proofs');

/**
 * Recorded results, committed with the sandboxes (npm run proofs -- --record): a fresh clone
 * serves the site without running Go, and npm test takes the mutation verdicts from here for
 * sandboxes that have not changed since they were recorded (the record's hash says so).
 */
export const RECORDS_DIR = fromEnv('GOPITFALLS_PROOF_RECORDS', 'proof/records');

/** A path shown to people: relative to the repository root. */
export const rel = (p: string) => path.relative(ROOT, p) || '.';
