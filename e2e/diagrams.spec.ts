import { expect, test } from '@playwright/test';
import { setTheme } from './helpers.ts';

test('diagrams are inline SVG with a name and description, readable in both themes', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto('/pitfalls/goroutine-leak-ignoring-ctx-done/');
  const svg = page.locator('figure.diagram svg').first();
  await expect(svg).toBeVisible();
  await expect(svg).toHaveAttribute('role', 'img');
  const title = await svg.locator('title').textContent();
  expect(title?.length).toBeGreaterThan(5);
  await expect(page.getByRole('img', { name: title! })).toBeVisible();
  expect(scripts.filter((s) => /mermaid/i.test(s))).toEqual([]);

  // The same SVG follows the toggle: text and boxes take the theme's colours. A broken
  // CSS variable makes a fill fall back to black, so boxes must never be black.
  const colours = () =>
    svg.evaluate((el) => ({
      text: getComputedStyle(el.querySelector('text')!).fill,
      box: getComputedStyle(el.querySelector('rect')!).fill,
    }));
  await setTheme(page, 'light');
  const light = await colours();
  await setTheme(page, 'dark');
  const dark = await colours();
  expect(light.text).not.toBe(dark.text);
  expect(light.box).not.toBe(dark.box);
  for (const c of [light.box, dark.box]) expect(c).not.toBe('rgb(0, 0, 0)');
});

test('ids of two diagrams on a page do not clash', async ({ page }) => {
  await page.goto('/pitfalls/goroutine-leak-ignoring-ctx-done/');
  const ids = await page.locator('svg [id]').evaluateAll((els) => els.map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
});

test('on a phone a wide diagram scrolls inside its figure, by keyboard too, with a visible focus ring', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  // The widest diagram on the site (a sequence diagram drawn 1,600 px wide).
  await page.goto('/pitfalls/time-json-location-lost/');
  const figure = page.getByRole('group', { name: /^Diagram: / }).first();
  const svg = figure.getByRole('img');
  await expect(svg).toBeVisible();
  const sizes = await figure.evaluate((f) => ({ box: f.getBoundingClientRect().right, client: f.clientWidth, scroll: f.scrollWidth }));
  expect(sizes.box).toBeLessThanOrEqual(360);
  expect(sizes.scroll, 'the diagram keeps its size and scrolls').toBeGreaterThan(sizes.client);

  // Reach it with Tab, as a keyboard user would, then scroll it with the arrow keys.
  // A click on the section's heading puts the start of keyboard navigation there.
  await page.getByRole('heading', { name: 'Why it happens' }).click();
  for (let i = 0; i < 10 && !(await figure.evaluate((f) => f === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(figure).toBeFocused();
  expect(await figure.evaluate((f) => { const s = getComputedStyle(f); return f.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; })).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => figure.evaluate((f) => f.scrollLeft)).toBeGreaterThan(0);
});
