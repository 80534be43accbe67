/**
 * Starting the database servers a run's proofs declare: one Go supervisor per service
 * (sandboxes/internal/services/supervise), started once per run and shared by every proof
 * that needs it (each test makes its own database). The supervisor holds the server until
 * its stdin closes, which happens when this process exits for any reason, SIGKILL included:
 * the kernel closes a dead process's pipes, and the supervisor then stops the server and
 * deletes its directory.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { goEnvVars } from './go.ts';
import { envVar, INSTALL_HINT, parseSupervisorLine, versionFromBinary, type RunningService, type ServiceName } from './services.ts';

/**
 * Where each server binary is looked for, in order; the Go harness looks in the same places (server
 * binaries are not on PATH on Debian; GOPITFALLS_POSTGRES_BIN names another directory first).
 */
const BINARIES: Record<ServiceName, string[]> = {
  postgres: [...(process.env.GOPITFALLS_POSTGRES_BIN ? [`${process.env.GOPITFALLS_POSTGRES_BIN}/postgres`] : []), '/usr/lib/postgresql/17/bin/postgres', '/usr/lib/postgresql/16/bin/postgres', '/usr/lib/postgresql/15/bin/postgres', 'postgres'],
  mariadb: ['/usr/sbin/mariadbd', 'mariadbd'],
};

const installed = new Map<ServiceName, string>();
/** The installed server's version (from its binary, no server started), or `not installed`; for the cache key. */
export function installedVersion(name: ServiceName): string {
  if (!installed.has(name)) {
    let version = 'not installed';
    for (const bin of BINARIES[name]) {
      if (bin.startsWith('/') && !fs.existsSync(bin)) continue;
      try {
        version = versionFromBinary(name, execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) ?? version;
        break;
      } catch { /* not on PATH */ }
    }
    installed.set(name, version);
  }
  return installed.get(name)!;
}

/** Build the supervisor once per run into a temporary folder (Go's build cache makes it quick). */
function buildSupervisor(sandboxDir: string): string {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gopitfalls-supervise-')), 'supervise');
  try {
    execFileSync('go', ['build', '-o', out, './internal/services/supervise'], { cwd: sandboxDir, env: goEnvVars, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    throw new Error(`building sandboxes/internal/services/supervise failed:\n${String((e as { stderr?: Buffer }).stderr ?? e)}`);
  }
  return out;
}

export interface Services {
  running: RunningService[];
  /** GOPITFALLS_<NAME>_DSN for go test. */
  env: Record<string, string>;
  /** Close the supervisors' stdin and wait for them to stop the servers. */
  stop: () => Promise<void>;
}

/** Start every named service; throws with the server's log excerpt and the install command when one cannot start. */
export async function startServices(names: ServiceName[], sandboxDir: string): Promise<Services> {
  const children: ReturnType<typeof spawn>[] = [];
  const stop = async () => {
    await Promise.all(children.map((c) => new Promise<void>((resolve) => {
      if (c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once('exit', () => resolve());
      c.stdin?.end();
    })));
  };
  if (!names.length) return { running: [], env: {}, stop };
  const bin = buildSupervisor(sandboxDir);
  try {
    const running = await Promise.all(names.map(async (name) => {
      // stdin is a pipe we never write to: its end is the signal to stop.
      const child = spawn(bin, [name], { stdio: ['pipe', 'pipe', 'inherit'] });
      children.push(child);
      const first = await new Promise<string>((resolve) => {
        const lines = createInterface({ input: child.stdout! });
        lines.once('line', (l) => resolve(l));
        child.once('exit', () => resolve(''));
        child.once('error', (e) => resolve(JSON.stringify({ error: `${e.message}; ${INSTALL_HINT}` })));
      });
      return parseSupervisorLine(first, name);
    }));
    return { running, env: Object.fromEntries(running.map((s) => [envVar(s.name), s.dsn])), stop };
  } catch (e) {
    await stop();
    throw e;
  } finally {
    fs.rmSync(path.dirname(bin), { recursive: true, force: true });
  }
}
