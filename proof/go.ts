/**
 * The Go toolchain as the engine uses it: `go env`, the sandboxes' layout, and running a go
 * command the way every proof, detector and exercise does — GOTOOLCHAIN=local, a read-only
 * module, stdout and stderr in one stream in the order Go wrote them, killed with its children
 * after a timeout, the output normalised (normalize.ts) so it reads like the page.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { normalizeOutput } from './normalize.ts';
import { SANDBOX_DIR } from './paths.ts';

export interface GoEnv {
  GOVERSION: string;
  GOROOT: string;
  GOMODCACHE: string;
  GOOS: string;
  GOARCH: string;
}

export interface VariantRun {
  /** The command as a reader could type it, from sandboxes/. */
  command: string;
  exitCode: number;
  /** Normalised combined stdout and stderr. */
  output: string;
  durationMs: number;
  /** Killed after the timeout. */
  timedOut: boolean;
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

/** Slugs of every sandbox folder (any folder except internal/, testdata/ and names starting with . or _). */
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

/** The environment every go command runs with. */
// The caller's GOFLAGS are kept after -mod=readonly: `GOFLAGS=-race npm run proofs -- --repeat 10`
// stresses every proof under the race detector (go vet and staticcheck ignore it).
export const goEnvVars = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: `-mod=readonly ${process.env.GOFLAGS ?? ''}`.trim() };

/**
 * DSNs of the database servers this run started (supervisor.ts), added to every go command's
 * environment; empty when no selected proof declares a service.
 */
export const serviceEnv: Record<string, string> = {};

/** Milliseconds in a proof.yaml duration such as `120s`, `500ms` or `2m`. */
export const durationMs = (d: string) => Number(d.replace(/\D+$/, '')) * ({ ms: 1, s: 1000, m: 60000 } as Record<string, number>)[d.replace(/^\d+/, '')];

/** The command as a reader could type it: arguments with spaces or regexp characters quoted. */
export const showCommand = (argv: string[]) => `go ${argv.map((a) => (/[\s^$*]/.test(a) ? `'${a}'` : a)).join(' ')}`;

/** Run `go <argv>` in `cwd`; never rejects. The caller has checked Go is installed (goEnv()). */
export function runGo(argv: string[], cwd: string, timeoutMs: number, sandboxDir = SANDBOX_DIR): Promise<VariantRun> {
  const env = goEnv();
  return new Promise((resolve) => {
    const t0 = Date.now();
    // One stream in the order Go wrote it: `sh -c 'exec "$@" 2>&1'`.
    const child = spawn('sh', ['-c', 'exec "$@" 2>&1', 'sh', 'go', ...argv], { cwd, env: { ...goEnvVars, ...serviceEnv }, detached: true });
    let raw = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (raw += d));
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const moduleDir = path.resolve(cwd) === path.resolve(sandboxDir) ? undefined : path.relative(sandboxDir, cwd);
      resolve({
        // Commands read as run from sandboxes/; a nested module is its own folder.
        command: moduleDir ? `cd ${moduleDir} && ${showCommand(argv)}` : showCommand(argv),
        exitCode: code ?? -1,
        output: normalizeOutput(raw, { sandboxDir, goroot: env.GOROOT, gomodcache: env.GOMODCACHE, moduleDir }),
        durationMs: Date.now() - t0,
        timedOut,
      });
    });
  });
}
