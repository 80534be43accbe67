import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { setTheme } from './helpers.ts';

const PAGE = '/pitfalls/';

const catalogue = (page: Page) => page.locator('pitfall-catalogue');
const shown = (page: Page) => catalogue(page).locator('li[data-id]:visible');
const status = (page: Page) => catalogue(page).getByRole('status');
const group = (page: Page, legend: string) => page.getByRole('group', { name: legend });
const box = (page: Page, legend: string, option: string) =>
  group(page, legend).getByRole('checkbox', { name: new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(\\d+\\)$`) });
const shownIds = (page: Page) => shown(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));

/** Every pitfall's data-* attributes, as the server rendered them: expectations are derived from these. */
async function allItems(page: Page) {
  return catalogue(page).locator('li[data-id]').evaluateAll((els) =>
    els.map((e) => {
      const d = (e as HTMLElement).dataset;
      return { id: d.id!, title: d.title!, category: d.category!, severity: d.severity!, libraries: d.libraries!.split(' ') };
    }),
  );
}

test('a category narrows the list, a severity narrows it further, and every count follows the content', async ({ page }) => {
  await page.goto(PAGE);
  const items = await allItems(page);
  await expect(status(page)).toHaveText(`${items.length} pitfalls shown`);
  const inContext = items.filter((i) => i.category === 'context');
  expect(inContext.length, 'the catalogue needs several context pitfalls for this test').toBeGreaterThan(2);
  await expect(box(page, 'Category', 'context')).toHaveAccessibleName(`context (${inContext.length})`);

  await box(page, 'Category', 'context').check();
  await expect(shown(page)).toHaveCount(inContext.length);
  await expect(status(page)).toHaveText(`${inContext.length} pitfalls shown`);
  await expect(page).toHaveURL(/\?category=context$/);
  // Counts in other groups are among the pitfalls shown.
  const severities = [...new Set(items.map((i) => i.severity))];
  for (const sev of severities) {
    await expect(box(page, 'Severity', sev)).toHaveAccessibleName(`${sev} (${inContext.filter((i) => i.severity === sev).length})`);
  }

  // A severity that some, but not all, of the context pitfalls have.
  const sev = severities.find((v) => {
    const n = inContext.filter((i) => i.severity === v).length;
    return n > 0 && n < inContext.length;
  })!;
  expect(sev, 'the context pitfalls need at least two severities for this test').toBeTruthy();
  const both = inContext.filter((i) => i.severity === sev);
  await box(page, 'Severity', sev).check();
  await expect(shown(page)).toHaveCount(both.length);
  await expect(status(page)).toHaveText(`${both.length} ${both.length === 1 ? 'pitfall' : 'pitfalls'} shown`);
  expect((await shownIds(page)).sort()).toEqual(both.map((i) => i.id).sort());
  await expect(page).toHaveURL(new RegExp(`\\?category=context&severity=${sev}$`));
  // A group's own counts ignore its own selection (OR within it): context reads its count among the chosen severity.
  await expect(box(page, 'Category', 'context')).toHaveAccessibleName(`context (${both.length})`);
});

test('filters combine: OR within a group, AND across groups, matching the content', async ({ page }) => {
  await page.goto(PAGE);
  const items = await allItems(page);
  const [a, b] = [...new Set(items.map((i) => i.severity))];
  const lib = items[0].libraries[0];

  await box(page, 'Severity', a).check();
  await box(page, 'Severity', b).check();
  const either = items.filter((i) => [a, b].includes(i.severity));
  await expect(shown(page)).toHaveCount(either.length);

  await box(page, 'Library', lib).check();
  const both = either.filter((i) => i.libraries.includes(lib));
  await expect(shown(page)).toHaveCount(both.length);
  await expect(status(page)).toHaveText(`${both.length} pitfall${both.length === 1 ? '' : 's'} shown`);

  // Every option's count is what the list would show if it were the only one ticked in its group.
  for (const category of [...new Set(items.map((i) => i.category))]) {
    const n = both.filter((i) => i.category === category).length;
    await expect(box(page, 'Category', category)).toHaveAccessibleName(`${category} (${n})`);
  }

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(shown(page)).toHaveCount(items.length);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page).toHaveURL(/\/pitfalls\/$/);
});

test('the URL keeps the view: reload, back and forward, pasted links', async ({ page }) => {
  await page.goto(PAGE);
  const all = await allItems(page);
  const ctx = all.filter((i) => i.category === 'context');
  const ctxHigh = ctx.filter((i) => i.severity === 'high');
  expect(ctxHigh.length, 'the catalogue needs a high-severity context pitfall for this test').toBeGreaterThan(0);
  await box(page, 'Category', 'context').check();
  await box(page, 'Severity', 'high').check();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
  await expect(page).toHaveURL(/\?category=context&severity=high&sort=title$/);

  await page.reload();
  await expect(shown(page)).toHaveCount(ctxHigh.length);
  await expect(box(page, 'Category', 'context')).toBeChecked();
  await expect(box(page, 'Severity', 'high')).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('title');

  await page.goBack(); // sort back to severity
  await expect(page).toHaveURL(/\?category=context&severity=high$/);
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('severity');
  await page.goBack(); // severity unticked
  await expect(page).toHaveURL(/\?category=context$/);
  await expect(shown(page)).toHaveCount(ctx.length);
  await expect(box(page, 'Severity', 'high')).not.toBeChecked();
  await page.goBack(); // nothing filtered
  await expect(shown(page)).toHaveCount(all.length);
  await expect(box(page, 'Category', 'context')).not.toBeChecked();
  await page.goForward();
  await expect(shown(page)).toHaveCount(ctx.length);
  await expect(box(page, 'Category', 'context')).toBeChecked();

  // A pasted link with several values, an unknown group, value and sort: the unknown parts are dropped.
  await page.goto(`${PAGE}?category=context,http-server,no-such-thing&colour=red&severity=high,critical&sort=sideways`);
  const items = await allItems(page);
  const expected = items.filter((i) => ['context', 'http-server'].includes(i.category) && ['high', 'critical'].includes(i.severity));
  await expect(shown(page)).toHaveCount(expected.length);
  await expect(page).toHaveURL(/\?category=context,http-server&severity=critical,high$/);
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('severity');
});

test('filtering works with the keyboard alone', async ({ page }) => {
  await page.goto(PAGE);
  const ctx = (await allItems(page)).filter((i) => i.category === 'context');
  const target = box(page, 'Category', 'context');
  let focused = false;
  for (let i = 0; i < 80 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await target.evaluate((el) => el === document.activeElement);
  }
  expect(focused, 'Tab reaches the context checkbox').toBe(true);
  // Focus is visible: Chromium draws :focus-visible after keyboard navigation.
  expect(await target.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
  await expect(shown(page)).toHaveCount(ctx.length);
  await expect(status(page)).toHaveText(`${ctx.length} pitfalls shown`);
});

test('sorting by severity, ID and title', async ({ page }) => {
  await page.goto(PAGE);
  const items = await allItems(page);
  const rank = (s: string) => ['critical', 'high', 'medium', 'low'].indexOf(s);
  const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id, 'en', { numeric: true });
  const ids = (list: typeof items) => list.map((i) => i.id);

  const first = await shownIds(page);
  expect(first).toEqual(ids([...items].sort((x, y) => rank(x.severity) - rank(y.severity) || byId(x, y))));
  expect(items.find((i) => i.id === first[0])?.severity).toBe('critical'); // critical ones lead

  const sort = page.getByRole('combobox', { name: 'Sort by' });
  await sort.selectOption('id');
  expect(await shownIds(page)).toEqual(ids([...items].sort(byId)));
  await expect(page).toHaveURL(/\?sort=id$/);

  await sort.selectOption('title');
  expect(await shownIds(page)).toEqual(ids([...items].sort((x, y) => x.title.localeCompare(y.title, 'en', { sensitivity: 'base' }) || byId(x, y))));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the full list is there, sorted by severity, with every fact', async ({ page, request }) => {
    // Every published pitfall, as the API lists them; the filter in the URL does nothing without JS.
    const published = ((await (await request.get('/api/pitfalls.json')).json()) as { pitfalls: unknown[] }).pitfalls.length;
    await page.goto(`${PAGE}?category=context`);
    const cards = catalogue(page).getByRole('listitem');
    await expect(cards).toHaveCount(published);
    await expect(page.getByText(`${published} pitfalls shown`)).toBeVisible();
    // The controls do nothing without the script, so they are not shown.
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    const severities = await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.severity));
    const rank = (s?: string) => ['critical', 'high', 'medium', 'low'].indexOf(s ?? '');
    expect(severities.map(rank)).toEqual([...severities.map(rank)].sort((x, y) => x - y));

    const ctx = cards.filter({ hasText: 'CTX-002' });
    await expect(ctx.getByRole('link', { name: /CTX-002/ })).toHaveAttribute('href', '/pitfalls/context-cancel-not-called/');
    await expect(ctx).toContainText('Severity');
    await expect(ctx).toContainText('medium');
    await expect(ctx).toContainText('Libraries');
    await expect(ctx).toContainText('Go versions');
    await expect(ctx).toContainText('vet:lostcancel');
    await expect(cards.filter({ hasText: 'JSON-001' })).toContainText(/Detectors\s*none/);
    await expect(cards.filter({ hasText: 'JSON-001' })).toContainText(/Go versions\s*all/);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the catalogue, filtered (${theme})`, async ({ page }) => {
    await page.goto(`${PAGE}?category=context`);
    await setTheme(page, theme);
    await expect(shown(page)).toHaveCount((await allItems(page)).filter((i) => i.category === 'context').length);
    expect(await axeViolations(page)).toEqual([]);
  });
}
