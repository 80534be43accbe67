/**
 * node scripts/bench-proofs.ts — how long the proofs take.
 *
 *   cold: empty proof cache and an empty Go build cache (a fresh CI machine, modules downloaded)
 *   rerun: --force with the Go build cache warm (every proof really runs again)
 *   warm: unchanged tree, results from the proof cache (what `npm run proofs` costs day to day)
 *
 * Prints a table and writes .cache/bench-proofs.json. Not part of npm test (it takes minutes).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const gocache = fs.mkdtempSync(path.join(os.tmpdir(), 'gocache-'));
const proofCache = fs.mkdtempSync(path.join(os.tmpdir(), 'proofcache-'));

function time(label: string, args: string[], env: Record<string, string>) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['scripts/run-proofs.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', GOPITFALLS_PROOF_CACHE: proofCache, ...env },
  });
  const secs = (Date.now() - t0) / 1000;
  const summary = r.stdout.trimEnd().split('\n').at(-1);
  console.log(`${label.padEnd(6)} ${secs.toFixed(1).padStart(7)}s  ${summary}`);
  return { label, secs, summary };
}

console.log(`proof timings on ${os.availableParallelism()} cores`);
const rows = [
  time('cold', [], { GOCACHE: gocache }),
  time('rerun', ['--force'], { GOCACHE: gocache }),
  time('warm', [], { GOCACHE: gocache }),
];
fs.rmSync(gocache, { recursive: true, force: true });
fs.rmSync(proofCache, { recursive: true, force: true });
fs.mkdirSync('.cache', { recursive: true });
fs.writeFileSync('.cache/bench-proofs.json', JSON.stringify({ cores: os.availableParallelism(), rows }, null, 2) + '\n');
