/**
 * Accessibility sweep over every URL the site publishes (dist/sitemap-0.xml, read at test
 * time so a new page is covered without touching this file), in both themes, plus a
 * keyboard walk that checks every control shows where focus is.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { sitemapPaths, setTheme } from './helpers.ts';

/** Paths of every page in the built sitemap (its URLs carry the production origin). */
// One browser context per worker, shared by its tests: axe runs are the cost, not
// context start-up. Each test opens and closes its own page, so tests stay independent
// (the theme is set explicitly before every analysis) and workers never share state.
const test = base.extend<{ page: Page }, { shared: BrowserContext }>({
  shared: [async ({ browser }, use, workerInfo) => {
    const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
    await use(context);
    await context.close();
  }, { scope: 'worker' }],
  page: async ({ shared }, use) => {
    const page = await shared.newPage();
    await use(page);
    await page.close();
  },
});

test.describe.configure({ mode: 'parallel' });


const paths = sitemapPaths();
test('the sitemap lists the pages to check', () => {
  expect(paths.length).toBeGreaterThan(5);
  expect(paths).toContain('/');
});

for (const path of paths) {
  test(`axe finds no violations on ${path} (light and dark)`, async ({ page }) => {
    await page.goto(path);
    // Open every disclosure so hidden content is checked too.
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
    const found: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      // The full rule set in both themes: each theme is a page state of its own.
      const results = await new AxeBuilder({ page }).analyze();
      found.push(...results.violations.map((v) => `${theme}: ${v.id}: ${v.nodes.length} × ${v.nodes.map((n) => n.target).slice(0, 3).join(', ')}`));
    }
    expect(found).toEqual([]);
  });
}

test('every control reached with Tab shows a visible focus indicator', async ({ page }) => {
  await page.goto('/pitfalls/concurrent-map-writes/');
  const seen = new Set<string>();
  const missing: string[] = [];
  let first: string | undefined;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      let el = document.activeElement;
      // Focus inside an iframe or shadow root: look at the element that holds it.
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow !== 'none';
      const path: string[] = [];
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
        const idx = n.parentElement ? [...n.parentElement.children].indexOf(n) : 0;
        path.unshift(`${n.tagName.toLowerCase()}:${idx}`);
      }
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return { key: path.join('>'), name: `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}> "${label}"`, visible: outline || shadow };
    });
    if (!f) continue;
    // Stop when focus comes round to the first control again.
    if (f.key === first) break;
    first ??= f.key;
    if (seen.has(f.key)) continue;
    seen.add(f.key);
    if (!f.visible) missing.push(f.name);
  }
  expect(seen.size, 'Tab should reach the page controls').toBeGreaterThan(10);
  expect(missing).toEqual([]);
});
