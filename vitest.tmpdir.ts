/**
 * Vitest global setup: every test run gets one private temporary directory, and everything the
 * tests create under os.tmpdir() (fixture copies, caches, the proof engine's Go work dirs, which
 * follow TMPDIR too) is removed with it when the run ends, passed or failed. Without this each run
 * left about forty directories in /tmp.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'go-pitfalls-vitest-'));
  // Workers and the child processes tests spawn inherit the environment, and os.tmpdir() reads it.
  process.env.TMPDIR = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
