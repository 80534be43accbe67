/**
 * Byte budgets: what the heaviest pitfall page costs a reader at first load, counted from the
 * responses the browser really receives (gzip computed on the bodies; scripts/lib/transfer.ts).
 * Deterministic — bytes, no timings. `npm run bench` reports the same numbers for every page type.
 * The search code is not part of a first load: it loads when a reader opens search (search.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { heaviestPitfallPage } from '../scripts/lib/heaviestPage.ts';
import { KB, MONACO, formatBytes, recordTransfers, summarize } from '../scripts/lib/transfer.ts';
import { DIST } from './helpers.ts';

/** Chosen from the built site each run: the pitfall page with the most HTML (gzip). */
const PAGE = heaviestPitfallPage(DIST).path;
const BUDGET = { scriptGzip: 12 * KB, totalGzip: 50 * KB };

test(`the heaviest pitfall page (${PAGE}) loads ≤ ${formatBytes(BUDGET.scriptGzip)} gzip of JS and ≤ ${formatBytes(BUDGET.totalGzip)} gzip in all, and no Monaco before the click`, async ({ page }) => {
  const rec = recordTransfers(page);
  await rec.firstLoad(PAGE);
  const initial = rec.transfers('initial');
  const s = summarize(initial);
  const list = initial.map((t) => `${t.kind} ${formatBytes(t.gzip)} ${new URL(t.url).pathname}`).join('\n');

  expect(s.document.count, 'the page itself was counted').toBe(1);
  expect(s.script.gzip, `JS at first load is ${formatBytes(s.script.gzip)} gzip:\n${list}`).toBeLessThanOrEqual(BUDGET.scriptGzip);
  expect(s.total.gzip, `first load is ${formatBytes(s.total.gzip)} gzip:\n${list}`).toBeLessThanOrEqual(BUDGET.totalGzip);
  expect(initial.map((t) => t.url).filter((u) => MONACO.test(u)), 'Monaco loaded before the click').toEqual([]);

  // The check above can see Monaco: after the click it is there.
  rec.phase('lazy');
  await page.getByRole('button', { name: 'Open in the diff editor' }).first().click();
  await expect(page.getByRole('region', { name: /^Diff editor:/ }).first()).toBeVisible({ timeout: 30_000 });
  await rec.settle();
  expect(rec.transfers('lazy').some((t) => /\/vendor\/diff-editor\/diff-editor\.js$/.test(t.url))).toBe(true);
  rec.stop();
});
