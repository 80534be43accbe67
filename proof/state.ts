/** Whether a stored result exists, is well formed, still matches the code, and passed. */
import { goEnv, type GoEnv } from './go.ts';
import { engineKey, proofHash } from './hash.ts';
import { PROOF_CACHE_DIR, SANDBOX_DIR } from './paths.ts';
import { readResult, type ProofResult } from './results.ts';

export type ResultState =
  | { state: 'passed'; result: ProofResult }
  | { state: 'failed'; result: ProofResult }
  | { state: 'stale'; result: ProofResult }
  | { state: 'missing' }
  | { state: 'invalid'; reason: string };

let engine: string | undefined;

export function resultState(slug: string, env: GoEnv = goEnv(), sandboxDir = SANDBOX_DIR, cacheDir = PROOF_CACHE_DIR): ResultState {
  const r = readResult(slug, cacheDir);
  if ('missing' in r) return { state: 'missing' };
  if ('invalid' in r) return { state: 'invalid', reason: r.invalid };
  engine ??= engineKey();
  if (r.result.hash !== proofHash(slug, env, sandboxDir, engine)) return { state: 'stale', result: r.result };
  return { state: r.result.ok ? 'passed' : 'failed', result: r.result };
}
