#!/usr/bin/env node
/**
 * node scripts/setup.mjs
 *
 * Makes a fresh clone ready: npm dependencies (which bring Node 22 for Astro), Go 1.26,
 * the sandboxes' Go modules, Debian's Chromium, which both the browser tests and the
 * CORS proofs drive (a real cross-origin fetch; sandboxes/internal/browser), and Debian's
 * PostgreSQL and MariaDB servers for the database proofs (sandboxes/internal/services).
 * Runs on the system Node (20 is fine): plain JavaScript, no dependencies. Installs what
 * it can (npm, Go modules, apt-get as root on Debian) and otherwise says exactly what to
 * install. Idempotent and quick when everything is present.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const started = Date.now();
const step = (msg) => console.log(`setup: ${msg}`);
const die = (msg) => {
  console.error(`setup: ${msg}`);
  process.exit(1);
};
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) die(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
};

// 1. npm dependencies, reinstalled when package-lock.json is newer than the install.
const lock = 'package-lock.json';
const stamp = 'node_modules/.package-lock.json';
if (!fs.existsSync(stamp) || fs.statSync(lock).mtimeMs > fs.statSync(stamp).mtimeMs + 1000) {
  // `npm install`, not `npm ci`: npm 11 leaves other platforms' optional binaries
  // (@pagefind/*, @astrojs/compiler-binding-*) out of the lock file and then `npm ci`
  // refuses it as out of sync. `npm install` still installs the locked versions.
  step('installing npm dependencies (npm install)…');
  run('npm', ['install', '--no-audit', '--no-fund']);
}

// 2. Go 1.26 or newer, never downloading another toolchain.
let goVersion = '';
try {
  goVersion = execFileSync('go', ['env', 'GOVERSION'], { env: { ...process.env, GOTOOLCHAIN: 'local' }, encoding: 'utf8' }).trim();
} catch {
  die('Go is not installed. Install Go 1.26 or newer from https://go.dev/dl/ (or your package manager) and put its bin/ on PATH, then run this command again.');
}
const [, major, minor] = /^go(\d+)\.(\d+)/.exec(goVersion) ?? [];
if (!(Number(major) > 1 || Number(minor) >= 26)) die(`found ${goVersion}; the sandboxes need Go 1.26 or newer from https://go.dev/dl/`);

// 3. The sandboxes' Go modules (go.sum is committed; this only downloads).
step(`${goVersion}: downloading Go modules for sandboxes/…`);
// The runner's own test fixtures are a second module (it pins staticcheck too).
for (const cwd of ['sandboxes', 'proof/fixtures']) {
  run('go', ['mod', 'download'], { cwd, env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=readonly' } });
}

// 4. The analysers the detectors run (staticcheck, gosec, bodyclose, shadow: `tool` lines in
// go.mod), built once into Go's cache now. Otherwise the first proofs to need one build it in
// parallel, each its own copy, while the other proofs wait for the CPU.
const tools = [...fs.readFileSync('sandboxes/go.mod', 'utf8').matchAll(/^\s*([\w.-]+\/[\w./-]+)\s*$/gm)].map((m) => m[1].split('/').pop());
step(`building the pinned analysers (${tools.join(', ')})…`);
for (const tool of tools) {
  run('go', ['tool', '-n', tool], { cwd: 'sandboxes', stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=readonly' } });
}

// 5. Debian packages: Chromium for Playwright and the CORS proofs (Playwright's own browser
// download cannot work offline), PostgreSQL and MariaDB for the proofs that declare
// `services:` in proof.yaml (sandboxes/internal/services starts them; Debian keeps the
// postgres binaries in a versioned directory off PATH, hence the glob). One apt-get run
// installs whatever is missing; nothing runs when all three are present.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (process.env.CHROMIUM_PATH && !fs.existsSync(chromium)) die(`CHROMIUM_PATH=${chromium} does not exist: point it at a Chromium or Chrome binary`);
const pgDir = '/usr/lib/postgresql';
const hasPostgres = fs.existsSync(pgDir) && fs.readdirSync(pgDir).some((v) => fs.existsSync(`${pgDir}/${v}/bin/postgres`));
const missing = [
  !fs.existsSync(chromium) && 'chromium',
  !hasPostgres && 'postgresql',
  !fs.existsSync('/usr/sbin/mariadbd') && 'mariadb-server',
].filter(Boolean);
if (missing.length) {
  const install = `apt-get install -y ${missing.join(' ')}`;
  const root = process.getuid?.() === 0;
  const apt = fs.existsSync('/usr/bin/apt-get');
  if (!(root && apt)) die(`the browser tests and proofs need ${missing.join(', ')}. On Debian/Ubuntu: sudo ${install}`);
  step(`installing Debian's ${missing.join(', ')} with apt-get (about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const r = spawnSync('sh', ['-c', `apt-get update -q && ${install.replace('-y', '-y -q')}`], { stdio: 'inherit', env });
  if (r.status !== 0) die(`${install} failed (exit ${r.status ?? r.signal}); run it yourself as root and read apt's message above`);
}
// npm test's timing table (scripts/test-all.ts) reads how long set-up took.
fs.mkdirSync('.cache', { recursive: true });
fs.writeFileSync('.cache/setup-timing.json', JSON.stringify({ secs: (Date.now() - started) / 1000, at: new Date().toISOString() }) + '\n');
step(`ready (${((Date.now() - started) / 1000).toFixed(1)}s).`);
