/**
 * The search box (src/components/SiteSearch.astro, src/client/search.ts): nothing of it loads
 * before a reader asks; pasted messages, identifiers and IDs find their page; the keyboard works
 * end to end; filters narrow; hub pages are never results. Ranking quality over the whole query
 * set is measured by npm run search:eval, not here.
 */
import { expect, test, type Page } from '@playwright/test';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the pitfalls' });
const box = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the pitfalls' });
const options = (page: Page) => dialog(page).getByRole('listbox', { name: 'Matching pitfalls' }).getByRole('option');

/** Open search from the home page and type a query; resolves once results (or the "nothing" message) are shown. */
async function search(page: Page, query: string, from = '/') {
  await page.goto(from);
  await page.getByRole('button', { name: 'Search' }).click();
  await box(page).fill(query);
  await expect(dialog(page).getByRole('status')).toHaveText(new RegExp(`matching pitfall|Nothing matches “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`), { timeout: 15_000 });
}

/** The pages the results lead to, in order. */
const hrefs = (page: Page) => options(page).locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

test('no search code is requested until the reader opens search; then the index and ranking load from our own origin', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/pitfalls/concurrent-map-writes/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /pagefind|search\.[A-Za-z0-9_-]+\.js/.test(u))).toEqual([]);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(box(page)).toBeFocused();
  await box(page).fill('nil map');
  await expect(options(page).first()).toBeVisible({ timeout: 15_000 });
  const searchRequests = requests.filter((u) => /pagefind/.test(u));
  expect(searchRequests.length).toBeGreaterThan(0);
  expect(searchRequests.filter((u) => !u.startsWith(baseURL!))).toEqual([]);
});

for (const id of ['HTTP-001', 'http-001', 'SQL-001', 'ctx-002']) {
  test(`the ID ${id} finds its page first`, async ({ page }) => {
    await search(page, id);
    await expect(options(page).first()).toContainText(id.toUpperCase());
  });
}

test('a result shows its page\'s summary with the query\'s words marked, not the page\'s list of names', async ({ page }) => {
  await search(page, 'sync.Map');
  const first = options(page).first();
  const summary = (await (await page.request.get('/api/pitfalls.json')).json()).pitfalls.find((p: { slug: string }) => p.slug === 'concurrent-map-writes').summary as string;
  await expect(first.locator('.excerpt')).toHaveText(summary);
  await expect(first.locator('.excerpt mark').first()).toBeVisible();
});

// What an engineer pastes from a log: the message leads to the page that declares it.
for (const [pasted, slug] of [
  ['assignment to entry in nil map', 'nil-map-write-panic'],
  ['panic: assignment to entry in nil map', 'nil-map-write-panic'],
  ['fatal error: concurrent map writes', 'concurrent-map-writes'],
  ['the cancel function returned by context.WithTimeout should be called', 'context-cancel-not-called'],
  ['ReadHeaderTimeout', 'http-server-no-timeouts'],
  ['http.MaxBytesReader', 'server-request-body-unbounded'],
]) {
  test(`"${pasted}" finds ${slug} first`, async ({ page }) => {
    await search(page, pasted);
    expect((await hrefs(page))[0]).toBe(`/pitfalls/${slug}/`);
  });
}

test('a symptom in plain words finds its page even when no page has every word', async ({ page }) => {
  await search(page, 'json time zone lost after round trip');
  expect((await hrefs(page)).slice(0, 3)).toContain('/pitfalls/time-json-location-lost/');
});

test('keyboard only: / opens it, arrows choose a result, Enter opens it; Escape closes', async ({ page }) => {
  await page.goto('/pitfalls/json-nil-slice-null/');
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  // While typing in the field, / is just a character.
  await page.keyboard.type('net/http');
  await expect(box(page)).toHaveValue('net/http');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  await box(page).fill('concurrent map writes');
  // The status first: when this fails, the message it shows says why (loading, nothing, failed).
  await expect(dialog(page).getByRole('status')).toHaveText(/matching pitfall/, { timeout: 15_000 });
  await expect(options(page).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = options(page).nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  const first = (await hrefs(page))[0];
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${first}$`));
});

test('a search index that fails to download says so, and typing again retries', async ({ page }) => {
  // The connection drops until the reader types again.
  let refuse = true;
  let refused = 0;
  await page.route('**/pagefind/pagefind.js', (route) => (refuse ? (refused++, route.abort('connectionreset')) : route.continue()));
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(dialog(page).getByRole('status')).toHaveText(/could not be loaded.*Type again/, { timeout: 15_000 });
  expect(refused).toBeGreaterThan(0);
  refuse = false;
  await box(page).fill('nil map');
  await expect(dialog(page).getByRole('status')).toHaveText(/matching pitfall/, { timeout: 15_000 });
  await expect(options(page).first()).toBeVisible();
});

test('Enter straight after pasting opens the first result for what was pasted, not for the query before', async ({ page }) => {
  await search(page, 'assignment to entry in nil map');
  expect((await hrefs(page))[0]).toBe('/pitfalls/nil-map-write-panic/');
  // No pause for the results to change: the list still shows the nil-map results.
  await box(page).fill('fatal error: concurrent map writes');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/pitfalls\/concurrent-map-writes\/$/);
});

test('Enter without choosing opens the first result', async ({ page }) => {
  await search(page, 'assignment to entry in nil map');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/pitfalls\/nil-map-write-panic\/$/);
});

test('results are pitfall pages only: no catalogue, track or progress page', async ({ page }) => {
  for (const q of ['track', 'progress', 'all pitfalls', 'context']) {
    await search(page, q);
    for (const h of await hrefs(page)) expect(h, `result for "${q}"`).toMatch(/^\/pitfalls\/[a-z0-9-]+\/$|^\/(api\/)?$/);
  }
});

test('the severity filter narrows the results to what the API lists as critical', async ({ page, request }) => {
  const api = (await (await request.get('/api/pitfalls.json')).json()) as { pitfalls: { slug: string; severity: string }[] };
  const critical = new Set(api.pitfalls.filter((p) => p.severity === 'critical').map((p) => `/pitfalls/${p.slug}/`));
  await search(page, 'context');
  const before = await hrefs(page);
  await dialog(page).getByLabel('Severity').selectOption('critical');
  await expect.poll(async () => (await hrefs(page)).join() !== before.join(), { timeout: 10_000 }).toBe(true);
  const after = await hrefs(page);
  expect(after.length).toBeGreaterThan(0);
  expect(after.filter((h) => !critical.has(h))).toEqual([]);
});

test('nothing found says so and suggests what to paste', async ({ page }) => {
  await search(page, 'zzqxw');
  await expect(dialog(page).getByRole('status')).toContainText('Nothing matches “zzqxw”');
  await expect(options(page)).toHaveCount(0);
});

test('/search/?q= opens search with the query, so a search can be shared', async ({ page }) => {
  await page.goto('/search/?q=concurrent%20map%20writes');
  await expect(box(page)).toHaveValue('concurrent map writes');
  await expect(options(page).first()).toBeVisible({ timeout: 15_000 });
  expect((await hrefs(page))[0]).toBe('/pitfalls/concurrent-map-writes/');
});
