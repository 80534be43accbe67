/**
 * Saved progress lives in localStorage (src/lib/progressStore.ts), which a reader's browser
 * may block, may have filled, or may hold garbage in. None of that may break a page: the
 * quiz still grades, no script throws, and the reader is told when progress cannot be
 * read or saved.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const PITFALL = '/pitfalls/concurrent-map-writes/';
const SLUG = 'concurrent-map-writes';

/** Make localStorage (only: sessionStorage keeps working) throw a DOMException `name`. */
function breakStorage(page: Page, methods: ('getItem' | 'setItem')[], name: 'SecurityError' | 'QuotaExceededError') {
  return page.addInitScript(([methods, name]) => {
    for (const m of methods) {
      const real = Storage.prototype[m] as (...a: string[]) => unknown;
      Storage.prototype[m] = function (this: Storage, ...args: string[]) {
        // The key in the message tells whose code failed to catch it.
        if (this === window.localStorage) throw new DOMException(`localStorage.${m}(${JSON.stringify(args[0])}) refused (test)`, name);
        return real.apply(this, args);
      } as never;
    }
  }, [methods, name] as const);
}

/** Put `value` under the store's key before any page script runs. */
const storeGarbage = (page: Page, value: string) =>
  page.addInitScript((v) => {
    // Once per tab, so what the page saves later survives a reload.
    if (sessionStorage.getItem('garbage-stored')) return;
    localStorage.setItem('gopitfalls', v);
    sessionStorage.setItem('garbage-stored', '1');
  }, value);

function pageErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Answer the first quiz question correctly and expect it graded right. */
async function answerFirstQuestion(page: Page) {
  const q = page.locator('form.quiz-question').first();
  const correct: number[] = JSON.parse((await q.getAttribute('data-correct')) ?? '[]');
  for (const i of correct) await q.locator('input').nth(i).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.quiz-feedback')).toHaveAttribute('data-result', 'right');
}

const cases = [
  {
    name: 'throws on every access',
    arrange: (page: Page) => breakStorage(page, ['getItem', 'setItem'], 'SecurityError'),
    // Told on load, since nothing can be read.
    onLoad: /does not allow saved progress/,
    afterSave: /could not be saved/,
  },
  {
    name: 'is full',
    arrange: (page: Page) => breakStorage(page, ['setItem'], 'QuotaExceededError'),
    onLoad: undefined,
    afterSave: /could not be saved/,
  },
  {
    name: 'holds text that is not JSON',
    arrange: (page: Page) => storeGarbage(page, '{this is not json'),
    onLoad: /could not be read, so it starts fresh/,
    afterSave: undefined,
  },
  {
    name: 'holds JSON of the wrong shape',
    arrange: (page: Page) => storeGarbage(page, JSON.stringify({ version: 1, read: [1, 2], quiz: { [SLUG]: 'x', other: [null] }, exercise: null })),
    // Version 1 with junk fields: the junk is dropped silently, nothing to tell.
    onLoad: undefined,
    afterSave: undefined,
  },
] as const;

test.describe.configure({ mode: 'parallel' });

