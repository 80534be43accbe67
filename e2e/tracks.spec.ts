import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { CONTENT_DIR } from '../src/lib/paths.ts';

const TRACK = '/tracks/context-and-concurrency/';
const FIRST_SLUG = 'goroutine-leak-ignoring-ctx-done';
const FIRST = `/pitfalls/${FIRST_SLUG}/`;
/** The track's pitfalls, as its content file lists them. */
const TRACK_PITFALLS = (parse(fs.readFileSync(path.join(CONTENT_DIR, 'tracks/context-and-concurrency.mdx'), 'utf8').split('---')[1]) as { pitfalls: string[] }).pitfalls;

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('gopitfalls') ?? 'null'));
const statusOf = (page: Page, slug: string) => page.locator(`track-progress li[data-slug="${slug}"] [data-status]`);

/** On the first pitfall: mark it read with the keyboard and answer one quiz question right. */
async function makeProgress(page: Page) {
  await page.goto(FIRST);
  // Scrolling through the whole page marks nothing: reading is the reader's own mark.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const read = page.getByRole('checkbox', { name: 'I have read this page' });
  await expect(read).not.toBeChecked();
  expect((await stored(page))?.read?.[FIRST_SLUG]).toBeUndefined();

  await read.focus();
  await page.keyboard.press('Space');
  await expect(read).toBeChecked();
  const message = page.locator('page-progress').getByRole('status');
  await expect(message).toHaveText(/Marked as read/);
  expect((await stored(page)).read[FIRST_SLUG]).toBeTruthy();
  // Undoable, and says so.
  await page.keyboard.press('Space');
  await expect(message).toHaveText('No longer marked as read.');
  expect((await stored(page)).read[FIRST_SLUG]).toBeUndefined();
  await page.keyboard.press('Space');
  await expect(read).toBeChecked();

  const q = page.locator('form.quiz-question').first();
  const correct: number[] = JSON.parse((await q.getAttribute('data-correct'))!);
  for (const i of correct) await q.locator('input').nth(i).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.quiz-feedback')).toHaveAttribute('data-result', 'right');
}

test('the home page leads a new hire to the tracks, whose page links to progress', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Browse the pitfalls' })).toHaveAttribute('href', '/pitfalls/');
  await page.getByRole('link', { name: 'Follow an onboarding track' }).click();
  await expect(page).toHaveURL(/\/tracks\/$/);
  await expect(page.getByRole('main')).toContainText('the progress page shows all of it');
  await expect(page.getByRole('link', { name: 'progress page' })).toHaveAttribute('href', '/progress/');
});

test('a track shows explicit read marks, survives a reload and continues where the reader left off', async ({ page }) => {
  await page.goto(TRACK);
  await expect(page.getByRole('heading', { level: 1, name: 'Context and concurrency' })).toBeVisible();
  await expect(page.locator('[data-summary]')).toHaveText(`0 of ${TRACK_PITFALLS.length} pitfalls done`);
  expect(await page.locator('li[data-slug]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slug))).toEqual(TRACK_PITFALLS);
  await expect(page.getByRole('link', { name: /^Start: CTX-001/ })).toHaveAttribute('href', FIRST);
  await makeProgress(page);
  await page.goto(TRACK);
  await expect(statusOf(page, FIRST_SLUG)).toContainText('✓ read');
  await expect(statusOf(page, FIRST_SLUG)).toContainText('quiz 1/');
  await expect(page.getByRole('link', { name: /Continue where you left off/ })).toHaveAttribute('href', new RegExp(`${FIRST}$`));
  await expect(page.locator('[data-continue]')).toContainText('(still to do: quiz, exercise)');
  await page.reload();
  await expect(statusOf(page, FIRST_SLUG)).toContainText('✓ read');
});

test('"Continue where you left off" is the unfinished pitfall worked on last; a finished one leads to the next', async ({ page }) => {
  const [first, second, third, fourth] = TRACK_PITFALLS;
  const at = (m: number) => `2026-11-21T15:0${m}:00.000Z`;
  await page.goto(TRACK);
  const allRight = async (slug: string, m: number) => {
    const n = Number(await page.locator(`li[data-slug="${slug}"]`).getAttribute('data-quiz'));
    return Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i), { correct: true, at: at(m) }]));
  };
  const seed = (p: object) => page.evaluate((s) => localStorage.setItem('gopitfalls', s), JSON.stringify({ version: 1, ...p }));
  // The first finished, the third only marked read, later. The old rule (first unfinished)
  // sent the reader to the second, a page they never opened, as "where you left off".
  const firstDone = { read: { [first]: at(1) }, exercise: { [first]: at(1) }, quiz: { [first]: await allRight(first, 1) } };
  await seed({ ...firstDone, read: { ...firstDone.read, [third]: at(2) } });
  await page.reload();
  await expect(page.locator(`li[data-slug="${first}"]`)).toHaveAttribute('data-state', 'done');
  await expect(page.getByRole('link', { name: /Continue where you left off/ })).toHaveAttribute('href', `/pitfalls/${third}/`);
  await expect(page.locator(`li[data-slug="${second}"]`)).toHaveAttribute('data-state', 'new');

  // The third finished last: the next unfinished one after it, not called "where you left off".
  await seed({
    read: { ...firstDone.read, [third]: at(3) },
    exercise: { ...firstDone.exercise, [third]: at(3) },
    quiz: { ...firstDone.quiz, [third]: await allRight(third, 3) },
  });
  await page.reload();
  await expect(page.getByRole('link', { name: /^Next: / })).toHaveAttribute('href', `/pitfalls/${fourth}/`);
  await expect(page.getByRole('link', { name: /Continue where you left off/ })).toHaveCount(0);
});

