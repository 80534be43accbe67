/**
 * Database servers a proof can declare in proof.yaml (`services: [postgres]`): their names,
 * the environment variable that carries each server's DSN to `go test`, and reading what
 * the Go supervisor (sandboxes/internal/services/supervise) and the installed binaries say.
 * Pure; starting the servers is supervisor.ts.
 */
export const SERVICES = ['postgres', 'mariadb'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** What to run when a server is missing (setup installs both). */
export const INSTALL_HINT = 'run `npm run setup` (as root on Debian it runs apt-get install -y postgresql mariadb-server)';

/** The variable the Go helper reads (sandboxes/internal/services/database.go). */
export const envVar = (name: ServiceName) => `GOPITFALLS_${name.toUpperCase()}_DSN`;

export interface RunningService {
  name: ServiceName;
  dsn: string;
  /** The server's own answer to SHOW server_version / SELECT VERSION(), with its product name. */
  version: string;
  pid: number;
  dir: string;
  startMs: number;
}

/** The supervisor's one JSON line; throws with the server's own log excerpt when it failed. */
export function parseSupervisorLine(line: string, name: ServiceName): RunningService {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new Error(`the ${name} supervisor printed ${JSON.stringify(line.slice(0, 300)) || 'nothing'} instead of its JSON line; ${INSTALL_HINT}`);
  }
  if (typeof data.error === 'string') throw new Error(`${name} did not start: ${data.error}`);
  const { dsn, version, pid, dir, startMs } = data;
  if (typeof dsn !== 'string' || typeof version !== 'string' || typeof pid !== 'number' || typeof dir !== 'string' || typeof startMs !== 'number') {
    throw new Error(`the ${name} supervisor's line lacks dsn, version, pid, dir or startMs: ${line}`);
  }
  return { name, dsn, version, pid, dir, startMs };
}

/**
 * The version an installed server binary reports (`postgres --version`, `mariadbd --version`),
 * written the way the running server reports itself, so the cache key (hash.ts) can include it
 * without starting a server and it matches what the proof record stores.
 */
export function versionFromBinary(name: ServiceName, text: string): string | undefined {
  if (name === 'postgres') {
    const m = /\(PostgreSQL\)\s+(\S+(?:\s+\([^)]*\))?)/.exec(text);
    return m ? `PostgreSQL ${m[1]}` : undefined;
  }
  const m = /Ver\s+(\S+-MariaDB\S*)/.exec(text);
  return m ? `MariaDB ${m[1]}` : undefined;
}

/** For the page: `PostgreSQL 15.18 (Debian 15.18-0+deb12u1)` reads `PostgreSQL 15.18 (Debian)`. */
export function displayVersion(version: string): string {
  const pg = /^(PostgreSQL \S+)(?: \((\w+)[^)]*\))?/.exec(version);
  if (pg) return pg[2] ? `${pg[1]} (${pg[2]})` : pg[1];
  const maria = /^MariaDB (\d+\.\d+\.\d+)-MariaDB(?:-\S*?(deb|ubu)\S*)?/.exec(version);
  if (maria) return `MariaDB ${maria[1]}${maria[2] === 'deb' ? ' (Debian)' : maria[2] === 'ubu' ? ' (Ubuntu)' : ''}`;
  return version;
}
