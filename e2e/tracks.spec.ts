import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const TRACK = '/tracks/context-and-concurrency/';
const FIRST = '/pitfalls/goroutine-leak-ignoring-ctx-done/';
/** The track's pitfalls, as its content file lists them. */
const TRACK_PITFALLS = (parse(fs.readFileSync('content/tracks/context-and-concurrency.mdx', 'utf8').split('---')[1]) as { pitfalls: string[] }).pitfalls;

/** Read the first pitfall of the track and answer one quiz question right, through the UI. */
async function makeProgress(page: Page) {
  await page.goto(FIRST);
  await page.locator('#proof').scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('gopitfalls') ?? '')).toContain('goroutine-leak-ignoring-ctx-done');
  const q = page.locator('form.quiz-question').first();
  const correct: number[] = JSON.parse((await q.getAttribute('data-correct'))!);
  for (const i of correct) await q.locator('input').nth(i).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.quiz-feedback')).toHaveAttribute('data-result', 'right');
}

test('a track shows progress, survives a reload and says where to continue', async ({ page }) => {
  await page.goto(TRACK);
  await expect(page.getByRole('heading', { level: 1, name: 'Context and concurrency' })).toBeVisible();
  await expect(page.locator('[data-summary]')).toHaveText(`0 of ${TRACK_PITFALLS.length} pitfalls done`);
  expect(await page.locator('li[data-slug]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slug))).toEqual(TRACK_PITFALLS);
  await makeProgress(page);
  await page.goto(TRACK);
  const first = page.locator('li[data-slug="goroutine-leak-ignoring-ctx-done"]');
  await expect(first.locator('[data-status]')).toContainText('✓ read');
  await expect(first.locator('[data-status]')).toContainText('quiz 1/');
  await expect(page.getByRole('link', { name: /Continue where you left off/ })).toHaveAttribute('href', new RegExp(`${FIRST}$`));
  await page.reload();
  await expect(first.locator('[data-status]')).toContainText('✓ read');
});

test('export → reset → import restores progress exactly', async ({ page }) => {
  await makeProgress(page);
  const before = await page.evaluate(() => localStorage.getItem('gopitfalls'));
  await page.goto('/progress/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  expect(download.suggestedFilename()).toBe('gopitfalls-progress.json');
  const exported = fs.readFileSync((await download.path())!, 'utf8');

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.waitForLoadState('load');
  await expect(page.locator('li[data-slug="goroutine-leak-ignoring-ctx-done"] [data-status]')).toContainText('○ not read');

  await page.getByLabel('Import progress').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await page.waitForLoadState('load');
  await expect(page.locator('li[data-slug="goroutine-leak-ignoring-ctx-done"] [data-status]')).toContainText('✓ read');
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('gopitfalls')))!)).toEqual(JSON.parse(before!));
});

test('a corrupt import file is rejected with a message and changes nothing', async ({ page }) => {
  await makeProgress(page);
  const before = await page.evaluate(() => localStorage.getItem('gopitfalls'));
  await page.goto('/progress/');
  await page.getByLabel('Import progress').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "quiz": 3}') });
  await expect(page.getByText(/Import failed: That file is not a Go Pitfalls progress export/)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('gopitfalls'))).toBe(before);
});
