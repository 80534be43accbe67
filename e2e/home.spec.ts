import { expect, test } from '@playwright/test';

test('the home page loads and leads to the catalogue', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Go Pitfalls' })).toBeVisible();
  await page.getByRole('link', { name: 'Browse the pitfalls' }).click();
  await expect(page).toHaveURL(/\/pitfalls\/$/);
  await expect(page.getByRole('link', { name: /HTTP-001/ }).first()).toBeVisible();
  expect(errors).toEqual([]);
});
