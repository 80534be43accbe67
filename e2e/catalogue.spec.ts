import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { setTheme } from './helpers.ts';

const PAGE = '/pitfalls/';

const catalogue = (page: Page) => page.locator('pitfall-catalogue');
const shown = (page: Page) => catalogue(page).locator('li[data-id]:visible');
const status = (page: Page) => catalogue(page).getByRole('status');
// Filter groups are collapsed menus: their checkboxes exist (and keep their counts) while closed.
const group = (page: Page, legend: string) => page.getByRole('group', { name: legend, includeHidden: true });
const box = (page: Page, legend: string, option: string) =>
  group(page, legend).getByRole('checkbox', { includeHidden: true, name: new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(\\d+\\)$`) });
// A closed menu's checkboxes have no computed accessible name (they are hidden), so counts are read from their label.
const label = (page: Page, legend: string, option: string) => box(page, legend, option).locator('xpath=..');
const menu = (page: Page, legend: string) => catalogue(page).locator('details', { has: group(page, legend) });

/** Opens a group's menu, ticks or unticks an option, and closes the menu with Escape, as a reader would. */
async function tick(page: Page, legend: string, option: string, on = true) {
  if (!(await menu(page, legend).evaluate((d) => (d as HTMLDetailsElement).open))) await menu(page, legend).locator('summary').click();
  await box(page, legend, option).setChecked(on);
  await page.keyboard.press('Escape');
  await expect(menu(page, legend)).not.toHaveAttribute('open');
}
const shownIds = (page: Page) => shown(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));

/** Every pitfall's data-* attributes, as the server rendered them: expectations are derived from these. */
async function allItems(page: Page) {
  return catalogue(page).locator('li[data-id]').evaluateAll((els) =>
    els.map((e) => {
      const d = (e as HTMLElement).dataset;
      return { id: d.id!, title: d.title!, category: d.category!, severity: d.severity!, libraries: d.libraries!.split(' '), summary: e.querySelector('p')!.textContent! };
    }),
  );
}

test('a category narrows the list, a severity narrows it further, and every count follows the content', async ({ page }) => {
  await page.goto(PAGE);
  const items = await allItems(page);
  await expect(status(page)).toHaveText(`${items.length} pitfalls shown`);
  const inContext = items.filter((i) => i.category === 'context');
  expect(inContext.length, 'the catalogue needs several context pitfalls for this test').toBeGreaterThan(2);
  await expect(label(page, 'Category', 'context')).toHaveText(`context (${inContext.length})`);

  await tick(page, 'Category', 'context');
  await expect(shown(page)).toHaveCount(inContext.length);
  await expect(status(page)).toHaveText(`${inContext.length} pitfalls shown`);
  await expect(page).toHaveURL(/\?category=context$/);
  // Counts in other groups are among the pitfalls shown.
  const severities = [...new Set(items.map((i) => i.severity))];
  for (const sev of severities) {
    await expect(label(page, 'Severity', sev)).toHaveText(`${sev} (${inContext.filter((i) => i.severity === sev).length})`);
  }

  // A severity that some, but not all, of the context pitfalls have.
  const sev = severities.find((v) => {
    const n = inContext.filter((i) => i.severity === v).length;
    return n > 0 && n < inContext.length;
  })!;
  expect(sev, 'the context pitfalls need at least two severities for this test').toBeTruthy();
  const both = inContext.filter((i) => i.severity === sev);
  await tick(page, 'Severity', sev);
  await expect(shown(page)).toHaveCount(both.length);
  await expect(status(page)).toHaveText(`${both.length} ${both.length === 1 ? 'pitfall' : 'pitfalls'} shown`);
  expect((await shownIds(page)).sort()).toEqual(both.map((i) => i.id).sort());
  await expect(page).toHaveURL(new RegExp(`\\?category=context&severity=${sev}$`));
  // A group's own counts ignore its own selection (OR within it): context reads its count among the chosen severity.
  await expect(label(page, 'Category', 'context')).toHaveText(`context (${both.length})`);
});

test('filters combine: OR within a group, AND across groups, matching the content', async ({ page }) => {
  await page.goto(PAGE);
  const items = await allItems(page);
  const [a, b] = [...new Set(items.map((i) => i.severity))];
  const lib = items[0].libraries[0];

  await tick(page, 'Severity', a);
  await tick(page, 'Severity', b);
  const either = items.filter((i) => [a, b].includes(i.severity));
  await expect(shown(page)).toHaveCount(either.length);

  await tick(page, 'Library', lib);
  const both = either.filter((i) => i.libraries.includes(lib));
  await expect(shown(page)).toHaveCount(both.length);
  await expect(status(page)).toHaveText(`${both.length} pitfall${both.length === 1 ? '' : 's'} shown`);

  // Every option's count is what the list would show if it were the only one ticked in its group.
  for (const category of [...new Set(items.map((i) => i.category))]) {
    const n = both.filter((i) => i.category === category).length;
    await expect(label(page, 'Category', category)).toHaveText(`${category} (${n})`);
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
  await tick(page, 'Category', 'context');
  await tick(page, 'Severity', 'high');
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
  const tabTo = async (what: string, el: ReturnType<typeof box>) => {
    let focused = false;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await el.evaluate((e) => e === document.activeElement);
    }
    expect(focused, `Tab reaches ${what}`).toBe(true);
  };
  // The text filter comes first, then the menus: Enter opens one.
  await tabTo('the text filter', page.getByRole('searchbox', { name: 'Filter by title, ID or summary' }));
  await tabTo('the Category menu', menu(page, 'Category').locator('summary'));
  await page.keyboard.press('Enter');
  await tabTo('the context checkbox', target);
  // Focus is visible: Chromium draws :focus-visible after keyboard navigation.
  expect(await target.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
  await expect(shown(page)).toHaveCount(ctx.length);
  await expect(status(page)).toHaveText(`${ctx.length} pitfalls shown`);
  // Escape closes the menu and puts focus back on it; the chip that appeared is reachable and removes the filter.
  await page.keyboard.press('Escape');
  await expect(menu(page, 'Category').locator('summary')).toBeFocused();
  const chip = page.getByRole('button', { name: 'Remove filter Category: context' });
  await tabTo('the context chip', chip);
  await page.keyboard.press('Enter');
  await expect(shown(page)).toHaveCount((await allItems(page)).length);
  await expect(target).not.toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Filter by title, ID or summary' })).toBeFocused();
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
    await page.goto(`${PAGE}?category=context&q=cancel`);
    await setTheme(page, theme);
    const expected = (await allItems(page)).filter((i) => i.category === 'context' && `${i.id} ${i.title} ${i.summary}`.toLowerCase().includes('cancel'));
    await expect(shown(page)).toHaveCount(expected.length);
    // With a chip and the longest menu open (the detectors).
    await expect(page.getByRole('button', { name: 'Remove filter Category: context' })).toBeVisible();
    await menu(page, 'Detector').locator('summary').click();
    await expect(box(page, 'Detector', 'none')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

/** Cards whose whole box is inside the viewport on the first screen. */
const cardsAboveFold = (page: Page) =>
  shown(page).evaluateAll((els) => els.filter((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
  }).length);

for (const [width, height, least] of [[1280, 900, 3], [390, 844, 1]] as const) {
  test(`the first screen shows pitfalls at ${width}×${height}, and detector names never break mid-word`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(PAGE);
    await expect(page.getByRole('searchbox', { name: 'Filter by title, ID or summary' })).toBeVisible();
    expect(await cardsAboveFold(page), `at least ${least} whole pitfall card(s) above the fold`).toBeGreaterThanOrEqual(least);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll').toBe(true);

    // A detector name is one word: on the cards and in the open Detector menu it takes one line box.
    const broken = async () => page.locator('pitfall-catalogue .detector:visible, pitfall-catalogue [data-group=detector] .option:visible').evaluateAll((els) =>
      els.filter((e) => e.getClientRects().length > 1 || (e.textContent!.trim().indexOf(' ') < 0 && (() => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
      })())).map((e) => e.textContent));
    expect(await broken()).toEqual([]);
    await menu(page, 'Detector').locator('summary').click();
    expect(await page.locator('[data-group=detector] .option:visible').count()).toBeGreaterThan(2);
    expect(await broken()).toEqual([]);
  });
}

test('the text filter matches ID, title and summary as you type, lives in the URL, and counts follow it', async ({ page }) => {
  await page.goto(PAGE);
  const items = await allItems(page);
  const text = page.getByRole('searchbox', { name: 'Filter by title, ID or summary' });
  const hits = (q: string) => items.filter((i) => q.toLowerCase().split(/\s+/).every((w) => `${i.id} ${i.title} ${i.summary}`.toLowerCase().includes(w)));

  // A word from a summary only (not in any ID or title) proves the summary is searched.
  const word = items.flatMap((i) => i.summary.toLowerCase().match(/[a-z]{7,}/g) ?? [])
    .find((w) => items.every((i) => !`${i.id} ${i.title}`.toLowerCase().includes(w)))!;
  await text.fill(word);
  await expect(shown(page)).toHaveCount(hits(word).length);
  await expect(status(page)).toHaveText(`${hits(word).length} pitfall${hits(word).length === 1 ? '' : 's'} shown`);
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}$`));

  await text.fill('ctx-00');
  expect((await shownIds(page)).sort()).toEqual(hits('ctx-00').map((i) => i.id).sort());
  const inContext = hits('ctx-00').filter((i) => i.category === 'context').length;
  await expect(label(page, 'Category', 'context')).toHaveText(`context (${inContext})`);

  await text.fill('no such pitfall anywhere');
  await expect(shown(page)).toHaveCount(0);
  await expect(catalogue(page).getByText('No pitfall matches')).toBeVisible();
  await page.reload();
  await expect(text).toHaveValue('no such pitfall anywhere');
  await text.fill('');
  await expect(shown(page)).toHaveCount(items.length);
});

