/**
 * Running a go command the way the proof runner and the exercise grader both do: with
 * GOTOOLCHAIN=local and a read-only module, stdout and stderr in one stream in the order
 * Go wrote them, killed (with its children) after a timeout, and the output normalised
 * (src/lib/normalize.ts) so it reads like the page. Part of the proof cache hash
 * (RUNNER_FILES in src/lib/proofStore.ts), since it decides the captured output.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { normalizeOutput } from '../../src/lib/normalize.ts';
import { SANDBOX_DIR } from '../../src/lib/paths.ts';
import { goEnv, type VariantResult } from '../../src/lib/proofStore.ts';

/** The environment every go command runs with. */
// The caller's GOFLAGS are kept after -mod=readonly: `GOFLAGS=-race npm run proofs -- --repeat 10`
// stresses every proof under the race detector, as issue 5 asks (go vet and staticcheck ignore it).
export const goEnvVars = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: `-mod=readonly ${process.env.GOFLAGS ?? ''}`.trim() };

/** Milliseconds in a proof.yaml duration such as `120s`, `500ms` or `2m`. */
export const durationMs = (d: string) => Number(d.replace(/\D+$/, '')) * ({ ms: 1, s: 1000, m: 60000 } as Record<string, number>)[d.replace(/^\d+/, '')];

/** The command as a reader could type it: arguments with spaces or regexp characters quoted. */
export const showCommand = (argv: string[]) => `go ${argv.map((a) => (/[\s^$*]/.test(a) ? `'${a}'` : a)).join(' ')}`;

/** Run `go <argv>` in `cwd`; never rejects. The caller has checked Go is installed (goEnv()). */
export function runGo(argv: string[], cwd: string, timeoutMs: number): Promise<VariantResult & { timedOut: boolean }> {
  const env = goEnv();
  return new Promise((resolve) => {
    const t0 = Date.now();
    // One stream in the order Go wrote it: `sh -c 'exec "$@" 2>&1'`.
    const child = spawn('sh', ['-c', 'exec "$@" 2>&1', 'sh', 'go', ...argv], { cwd, env: goEnvVars, detached: true });
    let raw = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (raw += d));
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const moduleDir = path.resolve(cwd) === path.resolve(SANDBOX_DIR) ? undefined : path.relative(SANDBOX_DIR, cwd);
      resolve({
        // Commands read as run from sandboxes/; a nested module is its own folder.
        command: moduleDir ? `cd ${moduleDir} && ${showCommand(argv)}` : showCommand(argv),
        exitCode: code ?? -1,
        output: normalizeOutput(raw, {
          sandboxDir: SANDBOX_DIR,
          goroot: env.GOROOT,
          gomodcache: env.GOMODCACHE,
          moduleDir,
        }),
        durationMs: Date.now() - t0,
        timedOut,
      });
    });
  });
}