test('export, reset (asked first) and import (merged, reported, no reload)', async ({ page }) => {
  await makeProgress(page);
  const before = await stored(page);
  await page.goto('/progress/');
  // Set by the page's first load: a reload would drop it.
  await page.evaluate(() => ((window as unknown as Record<string, unknown>).sameDocument = true));
  const message = page.locator('progress-manager').getByRole('status').last();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  expect(download.suggestedFilename()).toBe('gopitfalls-progress.json');
  const exported = fs.readFileSync((await download.path())!, 'utf8');
  const importFile = (buffer: string) => page.getByLabel('Import progress').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(buffer) });

  // A failed import, then a cancelled reset: the reset's answer replaces the stale error.
  await importFile('{nope');
  await expect(message).toHaveText(/^Import failed: That file is not JSON/);
  const question = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.message()), d.dismiss())));
  await page.getByRole('button', { name: 'Reset progress' }).click();
  expect(await question).toMatch(/^Reset all progress/);
  await expect(message).toHaveText('Reset cancelled: your progress is unchanged.');
  expect(await stored(page)).toEqual(before);

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(message).toHaveText('Progress reset: every pitfall is back to not started.');
  await expect(statusOf(page, FIRST_SLUG)).toContainText('○ not read');

  // Into empty progress: restored exactly, and the page says what came back.
  await importFile(exported);
  await expect(message).toHaveText('Imported and merged: 1 page read and 1 quiz answer added or updated. Nothing was removed.');
  await expect(statusOf(page, FIRST_SLUG)).toContainText('✓ read');
  expect(await stored(page)).toEqual(before);

  // Into progress made since: both kept. The same file again imports again.
  const other = TRACK_PITFALLS[1];
  await page.evaluate((slug) => localStorage.setItem('gopitfalls', JSON.stringify({ version: 1, read: { [slug]: '2026-12-01T00:00:00.000Z' }, quiz: {}, exercise: {} })), other);
  await importFile(exported);
  await expect(message).toHaveText(/^Imported and merged: 1 page read and 1 quiz answer/);
  await expect(statusOf(page, FIRST_SLUG)).toContainText('✓ read');
  await expect(statusOf(page, other)).toContainText('✓ read');
  expect(await stored(page)).toEqual({ ...before, read: { ...before.read, [other]: '2026-12-01T00:00:00.000Z' } });
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).sameDocument)).toBe(true);
});

test('a corrupt import file is rejected with a message and changes nothing', async ({ page }) => {
  await makeProgress(page);
  const before = await page.evaluate(() => localStorage.getItem('gopitfalls'));
  await page.goto('/progress/');
  await page.getByLabel('Import progress').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "quiz": 3}') });
  await expect(page.getByRole('status').filter({ hasText: /^Import failed: That file is not a Go Pitfalls progress export.*Nothing was changed\.$/ })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('gopitfalls'))).toBe(before);
});
