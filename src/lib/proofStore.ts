/**
 * Proof results on disk (.cache/proofs/<slug>.json) and the content hash that says
 * whether a result still describes the code. The hash covers everything that can change
 * a proof's outcome: the pitfall's sandbox files, shared sandbox packages, the module's
 * go.mod/go.sum, the Go version and platform, and the runner's own rules.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROOF_CACHE_DIR, ROOT, SANDBOX_DIR } from './paths.ts';
import type { ProofSpec } from './proofSpec.ts';

export interface VariantResult {
  /** The command as a reader could type it, from sandboxes/. */
  command: string;
  exitCode: number;
  output: string;
  durationMs: number;
}

export interface ProofResult {
  slug: string;
  hash: string;
  spec: ProofSpec;
  goVersion: string;
  /** ISO date of the run that produced this result. */
  verifiedAt: string;
  ok: boolean;
  problems: string[];
  bad: VariantResult;
  good: VariantResult;
  /** Each proven detector: its name (`gosec:G112`), the command and the diagnostic seen on bad.go. */
  detectors?: { name: string; command: string; seen: string }[];
}

export interface GoEnv {
  GOVERSION: string;
  GOROOT: string;
  GOMODCACHE: string;
  GOOS: string;
  GOARCH: string;
}

let goEnvCache: GoEnv | undefined;
/** `go env` with GOTOOLCHAIN=local; a missing Go gets a message saying what to install. */
export function goEnv(): GoEnv {
  if (goEnvCache) return goEnvCache;
  try {
    const out = execFileSync('go', ['env', '-json', 'GOVERSION', 'GOROOT', 'GOMODCACHE', 'GOOS', 'GOARCH'], {
      env: { ...process.env, GOTOOLCHAIN: 'local' },
      encoding: 'utf8',
    });
    goEnvCache = JSON.parse(out) as GoEnv;
    return goEnvCache;
  } catch (e) {
    throw new Error(
      `Go is not available (${(e as Error).message.split('\n')[0]}). Install Go 1.26 from https://go.dev/dl/ and put its bin/ on PATH.`,
    );
  }
}

/** Slugs of every sandbox folder (a folder with a proof.yaml, or any folder not under internal/). */
export function sandboxSlugs(dir = SANDBOX_DIR): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('_') && d.name !== 'internal' && d.name !== 'testdata')
    .map((d) => d.name)
    .sort();
}

/** The Go module root for a sandbox: its own folder if it has a go.mod, else sandboxes/. */
export function moduleRoot(slug: string, dir = SANDBOX_DIR): string {
  const own = path.join(dir, slug);
  return fs.existsSync(path.join(own, 'go.mod')) ? own : dir;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out.sort();
}

/** Files of the runner whose rules decide verdicts and captured output. */
const RUNNER_FILES = ['src/lib/detectors.ts', 'src/lib/proofPlan.ts', 'src/lib/normalize.ts', 'src/lib/proofSpec.ts', 'scripts/run-proofs.ts', 'scripts/lib/goRun.ts'];

export function proofHash(slug: string, env: GoEnv = goEnv(), dir = SANDBOX_DIR): string {
  const h = createHash('sha256');
  const add = (label: string, file: string) => {
    h.update(`${label}\0`);
    h.update(fs.existsSync(file) ? fs.readFileSync(file) : '<missing>');
    h.update('\0');
  };
  h.update(`${env.GOVERSION} ${env.GOOS}/${env.GOARCH}\0`);
  for (const f of RUNNER_FILES) add(f, path.join(ROOT, f));
  const mod = moduleRoot(slug, dir);
  add('go.mod', path.join(mod, 'go.mod'));
  add('go.sum', path.join(mod, 'go.sum'));
  for (const f of [...listFiles(path.join(dir, slug)), ...listFiles(path.join(dir, 'internal'))]) {
    add(path.relative(dir, f), f);
  }
  return h.digest('hex');
}

export const resultPath = (slug: string) => path.join(PROOF_CACHE_DIR, `${slug}.json`);

export function readResult(slug: string): ProofResult | undefined {
  try {
    return JSON.parse(fs.readFileSync(resultPath(slug), 'utf8')) as ProofResult;
  } catch {
    return undefined;
  }
}

export function writeResult(result: ProofResult): void {
  fs.mkdirSync(PROOF_CACHE_DIR, { recursive: true });
  fs.writeFileSync(resultPath(result.slug), JSON.stringify(result, null, 2) + '\n');
}

export type Freshness =
  | { state: 'passed'; result: ProofResult }
  | { state: 'failed'; result: ProofResult }
  | { state: 'stale' | 'missing' };

/** Whether a stored result exists, still matches the code, and passed. */
export function freshness(slug: string, env?: GoEnv): Freshness {
  const result = readResult(slug);
  if (!result) return { state: 'missing' };
  if (result.hash !== proofHash(slug, env)) return { state: 'stale' };
  return { state: result.ok ? 'passed' : 'failed', result };
}
