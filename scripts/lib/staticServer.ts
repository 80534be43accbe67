/**
 * The one static server for the built site (npm start, the e2e tests, bench, scale). It behaves
 * like the static hosts we deploy to: it applies the headers of <root>/_headers
 * (Netlify/Cloudflare Pages format, written by scripts/csp.ts, so the Content-Security-Policy is
 * enforced locally), serves <dir>/index.html for directory URLs, redirects /dir to /dir/, and
 * answers unknown paths with 404.html and status 404. GET and HEAD only. Like those hosts it
 * gzips text responses (HTML, CSS, JS, JSON, SVG) for clients that accept it: without that,
 * Lighthouse measured a 200 KB pitfall page at its raw size and scored a download that no real
 * visitor makes. Cache-Control comes from _headers (immutable for hashed /_astro/ files), else no-cache.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { matchesPattern, parseHeadersFile } from './csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
  '.ico': 'image/x-icon', '.ttf': 'font/ttf', '.woff': 'font/woff', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.webmanifest': 'application/manifest+json', '.map': 'application/json',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_filter': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;
const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();
/** Read and gzip once per file version (a rebuild changes mtime); a hit costs one stat. */
function gzipped(file: string): Buffer {
  const mtimeMs = fs.statSync(file).mtimeMs;
  const hit = gzipCache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const body = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
  gzipCache.set(file, { mtimeMs, body });
  return body;
}

export interface StaticServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * Serve `root` on `port` (0 picks a free one) on all interfaces' localhost. `mounts` adds files
 * from outside the build at fixed URL paths (the tests mount axe-core, so that the browser caches
 * it and its compiled code across pages instead of parsing it afresh on every page); they are
 * served as immutable and take precedence over the build.
 */
export function startStaticServer(rootDir: string, port = 0, host?: string, mounts: Record<string, string> = {}): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const headersPath = path.join(root, '_headers');

  /** Re-read on each request, so a rebuilt site's new hashes apply without a restart. */
  function headersFor(urlPath: string): [string, string][] {
    if (!fs.existsSync(headersPath)) return [];
    return parseHeadersFile(fs.readFileSync(headersPath, 'utf8')).filter((r) => matchesPattern(r.pattern, urlPath)).flatMap((r) => r.headers);
  }

  /** The file for a URL path, or a redirect for a directory without its trailing slash. */
  function lookup(urlPath: string): { file?: string; redirect?: string } {
    if (mounts[urlPath]) return { file: path.resolve(mounts[urlPath]) };
    const p = path.join(root, path.normalize(urlPath));
    if (p !== root && !p.startsWith(root + path.sep)) return {};
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (stat?.isFile()) return { file: p };
    if (stat?.isDirectory()) {
      if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
      const index = path.join(p, 'index.html');
      return fs.existsSync(index) ? { file: index } : {};
    }
    if (!path.extname(p) && fs.existsSync(`${p}.html`)) return { file: `${p}.html` };
    return {};
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      urlPath = '/';
    }
    for (const [k, v] of headersFor(url.pathname)) res.setHeader(k, v);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { file, redirect } = lookup(urlPath);
    if (redirect) {
      res.writeHead(301, { Location: redirect + url.search }).end();
      return;
    }
    const notFound = path.join(root, '404.html');
    const target = file ?? (fs.existsSync(notFound) ? notFound : undefined);
    if (!target) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const type = TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
    const head: http.OutgoingHttpHeaders = { 'Content-Type': type, Vary: 'Accept-Encoding' };
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipped(target) : fs.readFileSync(target);
    if (gzip) head['Content-Encoding'] = 'gzip';
    head['Content-Length'] = body.length;
    if (mounts[urlPath]) head['Cache-Control'] = 'public, max-age=31536000, immutable';
    else if (!res.hasHeader('Cache-Control')) head['Cache-Control'] = 'no-cache';
    res.writeHead(file ? 200 : 404, head);
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  // Node closes an idle keep-alive socket after 5 s while a client may be reusing it at that very
  // moment (the client sees ECONNRESET); on a busy machine search:eval hit that race. A long idle
  // timeout removes it, and close() below ends the idle sockets itself.
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ url: `http://${host ?? 'localhost'}:${actual}`, port: actual, close: () => new Promise((r) => { server.close(() => r()); server.closeIdleConnections(); }) });
    });
  });
}
