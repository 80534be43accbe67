import { expect, test } from '@playwright/test';

test('Starlight search finds a pitfall by a word from its body', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  // "slowloris" appears only in the body of the server-timeouts page, not in its title.
  await dialog.getByRole('textbox', { name: 'Search' }).fill('slowloris');
  await expect(dialog.getByRole('link', { name: /HTTP-001|timeouts/i }).first()).toBeVisible({ timeout: 15_000 });
});
