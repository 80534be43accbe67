/**
 * When a pitfall last changed: the newest commit touching its page or sandbox, or the
 * files' modification time for work not yet committed (or without git).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

export function lastUpdated(paths: string[]): string {
  try {
    const dirty = execFileSync('git', ['status', '--porcelain', '--', ...paths], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', ...paths], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (committed && !dirty) return new Date(committed).toISOString();
  } catch {
    /* no git: fall back to the files */
  }
  return new Date(Math.max(...paths.map(newestMtime)) || Date.now()).toISOString();
}
