/**
 * Whether a pitfall has a usable result: the engine's cache (.cache/proofs/) first, then the
 * committed record (proof/records/), each only if its hash matches the code as it is now.
 */
import { goEnv, type GoEnv } from './go.ts';
import { engineKey, proofHash } from './hash.ts';
import { PROOF_CACHE_DIR, RECORDS_DIR, SANDBOX_DIR } from './paths.ts';
import { readResult, type ProofResult } from './results.ts';

export type ResultState =
  | { state: 'passed'; result: ProofResult; recorded?: boolean }
  | { state: 'failed'; result: ProofResult; recorded?: boolean }
  | { state: 'stale'; result: ProofResult }
  | { state: 'missing' }
  | { state: 'invalid'; reason: string };

let engine: string | undefined;
/** The cache key of a sandbox as it is now (the engine's own key computed once per process). */
export const currentHash = (slug: string, env: GoEnv = goEnv(), sandboxDir = SANDBOX_DIR) => proofHash(slug, env, sandboxDir, (engine ??= engineKey()));

/** A result in `dir` as it stands against the current code. */
function stateIn(slug: string, dir: string, hash: string): ResultState {
  const r = readResult(slug, dir);
  if ('missing' in r) return { state: 'missing' };
  if ('invalid' in r) return { state: 'invalid', reason: r.invalid };
  if (r.result.hash !== hash) return { state: 'stale', result: r.result };
  return { state: r.result.ok ? 'passed' : 'failed', result: r.result };
}

export function resultState(
  slug: string,
  env: GoEnv = goEnv(),
  opts: { sandboxDir?: string; cacheDir?: string; recordsDir?: string; records?: boolean } = {},
): ResultState {
  const hash = currentHash(slug, env, opts.sandboxDir);
  const cached = stateIn(slug, opts.cacheDir ?? PROOF_CACHE_DIR, hash);
  if (cached.state === 'passed' || cached.state === 'failed' || opts.records === false) return cached;
  const recorded = stateIn(slug, opts.recordsDir ?? RECORDS_DIR, hash);
  if (recorded.state === 'passed' || recorded.state === 'failed') return { ...recorded, recorded: true };
  return cached;
}

/** The committed record of a sandbox, if it describes the code as it is now. */
export function freshRecord(slug: string, env: GoEnv = goEnv(), sandboxDir = SANDBOX_DIR, recordsDir = RECORDS_DIR): ProofResult | undefined {
  const r = stateIn(slug, recordsDir, currentHash(slug, env, sandboxDir));
  return r.state === 'passed' || r.state === 'failed' ? r.result : undefined;
}
