/**
 * Byte accounting for what a page makes the browser download: every response is classed
 * (document, stylesheet, script, font, image, other) and summed raw and gzipped. The gzip size
 * is computed here with zlib on the body, because `astro preview` (like the e2e server) does not
 * compress; it stands for what a static host that gzips would send.
 *
 * Shared by scripts/bench.ts (the numbers) and e2e/budgets.spec.ts (the byte budgets).
 * The recorder at the bottom works on a Playwright page; everything above it is pure.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from '@playwright/test';

/** Anything of Monaco: the vendor bundle, its chunks, CSS, codicon font and editor worker (loaded on click only). */
export const MONACO = /\/vendor\/diff-editor\/|monaco|codicon|editor\.worker/i;

export const KINDS = ['document', 'stylesheet', 'script', 'font', 'image', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface Transfer {
  url: string;
  kind: Kind;
  /** Body bytes as served (uncompressed). */
  raw: number;
  /** The same body gzipped with zlib's default level. */
  gzip: number;
}

export interface Tally {
  count: number;
  raw: number;
  gzip: number;
}
export type Summary = Record<Kind | 'total', Tally>;

const BY_EXTENSION: [RegExp, Kind][] = [
  [/\.(?:html?)$/, 'document'],
  [/\.css$/, 'stylesheet'],
  [/\.(?:m?js)$/, 'script'],
  [/\.(?:woff2?|ttf|otf|eot)$/, 'font'],
  [/\.(?:png|jpe?g|gif|webp|avif|svg|ico)$/, 'image'],
];

const BY_CONTENT_TYPE: [RegExp, Kind][] = [
  [/^text\/html/, 'document'],
  [/^text\/css/, 'stylesheet'],
  [/javascript|ecmascript/, 'script'],
  [/^font\/|font-|application\/x-font/, 'font'],
  [/^image\//, 'image'],
];

/**
 * The class of one response. Chromium's resource type decides when it names one of our classes
 * (document, stylesheet, script, font, image); a fetch/xhr/other response (a worker script, a
 * font pulled in by a lazily injected stylesheet, Pagefind's index chunks) is classed by its
 * content type, then by its file extension, else it stays "other".
 */
export function classify(resourceType: string, url: string, contentType = ''): Kind {
  if ((KINDS as readonly string[]).includes(resourceType) && resourceType !== 'other') return resourceType as Kind;
  const type = contentType.toLowerCase().split(';')[0]!.trim();
  for (const [re, kind] of BY_CONTENT_TYPE) if (re.test(type)) return kind;
  let pathname = url;
  try {
    pathname = new URL(url).pathname;
  } catch {
    // not a URL: class the string as a path
  }
  for (const [re, kind] of BY_EXTENSION) if (re.test(pathname.toLowerCase())) return kind;
  return 'other';
}

export function gzipSize(body: Uint8Array | string): number {
  return body.length === 0 ? 0 : gzipSync(body).length;
}

export function measure(url: string, kind: Kind, body: Uint8Array | string): Transfer {
  return { url, kind, raw: typeof body === 'string' ? Buffer.byteLength(body) : body.length, gzip: gzipSize(body) };
}

export function emptySummary(): Summary {
  return Object.fromEntries([...KINDS, 'total'].map((k) => [k, { count: 0, raw: 0, gzip: 0 }])) as Summary;
}

/** Counts and byte sums per class and in total. */
export function summarize(transfers: readonly Transfer[]): Summary {
  const s = emptySummary();
  for (const t of transfers) {
    for (const key of [t.kind, 'total'] as const) {
      s[key].count += 1;
      s[key].raw += t.raw;
      s[key].gzip += t.gzip;
    }
  }
  return s;
}

/** 1234 → "1.2 KB", 1234567 → "1.18 MB" (1 KB = 1024 bytes, as the budgets are written). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}

export const KB = 1024;

/**
 * Records every response a Playwright page receives, with its body measured. Call `phase()` to
 * start a new bucket (e.g. "lazy" after a click); `settle()` waits until the network has been
 * quiet (no request in flight for `quietMs`) and every body is measured — Playwright's own
 * "networkidle" cannot be awaited twice, so phases after the first need this.
 * `firstLoad()` also lets the page's idle callbacks start their imports (Starlight loads the
 * Pagefind UI on requestIdleCallback) so they count, every time, as part of the first load.
 * Use a fresh browser context per page so nothing comes from the HTTP cache.
 */
export function recordTransfers(page: Page) {
  const phases = new Map<string, Transfer[]>([['initial', []]]);
  let current = 'initial';
  const pending: Promise<void>[] = [];
  const inflight = new Set<Request>();
  let lastActivity = Date.now();
  const onRequest = (request: Request) => {
    inflight.add(request);
    lastActivity = Date.now();
  };
  const onDone = (request: Request) => {
    inflight.delete(request);
    lastActivity = Date.now();
  };
  const onResponse = (response: Response) => {
    const bucket = phases.get(current)!;
    pending.push(
      (async () => {
        const request = response.request();
        if (response.status() >= 300 && response.status() < 400) return; // a redirect has no body
        let body: Buffer;
        try {
          body = await response.body();
        } catch {
          return; // the page navigated away or the body was evicted; nothing was kept
        }
        const kind = classify(request.resourceType(), response.url(), response.headers()['content-type']);
        bucket.push(measure(response.url(), kind, body));
      })(),
    );
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('response', onResponse);

  async function settle({ quietMs = 500, timeoutMs = 60_000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    while (inflight.size > 0 || Date.now() - lastActivity < quietMs) {
      if (Date.now() > deadline) {
        throw new Error(`network not quiet after ${timeoutMs} ms; in flight: ${[...inflight].map((r) => r.url()).join(', ')}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    while (pending.length) await Promise.all(pending.splice(0));
  }

  return {
    settle,
    /** Navigates and waits for load, the page's idle callbacks and a quiet network. */
    async firstLoad(url: string) {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(() => new Promise<void>((resolve) => (window.requestIdleCallback ?? setTimeout)(() => resolve())));
      await settle();
    },
    phase(name: string) {
      current = name;
      if (!phases.has(name)) phases.set(name, []);
    },
    transfers(name = 'initial'): Transfer[] {
      return phases.get(name) ?? [];
    },
    stop() {
      page.off('request', onRequest);
      page.off('requestfinished', onDone);
      page.off('requestfailed', onDone);
      page.off('response', onResponse);
    },
  };
}