test('chips show the active filters and remove one each', async ({ page }) => {
  await page.goto(`${PAGE}?category=context&severity=high`);
  const items = await allItems(page);
  await expect(menu(page, 'Category').locator('summary')).toHaveText('Category (1)');
  await page.getByRole('button', { name: 'Remove filter Category: context' }).click();
  await expect(page).toHaveURL(/\?severity=high$/);
  await expect(box(page, 'Category', 'context')).not.toBeChecked();
  await expect(shown(page)).toHaveCount(items.filter((i) => i.severity === 'high').length);
  await expect(page.getByRole('button', { name: 'Remove filter Severity: high' })).toBeFocused();
  await page.getByRole('button', { name: 'Remove filter Severity: high' }).click();
  await expect(page).toHaveURL(/\/pitfalls\/$/);
  await expect(page.getByRole('list', { name: 'Active filters' })).toBeHidden();
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Remove filter Severity: high' })).toBeVisible();
});

test('every sidebar category link lands on exactly that category', async ({ page }) => {
  await page.goto(PAGE);
  const items = await allItems(page);
  const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^[a-z-]+ \(\d+\)$/ })
    .evaluateAll((els) => els.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
  const categories = [...new Set(items.map((i) => i.category))];
  expect(links.map((l) => l.text.replace(/ \(\d+\)$/, '')).sort()).toEqual(categories.sort());
  for (const { href, text } of links) {
    const category = text.replace(/ \(\d+\)$/, '');
    const expected = items.filter((i) => i.category === category);
    await page.goto(href);
    await expect(shown(page), href).toHaveCount(expected.length);
    expect(text).toBe(`${category} (${expected.length})`);
    await expect(box(page, 'Category', category)).toBeChecked();
    await expect(page).toHaveURL(new RegExp(`/pitfalls/\\?category=${category}$`));
  }
});
