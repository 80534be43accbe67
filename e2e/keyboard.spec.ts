/**
 * Keyboard: every control on a pitfall page (the busiest page type) is reached with Tab and
 * shows where focus is. Per-page accessibility (axe, both themes) is in site-sweep.spec.ts.
 */
import { expect, test } from '@playwright/test';

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
