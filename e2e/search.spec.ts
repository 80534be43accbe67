import { expect, test, type Locator, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  const results = dialog.locator('.pagefind-ui__result');
  // A result is drawn before its data arrives; wait for its link.
  await expect(results.first().locator('a.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
  return results;
}

test('Starlight search finds a pitfall by a word from its body', async ({ page }) => {
  // "slowloris" appears only in the body of the server-timeouts page, not in its title.
  const results = await search(page, 'slowloris');
  await expect(results.first().getByRole('link').first()).toHaveAttribute('href', /http-server-no-timeouts/);
});

for (const id of ['HTTP-001', 'http-001', 'SQL-001', 'ctx-002']) {
  test(`the ID ${id} finds its page first`, async ({ page }) => {
    const results = await search(page, id);
    await expect(results.first()).toContainText(id.toUpperCase());
  });
}

/** The pages the results lead to, in order (sub-results, links to a heading, left out). */
async function pages(results: Locator): Promise<string[]> {
  // Every result drawn so far has its data (a placeholder has no link yet).
  await expect.poll(() => results.evaluateAll((els) => els.every((e) => e.querySelector('a.pagefind-ui__result-link')))).toBe(true);
  return results.locator('a.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '').filter((h) => !h.includes('#')));
}

// An identifier is mentioned on many pages (ReadHeaderTimeout appears wherever a server is built);
// the page about it must be near the top.
for (const [identifier, slug] of [['ReadHeaderTimeout', 'http-server-no-timeouts'], ['SetMaxOpenConns', 'sql-tx-holds-connection'], ['MaxIdleConnsPerHost', 'http-client-per-request']]) {
  test(`the code identifier ${identifier} finds ${slug} among the first three`, async ({ page }) => {
    expect((await pages(await search(page, identifier))).slice(0, 3)).toContain(`/pitfalls/${slug}/`);
  });
}

// What an engineer pastes from a log: the runtime's or the library's own message leads to its page.
for (const [symptom, slug] of [
  ['assignment to entry in nil map', 'nil-map-write-panic'],
  ['interface conversion', 'unchecked-type-assertion-panic'],
  ['http: superfluous response.WriteHeader call', 'header-set-after-write'],
  ['concurrent map writes', 'concurrent-map-writes'],
]) {
  test(`the message "${symptom}" finds ${slug} first`, async ({ page }) => {
    expect((await pages(await search(page, symptom)))[0]).toBe(`/pitfalls/${slug}/`);
  });
}

test('the symptom "too many open files" finds file-handle-not-closed among the first three', async ({ page }) => {
  expect((await pages(await search(page, 'too many open files'))).slice(0, 3)).toContain('/pitfalls/file-handle-not-closed/');
});

test('results can be narrowed by category, library and severity facets', async ({ page, request }) => {
  const api = (await (await request.get('/api/pitfalls.json')).json()) as { pitfalls: { slug: string; severity: string }[] };
  const critical = new Set(api.pitfalls.filter((p) => p.severity === 'critical').map((p) => `/pitfalls/${p.slug}/`));
  await page.setViewportSize({ width: 1280, height: 900 });
  await search(page, 'context');
  const dialog = page.getByRole('dialog');
  for (const facet of ['Category', 'Library', 'Severity']) await expect(dialog.locator('summary', { hasText: facet })).toBeVisible();
  const message = dialog.locator('.pagefind-ui__message');
  const count = async () => Number((await message.textContent())?.match(/^(\d+) result/)?.[1] ?? NaN);
  await expect(message).toHaveText(/^\d+ results? for context/);
  const before = await count();
  await dialog.locator('summary', { hasText: 'Severity' }).click();
  const box = dialog.getByLabel(/^critical \(\d+\)$/);
  // The option's count is Pagefind's count among this search's results; it can lag the query
  // (all critical pages, before "context" is applied), so read it together with the message.
  const boxCount = async () => Number((await box.evaluate((el) => el.closest('div')?.textContent ?? '')).match(/\((\d+)\)/)?.[1]);
  await box.check();
  await expect.poll(async () => { const n = await count(); return n > 0 && n < before && n === (await boxCount()); }, { timeout: 10_000 }).toBe(true);
  const expected = await count();
  // Every remaining result is a critical pitfall (as the API lists them).
  const more = dialog.getByRole('button', { name: 'Load more results' });
  const results = dialog.locator('.pagefind-ui__result');
  // Results load their data one by one and five at a time: keep asking for more until all are in.
  await expect.poll(async () => {
    if (await more.isVisible()) await more.click();
    return (await pages(results)).length;
  }, { timeout: 10_000 }).toBe(expected);
  const hrefs = await pages(results);
  expect(hrefs.filter((h) => !critical.has(h))).toEqual([]);
});

test('the / key opens search, but not while typing in a field', async ({ page }) => {
  await page.goto('/pitfalls/json-nil-slice-null/');
  await page.keyboard.press('/');
  const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
  await expect(box).toBeFocused();
  // While typing in a field, / is just a character.
  await page.keyboard.type('net/http');
  await expect(box).toHaveValue('net/http');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});
