import { expect, test } from '@playwright/test';

test('/p/<ID>/ and its lower-case form redirect to the page', async ({ page }) => {
  for (const path of ['/p/HTTP-001/', '/p/http-001/']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/pitfalls\/http-server-no-timeouts\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('no timeouts');
  }
});

test('the page shows its permanent ID and copies the exact review comment', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/pitfalls/json-nil-slice-null/');
  await expect(page.locator('code.id')).toHaveText('JSON-001');
  await page.getByRole('button', { name: 'Copy review comment' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const summary = (await page.locator('.pitfall-meta .summary').textContent())!.trim();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`[JSON-001: ${title}](http://localhost:4321/p/JSON-001/) — ${summary}`);
});

test('sections carry stable anchors', async ({ page }) => {
  await page.goto('/pitfalls/json-nil-slice-null/#fix');
  for (const id of ['symptoms', 'why', 'bad', 'fix', 'proof', 'diff', 'detect', 'quiz', 'related']) {
    await expect(page.locator(`h2#${id}`)).toHaveCount(1);
  }
  await expect(page.locator('h2#fix')).toBeInViewport();
});

test('around the page: previous/next in the category, last verified, edit link, related', async ({ page }) => {
  await page.goto('/pitfalls/context-cancel-not-called/');
  const pagination = page.locator('.pagination-links');
  await expect(pagination.getByRole('link', { name: /CTX-001/ })).toBeVisible();
  await expect(page.getByText(/Last verified/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Edit page/i })).toHaveAttribute('href', /content\/pitfalls\/context-cancel-not-called\.mdx$/);
  await expect(page.locator('#related ~ ul a').first()).toBeVisible();
});
