import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { setTheme } from './helpers.ts';

for (const path of ['/', '/pitfalls/', '/pitfalls/gin-context-used-after-return/']) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${path} (${theme})`, async ({ page }) => {
      await page.goto(path);
      await setTheme(page, theme);
      // Open every disclosure so hidden content is checked too.
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`)).toEqual([]);
    });
  }
}
