import { expect, test, type Page } from '@playwright/test';
import { MONACO } from '../scripts/lib/transfer.ts';
import { axeViolations } from './axe.ts';
import { setTheme } from './helpers.ts';

const PAGE = '/pitfalls/context-cancel-not-called/';

const openButton = (page: Page) => page.getByRole('button', { name: 'Open in the diff editor' });
const editorRegion = (page: Page) => page.getByRole('region', { name: /^Diff editor:/ });
const status = (page: Page) => page.locator('diff-editor-launcher').getByRole('status');
const staticDiff = (page: Page) => page.getByRole('table', { name: /bad\.go → good\.go/ });
// Monaco renders code lines as plain divs (no role): its own class names are the only handle.
const sideText = (page: Page, side: 'original' | 'modified') => editorRegion(page).locator(`.editor.${side} .view-lines:not(.line-delete)`);
/** Inline, the removed lines are drawn in the modified side, between its own lines. */
const inlineRemoved = (page: Page) => editorRegion(page).locator('.editor.modified .view-lines.line-delete');
const monacoThemeHost = (page: Page) => editorRegion(page).locator('.monaco-editor.modified-in-monaco-diff-editor');
/** Where each side of the diff sits, in px: side by side they split the width, inline the original is only its gutter. */
const sides = (page: Page) =>
  editorRegion(page).evaluate((region) => {
    const box = (side: string) => region.querySelector(`.editor.${side}`)!.getBoundingClientRect();
    const [o, m] = [box('original'), box('modified')];
    return { originalX: o.x, originalWidth: o.width, modifiedX: m.x, modifiedWidth: m.width, width: region.getBoundingClientRect().width };
  });
const expectSideBySide = async (page: Page) =>
  expect.poll(async () => { const s = await sides(page); return s.originalX < s.modifiedX && s.originalWidth > s.width * 0.4 && s.modifiedWidth > s.width * 0.4; }, 'side by side').toBe(true);
const expectInline = async (page: Page) =>
  expect.poll(async () => { const s = await sides(page); return s.originalWidth < s.width * 0.2 && s.modifiedWidth > s.width * 0.75; }, 'inline').toBe(true);

/**
 * Monaco is a few MB of JavaScript to parse: on a loaded 2-core CI machine it took over 20 s
 * once. The launcher's status says when the editor is open (or why not); wait for that before
 * looking inside the editor.
 */
const editorOpen = async (page: Page) => {
  await expect(status(page)).toHaveText(/^Diff editor open|could not be loaded/, { timeout: 45_000 });
  await expect(status(page)).toHaveText(/^Diff editor open/);
};

test('the static diff shows removed and added lines with real line numbers, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const table = staticDiff(page);
  await expect(table).toBeVisible();
  const removed = table.getByRole('row', { name: /removed/ });
  const added = table.getByRole('row', { name: /added/ });
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText('jobCtx, _ := context.WithTimeout');
  await expect(removed).toContainText('−');
  await expect(added.filter({ hasText: 'defer cancel()' })).toHaveCount(1);
  // Line numbers are the sandbox file's: the removed line is line 11 of bad.go.
  await expect(removed.getByRole('cell').first()).toHaveText('11');
  await expect(table.getByRole('row', { name: /unchanged lines/ })).toHaveCount(1);
  await expect(table).not.toContainText('[!');
  await expect(table).not.toContainText('go:build');
  // Without JavaScript there is no dead button.
  await expect(openButton(page)).toBeHidden();
  await context.close();
});

test('nothing of Monaco is requested before the reader points at the button; hovering starts the fetch; clicking opens both files in the diff editor', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(PAGE);
  await openButton(page).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => MONACO.test(u)), 'Monaco requested before hover or focus').toEqual([]);
  expect(await page.locator('link[rel="stylesheet"][href*="vendor/diff-editor"]').count()).toBe(0);

  // Hold Monaco's main chunk back so the hover's fetch and the click's loading state can be seen.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/vendor\/diff-editor\/assets\/editor-[^/]*\.js$/, async (route) => { await held; await route.continue(); });
  await openButton(page).hover();
  // The hover alone fetches the entry and asks for Monaco itself (held here); nothing is mounted.
  await expect.poll(() => requests.filter((u) => /\/vendor\/diff-editor\/(diff-editor\.js|assets\/editor-[^/]*\.js)$/.test(u)).length, 'hover starts the fetch').toBe(2);
  await expect(editorRegion(page)).toBeHidden();
  await expect(status(page)).toHaveText('');

  await openButton(page).click();
  const loading = page.getByRole('button', { name: 'Loading the diff editor…' });
  await expect(loading).toHaveAttribute('aria-busy', 'true');
  await expect(status(page)).toHaveText('Loading the diff editor…');
  release();

  await editorOpen(page);
  await expect(editorRegion(page)).toBeVisible();
  await expect(sideText(page, 'original')).toContainText('jobCtx, _ := context.');
  await expect(sideText(page, 'modified')).toContainText('defer cancel()');
  await expect(sideText(page, 'original')).not.toContainText('defer cancel()');
  // The gutter shows the sandbox files' own line numbers (line 3 is `package jobs`), as the table does.
  await expect(editorRegion(page).locator('.editor.original .line-numbers').first()).toHaveText('3');
  await expect(editorRegion(page)).not.toContainText('[!');
  // The static table gives way to the editor; the bundle came from the self-hosted folder.
  await expect(staticDiff(page)).toBeHidden();
  expect(requests.some((u) => /\/vendor\/diff-editor\/assets\/.*\.css$/.test(u))).toBe(true);
});

