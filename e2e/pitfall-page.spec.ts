import { expect, test } from '@playwright/test';

test('a pitfall page shows its ID, bad and good code from the sandbox, and the proof output', async ({ page }) => {
  await page.goto('/pitfalls/concurrent-map-writes/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('CONC-001', { exact: true })).toBeVisible();

  // Bad and good code carry their sandbox file titles and real code.
  const bad = page.locator('figure.sandbox-code.bad').first();
  const good = page.locator('figure.sandbox-code.good').first();
  await expect(bad.getByText('sandboxes/concurrent-map-writes/bad.go').first()).toBeVisible();
  await expect(good.getByText('sandboxes/concurrent-map-writes/good.go').first()).toBeVisible();
  await expect(good).toContainText('sync.');
  // Real line numbers, and a numbered callout on the line that matters.
  await expect(bad.locator('.ln').first()).not.toHaveText('1');
  await expect(bad.locator('figcaption li').first()).toContainText(/Line \d+:/);
  // The whole file is one click away.
  await bad.getByText(/^Whole file:/).click();
  await expect(bad.locator('details.whole-file .ln').first()).toHaveText('1');
  // Marker comments never reach the reader.
  await expect(page.locator('main')).not.toContainText('[!note]');
  await expect(page.locator('main')).not.toContainText('#region');

  // The proof: what CI ran and saw for each variant.
  await expect(page.getByRole('heading', { name: 'Proof' })).toBeVisible();
  const convicted = page.getByRole('region', { name: /bad\.go — convicted/ });
  await expect(convicted).toContainText('fatal error: concurrent map writes');
  await expect(convicted).toContainText('go test');
  await expect(page.getByRole('region', { name: /good\.go — cleared/ })).toContainText('--- PASS');
  await expect(page.getByText(/Verified with go1\.\d+/)).toBeVisible();
});
