/**
 * The Content-Security-Policy (src/lib/csp.ts, written to dist/_headers by scripts/csp.ts)
 * enforced by scripts/serve.ts, which this file starts on a free port of its own (so it does
 * not depend on the Playwright webServer): every kind of page loads, search runs, the quiz
 * grades and the Monaco diff editor opens (worker and codicon font) with no CSP violation.
 */
import { expect, test, type Page } from '@playwright/test';

/** Collects CSP violations: console reports (page and workers) and securitypolicyviolation events. */
async function watch(page: Page) {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(`console: ${m.text()}`); });
  page.on('worker', (w) => w.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(`worker console: ${m.text()}`); }));
  page.on('pageerror', (e) => { if (/Content.Security.Policy|unsafe-eval|unsafe-inline/i.test(e.message)) violations.push(`pageerror: ${e.message}`); });
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(`event: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return violations;
}

async function open(page: Page, path: string) {
  const response = await page.goto(path);
  const csp = response?.headers()['content-security-policy'] ?? '';
  // The policy really is applied, and it is the strict one.
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  await page.waitForLoadState('networkidle');
  return response!;
}

const PAGES = [
  ['home', '/'],
  ['catalogue', '/pitfalls/'],
  ['pitfall', '/pitfalls/concurrent-map-writes/'],
  ['tracks', '/tracks/'],
  ['track', '/tracks/http-services/'],
  ['progress', '/progress/'],
  ['api', '/api/'],
] as const;

for (const [kind, path] of PAGES) {
  test(`${kind} page (${path}) loads with no CSP violation`, async ({ page }) => {
    const violations = await watch(page);
    const response = await open(page, path);
    expect(response.status()).toBe(200);
    await expect(page.locator('main')).toBeVisible();
    expect(violations).toEqual([]);
  });
}

test('the 404 page is served with status 404 and the policy, with no violation', async ({ page }) => {
  const violations = await watch(page);
  const response = await open(page, '/no-such-page/');
  expect(response.status()).toBe(404);
  expect(violations).toEqual([]);
});

test('the server behaves like the static hosts: gzip for text, a year of caching only for hashed assets', async ({ request }) => {
  const page = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(page.headers()['content-encoding']).toBe('gzip');
  expect(page.headers()['cache-control']).toBe('no-cache');
  const html = await page.text();
  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
  expect(css, 'the home page links a hashed stylesheet').toBeTruthy();
  const asset = await request.get(css!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-security-policy']).toBeTruthy();
  const plain = await request.get('/', { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
});

test('search (Pagefind, WebAssembly) finds a pitfall with no CSP violation', async ({ page }) => {
  const violations = await watch(page);
  await open(page, '/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search the pitfalls' }).getByRole('combobox', { name: 'Search the pitfalls' }).fill('slowloris');
  await expect(page.getByRole('dialog').getByRole('listbox').getByRole('option').first()).toBeVisible({ timeout: 15_000 });
  expect(violations).toEqual([]);
});

test('the quiz grades an answer with no CSP violation', async ({ page }) => {
  const violations = await watch(page);
  await open(page, '/pitfalls/concurrent-map-writes/');
  const q = page.locator('form.quiz-question[data-kind="choice"]').first();
  const correct: number[] = JSON.parse((await q.getAttribute('data-correct')) ?? '[]');
  for (const i of correct) await q.locator('input').nth(i).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.quiz-feedback')).toHaveAttribute('data-result', 'right');
  expect(violations).toEqual([]);
});

test('the Monaco diff editor opens (same-origin worker and codicon font) with no CSP violation', async ({ page }) => {
  const violations = await watch(page);
  const requests: string[] = [];
  page.on('requestfinished', (r) => requests.push(r.url()));
  await open(page, '/pitfalls/context-cancel-not-called/');
  await page.getByRole('button', { name: 'Open in the diff editor' }).click();
  const editor = page.getByRole('region', { name: /^Diff editor:/ });
  // Monaco is a few MB to parse on a loaded 2-core machine: wait for the launcher to say it is open.
  await expect(page.locator('diff-editor-launcher').getByRole('status')).toHaveText(/^Diff editor open/, { timeout: 45_000 });
  await expect(editor).toBeVisible();
  // The diff is computed in the worker: changed lines are only marked once it has answered.
  await expect(editor.locator('.editor.modified .view-lines')).toContainText('defer cancel()');
  await expect(editor.locator('.line-insert, .char-insert').first()).toBeAttached({ timeout: 15_000 });
  await expect.poll(() => requests.some((u) => /editor\.worker-[^/]*\.js$/.test(u))).toBe(true);
  await expect.poll(() => requests.some((u) => /codicon-[^/]*\.ttf$/.test(u))).toBe(true);
  expect(violations).toEqual([]);
});