for (const c of cases) {
  test.describe(`when localStorage ${c.name}`, () => {
    test.beforeEach(async ({ page }) => c.arrange(page));

    test('a pitfall page still grades its quiz and says what happened to progress', async ({ page }) => {
      const errors = pageErrors(page);
      await page.goto(PITFALL);
      const notice = page.locator('.quiz-notice');
      if (c.onLoad) await expect(notice).toHaveText(c.onLoad);
      else await expect(notice).toBeHidden();
      await answerFirstQuestion(page);
      if (c.afterSave) await expect(notice).toHaveText(c.afterSave);
      // Marking the page read saves too: the box stays usable and says what happened.
      const read = page.getByRole('checkbox', { name: 'I have read this page' });
      await read.check();
      await expect(read).toBeChecked();
      await expect(page.locator('page-progress').getByRole('status')).toHaveText(c.afterSave ?? /^Marked as read/);
      expect(errors).toEqual([]);
    });

    test('a track page still lists its pitfalls with a status', async ({ page }) => {
      const errors = pageErrors(page);
      await page.goto('/tracks/http-services/');
      const tracker = page.locator('track-progress');
      await expect(tracker.locator('[data-summary]')).toHaveText(/^0 of \d+ pitfalls done$/);
      await expect(tracker.locator('[data-status]').first()).toHaveText(/not read/);
      await expect(tracker.getByRole('link', { name: /^Start: / })).toBeVisible();
      const notice = tracker.locator('[data-notice]');
      if (c.onLoad) await expect(notice).toHaveText(c.onLoad);
      else await expect(notice).toBeHidden();
      expect(errors).toEqual([]);
    });

    test('the progress page exports and imports, and says when it cannot save', async ({ page }) => {
      const errors = pageErrors(page);
      await page.goto('/progress/');
      const notice = page.locator('progress-manager [data-notice]');
      if (c.onLoad) await expect(notice).toHaveText(c.onLoad);
      else await expect(notice).toBeHidden();

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export progress' }).click();
      const exported = JSON.parse(fs.readFileSync((await (await download).path())!, 'utf8'));
      expect(exported).toMatchObject({ version: 1 });

      const backup = { version: 1, read: { [SLUG]: '2026-01-01T00:00:00Z' }, quiz: {}, exercise: {} };
      await page.getByLabel('Import progress').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
      const message = page.locator('progress-manager [data-message]');
      if (c.afterSave) {
        // Saving failed: the page says so, and shows nothing it could not keep.
        await expect(message).toHaveText(c.afterSave);
        await expect(page.locator(`track-progress li[data-slug="${SLUG}"] [data-status]`)).toContainText('○ not read');
      } else {
        await expect(message).toHaveText(/^Imported and merged: 1 page read/);
        await expect(page.locator(`track-progress li[data-slug="${SLUG}"] [data-status]`)).toContainText('✓ read');
        // The stored garbage is gone now: its "starts fresh" notice no longer applies.
        await expect(notice).toBeHidden();
      }

      page.once('dialog', (d) => d.accept());
      await page.getByRole('button', { name: 'Reset progress' }).click();
      await expect(message).toHaveText(c.afterSave ?? 'Progress reset: every pitfall is back to not started.');
      expect(errors).toEqual([]);
    });
  });
}

test('stored keys such as "__proto__" cannot fake a quiz answer', async ({ page }) => {
  // Object.prototype pollution through parsed JSON: {"__proto__": {...}} is an own key there.
  await storeGarbage(page, `{"version":1,"read":{},"exercise":{},"quiz":{"__proto__":{"0":{"correct":true,"at":"2026-01-01T00:00:00Z"}},"${SLUG}":{"1":{"correct":false,"at":"2026-01-01T00:00:00Z"}}}}`);
  const errors = pageErrors(page);
  await page.goto(PITFALL);
  const first = page.locator('form.quiz-question').first().locator('.quiz-feedback');
  await expect(page.locator('form.quiz-question').nth(1).locator('.quiz-feedback')).toHaveText('You tried this before; try again.');
  await expect(first).not.toHaveText('You answered this correctly before.');
  expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, '0'))).toBe(false);
  expect(errors).toEqual([]);
});

test('the theme picker still applies a theme and remembers it across a reload', async ({ page }) => {
  // Normal storage: the guarded ThemeProvider/ThemeSelect overrides must still persist.
  const errors = pageErrors(page);
  await page.goto(PITFALL);
  const html = page.locator('html');
  const picker = page.locator('starlight-theme-select select').filter({ visible: true }).first();
  await picker.selectOption('dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(picker).toHaveValue('dark');
  expect(errors).toEqual([]);
});
