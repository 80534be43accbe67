import axe from 'axe-core';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { COLOUR_RULES } from './axe.ts';
import { setTheme } from './helpers.ts';

const PAGE = '/pitfalls/concurrent-map-writes/';

async function rightAndWrong(question: Locator) {
  const correct: number[] = JSON.parse((await question.getAttribute('data-correct')) ?? '[]');
  const count = await question.locator('input').count();
  const wrong = [...Array(count).keys()].find((i) => !correct.includes(i))!;
  return { correct, wrong };
}

/** axe's violations inside the quiz only, as readable lines. */
async function quizViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (only) => {
    const run = (window as unknown as { axe: typeof import('axe-core') }).axe.run;
    const r = await run('pitfall-quiz', { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, rules);
}

for (const kind of ['choice', 'spot-the-bug', 'what-happens'] as const) {
  test(`${kind}: graded right and wrong with the mouse, with an explanation`, async ({ page }) => {
    await page.goto(PAGE);
    const q = page.locator(`form.quiz-question[data-kind="${kind}"]`).first();
    const { correct, wrong } = await rightAndWrong(q);
    const feedback = q.locator('.quiz-feedback');

    await q.locator('input').nth(wrong).check();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback).toHaveAttribute('data-result', 'wrong');
    await expect(feedback.getByRole('paragraph')).toContainText(/^Not quite: /);

    for (const i of correct) await q.locator('input').nth(i).check();
    if (kind === 'choice' && (await q.locator('input[type=checkbox]').count())) await q.locator('input').nth(wrong).uncheck();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback).toHaveAttribute('data-result', 'right');
    await expect(feedback.getByRole('paragraph')).toHaveText(/^Right[.:]/);
    await expect(feedback.getByRole('listitem').first()).toHaveText(/^✓ Right: .+\. .{10,}/);
  });
}

test('spot-the-bug on a 360 px phone: one Tab stop for the code, arrow keys choose a line, the chosen and the missed line are marked', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(PAGE);
  const q = page.locator('form.quiz-question[data-kind="spot-the-bug"]').first();
  const lines = q.getByRole('radio');
  const check = q.getByRole('button', { name: 'Check answer' });
  const { correct } = await rightAndWrong(q);
  // Options are the lines of bad.go, labelled with their real line numbers.
  await expect(q.getByText(/^Line \d+$/).first()).toBeVisible();

  // From the question to "Check answer": the code block is one stop however many lines it has.
  await q.locator('legend').click();
  let tabs = 0;
  while (tabs < 20 && !(await check.evaluate((b) => b === document.activeElement))) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  expect(tabs, 'Tab presses from the question to "Check answer"').toBeLessThanOrEqual(3);
  expect(await lines.count()).toBeGreaterThan(tabs);

  // Into the code again: arrow keys move between lines and choose; Enter keeps the choice and does not check it.
  await page.keyboard.press('Shift+Tab');
  await expect(lines.first()).toBeFocused();
  const pick = correct[0] === 1 ? 2 : 1;
  for (let i = 0; i < pick; i++) await page.keyboard.press('ArrowDown');
  await expect(lines.nth(pick)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lines.nth(pick)).toBeChecked();
  await expect(q.locator('.quiz-feedback')).toBeEmpty();
  await page.keyboard.press('Tab');
  await expect(check).toBeFocused();
  await page.keyboard.press('Enter');

  // Marks are words (and icons), not colour alone, and the live region says the same.
  const feedback = q.getByRole('status');
  const label = (i: number) => q.locator('label.quiz-option').nth(i);
  const lineOf = async (i: number) => (await label(i).getAttribute('data-label'))!;
  await expect(feedback).toHaveAttribute('data-result', 'wrong');
  await expect(label(pick).locator('.quiz-mark')).toHaveText('✗ wrong');
  await expect(label(correct[0]).locator('.quiz-mark')).toHaveText('○ missed');
  await expect(lines.nth(pick)).toHaveAccessibleName(/^wrong Line \d+/);
  await expect(feedback).toContainText(`Not quite: “${await lineOf(pick)}” is wrong; the answer is “${await lineOf(correct[0])}”.`);
  await expect(feedback.getByRole('listitem').filter({ hasText: `Missed: ${await lineOf(correct[0])}. ` })).toHaveText(/\. .{20,}/);
  // Changing the answer clears the marks, which described the answer checked before.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowUp');
  await expect(q.locator('.quiz-mark:not(:empty)')).toHaveCount(0);

  // The code keeps its tab indentation (4 columns) and scrolls inside its own box, never the page.
  const box = q.locator('.quiz-lines');
  expect(await box.evaluate((el) => getComputedStyle(el).tabSize)).toBe('4');
  // The quiz only: the page's own width also depends on its diagrams, which the site sweep checks.
  const outside = await page.locator('pitfall-quiz').evaluate((quiz) =>
    [quiz, ...quiz.querySelectorAll('*')]
      .filter((el) => !el.parentElement?.closest('.quiz-lines') && el.getBoundingClientRect().right > window.innerWidth)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
  expect(outside, 'quiz boxes wider than the 360 px screen').toEqual([]);
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth), 'the code block scrolls sideways in its own box').toBe(true);
});

