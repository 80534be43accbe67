/**
 * node scripts/serve.ts [--port 4321] [--dir dist] [--mount /url=file …] — serve the built site
 * the way our static hosts do (scripts/lib/staticServer.ts: security headers from dist/_headers,
 * gzip, 404.html). npm start, the Playwright tests and bench all use it. --port 0 picks a free
 * port; the line it prints names the URL (e2e/csp.spec.ts reads it). --mount serves one more file
 * at a URL path, for tests only (playwright.config.ts mounts axe-core).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from './lib/staticServer.ts';

const USAGE = 'usage: node scripts/serve.ts [--port 4321] [--dir dist] [--mount /url/path=file …]';
let values: { port?: string; dir?: string; mount?: string[] };
try {
  ({ values } = parseArgs({ options: { port: { type: 'string' }, dir: { type: 'string' }, mount: { type: 'string', multiple: true } } }));
} catch (e) {
  console.error(`serve: ${(e as Error).message.split('. ')[0]}; ${USAGE}`);
  process.exit(1);
}
const mounts: Record<string, string> = {};
for (const m of values.mount ?? []) {
  const [url, file] = m.split('=');
  if (!url?.startsWith('/') || !file) {
    console.error(`serve: --mount ${m}: write it as /url/path=file; ${USAGE}`);
    process.exit(1);
  }
  if (!fs.existsSync(file)) {
    console.error(`serve: --mount ${m}: ${file} not found (npm install provides node_modules)`);
    process.exit(1);
  }
  mounts[url] = file;
}
const port = Number(values.port ?? process.env.PORT ?? 4321);
const root = path.resolve(values.dir ?? 'dist');
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found; run npm run build:local first (npm run build with SITE_URL for a deploy)`);
  process.exit(1);
}
if (!fs.existsSync(path.join(root, '_headers'))) console.warn(`serve: no ${path.relative(process.cwd(), path.join(root, '_headers'))}; serving without security headers (run node scripts/csp.ts)`);

const server = await startStaticServer(root, port, undefined, mounts);
console.log(`serve: ${path.relative(process.cwd(), root) || root}/ on ${server.url}/`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.close().then(() => process.exit(0)));
