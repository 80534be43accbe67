/**
 * node scripts/bench-diff-editor.ts [--port 4406] [--runs 5] [--page /pitfalls/<slug>/]
 *
 * How fast "Open in the diff editor" shows the diff, measured against a server that is already
 * running (node scripts/serve.ts --port N): for each run a fresh browser context (empty HTTP
 * cache, warm server), the page loaded and settled, then
 *   click        the time from the click to the modified side's first line being on screen;
 *   hover+click  the pointer rests on the button for --dwell ms (a reader's hover before the
 *                click; the launcher starts fetching then), and the same time from the click.
 * Both times are taken in the page (performance.now() at the click's capture, then a
 * requestAnimationFrame loop until the text is painted), so Playwright's polling does not blur
 * them. Prints the median of --runs and the bundle's bytes (raw and gzip) in public/vendor/diff-editor.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';

const { values } = parseArgs({ options: { port: { type: 'string' }, runs: { type: 'string' }, page: { type: 'string' }, dwell: { type: 'string' } } });
const base = `http://localhost:${values.port ?? '4406'}`;
const runs = Number(values.runs ?? 5);
const pagePath = values.page ?? '/pitfalls/context-cancel-not-called/';
const dwell = Number(values.dwell ?? 300);

async function once(browser: Browser, hover: boolean): Promise<number> {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(pagePath);
  await page.waitForLoadState('networkidle');
  const button = page.getByRole('button', { name: 'Open in the diff editor' }).first();
  await button.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const w = window as unknown as { __t0?: number; __shown?: Promise<number> };
    w.__shown = new Promise<number>((resolve) => {
      const tick = () => {
        const lines = document.querySelector('diff-editor-launcher .editor.modified .view-lines');
        if (w.__t0 !== undefined && lines && (lines.textContent ?? '').trim()) resolve(performance.now() - w.__t0);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    document.addEventListener('click', () => { w.__t0 ??= performance.now(); }, { capture: true });
  });
  if (hover) {
    await button.hover();
    await page.waitForTimeout(dwell);
  }
  await button.click();
  const ms = await page.evaluate(() => (window as unknown as { __shown: Promise<number> }).__shown);
  await context.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  await once(browser, false); // warm the server's gzip cache and the OS file cache
  for (const hover of [false, true]) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await once(browser, hover));
    console.log(`${hover ? `hover ${dwell} ms + click` : 'click'}: median ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`);
  }
} finally {
  await browser.close();
}

const dir = path.join(process.cwd(), 'public/vendor/diff-editor');
let raw = 0;
let gzip = 0;
for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
  const file = path.join(dir, f);
  if (!fs.statSync(file).isFile()) continue;
  const body = fs.readFileSync(file);
  raw += body.length;
  gzip += zlib.gzipSync(body).length;
  console.log(`  ${String(body.length).padStart(9)} ${String(zlib.gzipSync(body).length).padStart(9)}  ${f}`);
}
console.log(`bundle: ${(raw / 1024).toFixed(0)} KiB raw, ${(gzip / 1024).toFixed(0)} KiB gzip`);