test('a multiple-answer question with one of two right answers says so, marks each option, and is axe-clean in both themes', async ({ page }) => {
  await page.goto(PAGE);
  const q = page.locator('form.quiz-question[data-kind="choice"]').filter({ has: page.locator('input[type=checkbox]') }).first();
  const { correct, wrong } = await rightAndWrong(q);
  expect(correct.length).toBe(2);
  const label = (i: number) => q.locator('label.quiz-option').nth(i);
  const feedback = q.getByRole('status');

  await q.locator('input').nth(correct[0]).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(feedback).toHaveAttribute('data-result', 'partly');
  const missed = (await label(correct[1]).getAttribute('data-label'))!;
  await expect(feedback.getByRole('paragraph')).toHaveText(`Partly right: 1 of 2 right answers; you missed “${missed}”.`);
  await expect(label(correct[0]).locator('.quiz-mark')).toHaveText('✓ right');
  await expect(label(correct[1]).locator('.quiz-mark')).toHaveText('○ missed');
  await expect(label(wrong).locator('.quiz-mark')).toBeEmpty();
  await expect(feedback.getByRole('listitem')).toHaveText([/^✓ Right: .{20,}/, /^○ Missed: .{20,}/]);
  // Partly right is not right: the saved result says so (the stored format is unchanged).
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('gopitfalls')!).quiz['concurrent-map-writes'])).toMatchObject({ [await q.getAttribute('data-index') ?? '']: { correct: false } });

  // One right and one wrong: the wrong one is marked wrong.
  await q.locator('input').nth(wrong).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(label(wrong).locator('.quiz-mark')).toHaveText('✗ wrong');
  await expect(feedback.getByRole('paragraph')).toContainText(/^Partly right: 1 of 2 right answers; you missed “.+”, and “.+” is wrong\.$/);

  // Also answer a spot-the-bug question, so every kind of mark is on the page when axe looks.
  const spot = page.locator('form.quiz-question[data-kind="spot-the-bug"]').first();
  await spot.getByRole('radio').nth((await rightAndWrong(spot)).wrong).check();
  await spot.getByRole('button', { name: 'Check answer' }).click();
  await expect(spot.locator('.quiz-mark', { hasText: 'missed' })).toHaveCount(1);
  // axe on the quiz alone (the site sweep checks the rest of the page): every rule in light, colour rules in dark.
  expect(await quizViolations(page)).toEqual([]);
  await setTheme(page, 'dark');
  expect(await quizViolations(page, COLOUR_RULES)).toEqual([]);
});

test('every kind can be answered with the keyboard alone', async ({ page }) => {
  await page.goto(PAGE);
  for (const kind of ['choice', 'spot-the-bug', 'what-happens']) {
    const q = page.locator(`form.quiz-question[data-kind="${kind}"]`).first();
    const { correct } = await rightAndWrong(q);
    await q.locator('input').first().focus();
    // Arrow keys move within a radio group (and select); Space toggles a checkbox.
    const isCheckbox = (await q.locator('input[type=checkbox]').count()) > 0;
    for (let i = 0; i < correct[0]; i++) await page.keyboard.press(isCheckbox ? 'Tab' : 'ArrowDown');
    await page.keyboard.press('Space');
    if (isCheckbox) for (let i = correct[0] + 1, k = 1; k < correct.length; i++) {
      await page.keyboard.press('Tab');
      if (correct.includes(i)) { await page.keyboard.press('Space'); k++; }
    }
    await q.getByRole('button', { name: 'Check answer' }).focus();
    await page.keyboard.press('Enter');
    await expect(q.locator('.quiz-feedback')).toHaveAttribute('data-result', 'right');
  }
});

test('results persist across a reload under one versioned key', async ({ page }) => {
  await page.goto(PAGE);
  const q = page.locator('form.quiz-question').first();
  const { correct } = await rightAndWrong(q);
  for (const i of correct) await q.locator('input').nth(i).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('gopitfalls') ?? 'null'));
  expect(stored.version).toBe(1);
  expect(stored.quiz['concurrent-map-writes']['0'].correct).toBe(true);
  await page.reload();
  await expect(page.locator('form.quiz-question').first().locator('.quiz-feedback')).toContainText('You answered this correctly before.');
});

test('corrupt storage before load: the page works, starts fresh and says so', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('gopitfalls', '{this is not json'));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(PAGE);
  await expect(page.locator('.quiz-notice')).toHaveText('Your saved progress could not be read, so it starts fresh.');
  const q = page.locator('form.quiz-question').first();
  const { correct } = await rightAndWrong(q);
  for (const i of correct) await q.locator('input').nth(i).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.quiz-feedback')).toHaveAttribute('data-result', 'right');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('gopitfalls')!).version)).toBe(1);
  expect(errors).toEqual([]);
});

test('an old-version store is replaced, and the reader is told', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('gopitfalls', '{"version":0,"quiz":{}}'));
  await page.goto(PAGE);
  await expect(page.locator('.quiz-notice')).toContainText('from another version of this site');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('questions are readable and answers sit in a disclosure', async ({ page }) => {
    await page.goto(PAGE);
    const q = page.locator('form.quiz-question').first();
    await expect(q.locator('legend')).toBeVisible();
    await expect(q.getByRole('button', { name: 'Check answer' })).toBeHidden();
    await q.getByText('Show the answer').click();
    await expect(q.locator('.quiz-answer li').first()).toBeVisible();
    await expect(q.locator('.quiz-answer')).toContainText('Right:');
  });
});
