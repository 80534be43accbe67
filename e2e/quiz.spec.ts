import { expect, test, type Locator } from '@playwright/test';

const PAGE = '/pitfalls/concurrent-map-writes/';

async function rightAndWrong(question: Locator) {
  const correct: number[] = JSON.parse((await question.getAttribute('data-correct')) ?? '[]');
  const count = await question.locator('input').count();
  const wrong = [...Array(count).keys()].find((i) => !correct.includes(i))!;
  return { correct, wrong };
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
    await expect(feedback).toContainText('Not quite.');

    for (const i of correct) await q.locator('input').nth(i).check();
    if (kind === 'choice' && (await q.locator('input[type=checkbox]').count())) await q.locator('input').nth(wrong).uncheck();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback).toHaveAttribute('data-result', 'right');
    await expect(feedback).toContainText(/Right\. .{10,}/);
  });
}

test('spot-the-bug: the reader picks a line of the bad code; only the marked line is right', async ({ page }) => {
  await page.goto(PAGE);
  const q = page.locator('form.quiz-question[data-kind="spot-the-bug"]').first();
  // Options are the lines of bad.go, labelled with their real line numbers.
  const lines = q.getByRole('radio');
  expect(await lines.count()).toBeGreaterThan(3);
  await expect(q.getByText(/^Line \d+$/).first()).toBeVisible();
  const { correct, wrong } = await rightAndWrong(q);
  await lines.nth(wrong).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.quiz-feedback')).toContainText('Not quite. Any other line:');
  await lines.nth(correct[0]).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.quiz-feedback')).toHaveAttribute('data-result', 'right');
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
