import { expect, test } from '@playwright/test';

test('/p/<ID>/ and its lower-case form redirect to the page', async ({ page }) => {
  for (const path of ['/p/HTTP-001/', '/p/http-001/']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/pitfalls\/http-server-no-timeouts\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('no timeouts');
  }
});

test('the page shows its permanent ID; both buttons copy by keyboard with the origin it is served from', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/pitfalls/json-nil-slice-null/');
  await expect(page.locator('code.id')).toHaveText('JSON-001');
  // A local build (npm run build:local) has no SITE_URL: the origin is the one the page came from.
  const origin = new URL(baseURL!).origin;
  const link = `${origin}/p/JSON-001/`;
  await expect(page.getByRole('link', { name: link })).toHaveAttribute('href', '/p/JSON-001/');
  const status = page.locator('copy-review').getByRole('status');

  const copyComment = page.getByRole('button', { name: 'Copy review comment' });
  await copyComment.focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Review comment copied to the clipboard.');
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const summary = (await page.locator('.pitfall-meta .summary').textContent())!.trim();
  const comment = `[JSON-001: ${title}](${link}) — ${summary}`;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(comment);
  // The Markdown shown for copying by hand says the same.
  await expect(page.locator('copy-review pre code')).toHaveText(comment);

  const copyLink = page.getByRole('button', { name: 'Copy link' });
  await copyLink.focus();
  await page.keyboard.press('Space');
  await expect(status).toHaveText('Link copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // A refused clipboard is announced too.
  await page.evaluate(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('denied')) });
  });
  await copyLink.click();
  await expect(status).toHaveText('Could not copy: select the review link instead.');
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
