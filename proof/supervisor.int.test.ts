/**
 * The runner's side of the database services (supervisor.ts) with real servers: a Node process
 * starts PostgreSQL the way run-proofs.ts does and is then SIGKILLed, as an interrupted
 * `npm run proofs` would be. No server process and no data directory may remain.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';

/** Alive and not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

const script = `
import { startServices } from './proof/supervisor.ts';
const s = await startServices(['postgres'], 'sandboxes');
console.log(JSON.stringify(s.running[0]));
setInterval(() => {}, 1000); // a runner busy proving
`;

describe('database services started by the runner', () => {
  it('are gone, process and directory, after the runner is SIGKILLed', async () => {
    const runner = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    // An empty line when the runner died before printing (its error is on stderr).
    const line = await new Promise<string>((resolve) => {
      createInterface({ input: runner.stdout! }).once('line', resolve);
      runner.once('exit', () => resolve(''));
    });
    expect(line, 'the runner did not start PostgreSQL (its error is above)').not.toBe('');
    const server = JSON.parse(line) as { pid: number; dir: string; version: string; dsn: string };
    expect(server.version).toMatch(/^PostgreSQL \d+\.\d+/);
    expect(server.dsn).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres/);
    expect(alive(server.pid)).toBe(true);
    expect(fs.existsSync(server.dir)).toBe(true);

    runner.kill('SIGKILL');
    const deadline = Date.now() + 15_000;
    while ((alive(server.pid) || fs.existsSync(server.dir)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(alive(server.pid), `postgres (pid ${server.pid}) still running 15s after its runner was killed`).toBe(false);
    expect(fs.existsSync(server.dir), `${server.dir} still there 15s after its runner was killed`).toBe(false);
  });

  // The harness's own Go tests: a SIGKILLed stand-in runner for both servers, and a server that
  // refuses to start. Run here so CI runs them (the proofs run only sandboxes' proof tests).
  it('pass the harness\'s Go tests (go test ./internal/services/)', () => {
    const r = spawnSync('go', ['test', '-count=1', './internal/services/'], { cwd: 'sandboxes', encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local' } });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});