test('a payload with "<" in the Go code (escaped in the page) opens verbatim', async ({ page }) => {
  // scripts/check-diff-data.ts checks every page's payload in Node; this shows Monaco reads one
  // whose JSON escapes "<" as \u003c (channel operations) back to the code as written.
  await page.goto('/pitfalls/goroutine-leak-ignoring-ctx-done/');
  await openButton(page).click();
  await editorOpen(page);
  // Monaco draws only the lines in view; both of these are near the top.
  await expect(sideText(page, 'modified')).toContainText('case res := <-results:');
  await expect(sideText(page, 'modified')).toContainText('case <-ctx.Done():');
});

test('if the bundle cannot load, the static diff stays and the reader is told', async ({ page }) => {
  await page.route('**/vendor/diff-editor/**', (route) => route.abort());
  await page.goto(PAGE);
  await openButton(page).click();
  await expect(status(page)).toHaveText(/could not be loaded/);
  await expect(staticDiff(page)).toBeVisible();
  await expect(editorRegion(page)).toBeHidden();
  await expect(openButton(page)).not.toHaveAttribute('aria-busy');
});

test('keyboard only: focus starts the fetch, Enter opens the editor and focuses it, Shift+Tab reaches Close, which returns to the static diff', async ({ page }) => {
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  // Focus alone loads Monaco and starts its diff worker, before any key is pressed.
  const workerRequested = page.waitForRequest(/\/vendor\/diff-editor\/assets\/editor\.worker-[^/]*\.js$/, { timeout: 45_000 });
  await openButton(page).focus();
  await workerRequested;
  await expect(editorRegion(page)).toBeHidden();
  await page.keyboard.press('Enter');
  await editorOpen(page);
  const modified = editorRegion(page).getByRole('textbox', { name: /good\.go/ });
  await expect(modified).toBeFocused();
  // Shift+Tab walks back through the original side to the Close button (Tab never types here).
  await page.keyboard.press('Shift+Tab');
  await expect(editorRegion(page).getByRole('textbox', { name: /bad\.go/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  const close = page.getByRole('button', { name: 'Close editor' });
  await expect(close).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editorRegion(page)).toBeHidden();
  await expect(staticDiff(page)).toBeVisible();
  await expect(openButton(page)).toBeFocused();
  // Space opens it again (a real <button>).
  await page.keyboard.press('Space');
  await expect(modified).toBeFocused();
});

test('the editor follows the site theme at mount and on the theme toggle, and the window width: side by side from 900 px, inline below', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(PAGE);
  await setTheme(page, 'light');
  await openButton(page).click();
  await editorOpen(page);
  await expect(monacoThemeHost(page)).toHaveClass(/(^|\s)vs(\s|$)/);
  await setTheme(page, 'dark');
  await expect(monacoThemeHost(page)).toHaveClass(/(^|\s)vs-dark(\s|$)/);
  await setTheme(page, 'light');
  await expect(monacoThemeHost(page)).toHaveClass(/(^|\s)vs(\s|$)/);

  await expectSideBySide(page);
  await page.setViewportSize({ width: 899, height: 800 });
  await expectInline(page);
  // Inline, the removed line is shown in the one column, above the line that replaced it.
  await expect(inlineRemoved(page)).toContainText('jobCtx, _ := context.');
  await page.setViewportSize({ width: 900, height: 800 });
  await expectSideBySide(page);
});

// Light side by side on a wide window, dark inline on a narrow one (opened there: inline from the start).
for (const [theme, width] of [['light', 1280], ['dark', 800]] as const) {
  test(`axe finds no violations in the ${theme} theme at ${width} px, before and after opening the editor`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(PAGE);
    await setTheme(page, theme);
    expect(await axeViolations(page)).toEqual([]);

    await openButton(page).click();
    await editorOpen(page);
    await expect(sideText(page, 'modified')).toContainText('defer cancel()');
    if (width < 900) await expectInline(page);
    else await expectSideBySide(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}
