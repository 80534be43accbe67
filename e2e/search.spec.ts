import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  const results = dialog.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
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

for (const [identifier, slug] of [['ReadHeaderTimeout', 'http-server-no-timeouts'], ['SetMaxOpenConns', 'sql-tx-holds-connection']]) {
  test(`the code identifier ${identifier} finds ${slug}`, async ({ page }) => {
    const results = await search(page, identifier);
    await expect(results.first().getByRole('link').first()).toHaveAttribute('href', new RegExp(slug));
  });
}

test('a symptom finds its page', async ({ page }) => {
  const results = await search(page, 'too many open files');
  await expect(results.locator('a[href*="/pitfalls/"]').first()).toBeVisible();
  const hrefs = await results.locator('a.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.some((h) => /http-server-no-timeouts|client-response-body-not-closed/.test(h ?? ''))).toBe(true);
});

test('results can be narrowed by category, library and severity facets', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const results = await search(page, 'context');
  const dialog = page.getByRole('dialog');
  for (const facet of ['Category', 'Library', 'Severity']) await expect(dialog.locator('summary', { hasText: facet })).toBeVisible();
  const before = await results.count();
  await dialog.locator('summary', { hasText: 'Severity' }).click();
  await dialog.getByLabel(/^critical \(\d+\)$/).check();
  await expect.poll(() => results.count()).toBeLessThan(before);
  // Every remaining result is a critical pitfall.
  const hrefs = await results.locator('a.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => /concurrent-map-writes|gin-context-used-after-return/.test(h ?? ''))).toBe(true);
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
