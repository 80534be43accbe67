/**
 * The site sweep measures colour contrast once per distinct look of text (e2e/axe.ts
 * colourViolations). These tests show that shortcut cannot hide a contrast failure: a look seen
 * before is skipped, but any change to what contrast depends on — the text's colour, or the
 * background behind it set on an ancestor — is a new look and is measured.
 */
import { expect, test, type Page } from '@playwright/test';
import { colourViolations } from './axe.ts';
import { setTheme } from './helpers.ts';

const A = '/pitfalls/nil-map-write-panic/';
const B = '/pitfalls/concurrent-map-writes/';

/**
 * Starlight's table of contents marks the heading in view from an IntersectionObserver, after
 * load: measured before it runs, the current-link colour is a look the next load has and the
 * first did not (1 run in 8 on a loaded machine). Wait for it, so each load shows the same looks.
 */
async function settled(page: Page) {
  await expect(page.locator('mobile-starlight-toc .display-current')).not.toBeEmpty();
}
async function open(page: Page, path: string) {
  await page.goto(path);
  await settled(page);
}
async function reload(page: Page) {
  await page.reload();
  await settled(page);
}

test('a look measured once is not measured again; a page adds only its new looks', async ({ page }) => {
  const seen = new Set<string>();
  await open(page, A);
  await setTheme(page, 'light');
  const first = await colourViolations(page, 'light', seen);
  expect(first.violations).toEqual([]);
  expect(first.checked).toBeGreaterThan(20);
  await reload(page);
  expect((await colourViolations(page, 'light', seen)).checked).toBe(0);
  await open(page, B);
  const second = await colourViolations(page, 'light', seen);
  expect(second.violations).toEqual([]);
  expect(second.checked).toBeLessThan(first.checked / 2);
  // Another theme is another set of looks.
  await setTheme(page, 'dark');
  expect((await colourViolations(page, 'dark', seen)).checked).toBeGreaterThan(second.checked);
});

test('text made faint on a page whose looks were all seen is still caught', async ({ page }) => {
  const seen = new Set<string>();
  await open(page, A);
  await colourViolations(page, 'light', seen);
  await reload(page);
  await page.locator('main p').first().evaluate((p) => ((p as HTMLElement).style.color = '#d0d0d0'));
  const { violations, checked } = await colourViolations(page, 'light', seen);
  expect(checked).toBe(1);
  expect(violations.join('\n')).toMatch(/^color-contrast: 1 × /);
});

test('a background darkened on an ancestor makes its unchanged text a new look, and it is caught', async ({ page }) => {
  const seen = new Set<string>();
  await open(page, A);
  await colourViolations(page, 'light', seen);
  await reload(page);
  // The paragraph keeps its own colour; only the box it sits in changes.
  await page.locator('main p').first().evaluate((p) => ((p.parentElement as HTMLElement).style.background = '#30343a'));
  const { violations } = await colourViolations(page, 'light', seen);
  expect(violations.join('\n')).toMatch(/color-contrast/);
});
