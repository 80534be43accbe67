/**
 * One pass over every page the site publishes (dist/sitemap-0.xml, read at test time, so a new
 * page is covered without touching this file). Each page is loaded once with JavaScript and once
 * without, in two tabs (one per browser context) that all the tests of a worker navigate: a
 * context per page per check, and then a tab per page, were most of the old sweeps' cost. Each
 * page is checked for what only a browser can judge:
 *
 *  - health: no console error, page error, failed request, HTTP error or request to another
 *    origin. scripts/serve.ts enforces the production Content-Security-Policy, so an inline
 *    script missing from the policy shows up here as a console error;
 *  - accessibility: axe's structural rules with every disclosure open, in the theme the page
 *    opened in, and its colour rules in both themes. The theme only swaps colour variables on the
 *    same DOM (Starlight's data-theme), so the structural rules would repeat their verdict. The
 *    colour rules measure each distinct look of text (colours, background, size, the classes
 *    around it) once per worker and theme, in the page where it first appears, instead of the
 *    same sidebar and code colours again on every page (axe.ts colourViolations);
 *  - on a 360 px phone, in both themes: the page is no wider than the screen (wide diagrams and
 *    code scroll inside their own box, long words wrap), and the header's Search and menu buttons
 *    are on screen. Measured on the page already loaded, resized;
 *  - without JavaScript: one visible <h1>; pitfall pages still show their last verification,
 *    code, proof output and quiz.
 *
 * What needs no layout is checked in Node after the build instead: links and anchors
 * (scripts/check-links.ts), that every inline script has its hash in the policy
 * (scripts/check-csp.ts), and that every pitfall page's diff editor is fed that page's own diff
 * (scripts/check-diff-data.ts); Monaco opening such a payload is e2e/diff-viewer.spec.ts's job.
 */
import { expect, test as base, type Browser, type ConsoleMessage, type Page, type Request, type Response } from '@playwright/test';
import { axeViolations, colourViolations, COLOUR_RULES } from './axe.ts';
import { sitemapPaths, setTheme } from './helpers.ts';

const paths = sitemapPaths();
const isPitfall = (path: string) => /^\/pitfalls\/[a-z0-9-]+\/$/.test(path);

/**
 * One tab per browser context for the whole worker, navigated from page to page. Opening a tab
 * per test started a renderer process each time: 0.85 s and 1.8 CPU-s per page load more than
 * navigating an open tab (31 pitfall pages on the 2-core CI machine: 29.4 s against 7.6 s wall,
 * 58 against 14 CPU-s). Navigation replaces the document, so only the context's storage (the
 * theme, which the sweep sets itself) and the tab's size carry over; the size is put back before
 * each test. After a failed test Playwright replaces the worker, and with it both tabs.
 */
async function workerTab(browser: Browser, baseURL: string | undefined, javaScriptEnabled: boolean, use: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled });
  await use(await context.newPage());
  await context.close();
}

const test = base.extend<{ jsPage: Page; noJsPage: Page; problems: string[] }, { jsTab: Page; noJsTab: Page }>({
  jsTab: [async ({ browser }, use, info) => workerTab(browser, info.project.use.baseURL, true, use), { scope: 'worker' }],
  noJsTab: [async ({ browser }, use, info) => workerTab(browser, info.project.use.baseURL, false, use), { scope: 'worker' }],
  jsPage: async ({ jsTab, viewport }, use) => {
    // The phone step leaves the tab at 360 px.
    if (viewport) await jsTab.setViewportSize(viewport);
    await use(jsTab);
  },
  noJsPage: async ({ noJsTab }, use) => use(noJsTab),
  // What goes wrong in the JavaScript tab during one test (watch).
  problems: async ({ jsPage, baseURL }, use) => {
    const watcher = watch(jsPage, new URL(baseURL!).origin);
    await use(watcher.problems);
    watcher.stop();
  },
});

test.describe.configure({ mode: 'parallel' });

/**
 * Everything that goes wrong while `page` shows one path, as readable lines. The tab is shared by
 * the worker's tests, so the listeners come off again with `stop`.
 */
function watch(page: Page, origin: string): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const onConsole = (m: ConsoleMessage) => m.type() === 'error' && problems.push(`console error: ${m.text()}`);
  const onPageError = (e: Error) => problems.push(`page error: ${e.message}`);
  const onRequestFailed = (r: Request) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  const onResponse = (r: Response) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`);
  const onRequest = (r: Request) => {
    const url = new URL(r.url());
    // data: and blob: URLs never leave the page.
    if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
  };
  const subscribe = (how: 'on' | 'off') => {
    page[how]('console', onConsole);
    page[how]('pageerror', onPageError);
    page[how]('requestfailed', onRequestFailed);
    page[how]('response', onResponse);
    page[how]('request', onRequest);
  };
  subscribe('on');
  return { problems, stop: () => subscribe('off') };
}

const PHONE = { width: 360, height: 800 };

/** Looks of text whose contrast this worker already measured, per theme (axe.ts colourViolations). */
const seenLooks = new Set<string>();

/**
 * How far the document overflows a phone-sized viewport, and, when it does, what sticks out: the
 * innermost elements past the right edge that no scrolling box of their own contains (a diagram
 * scrolled inside its figure is fine; the figure itself sticking out is not).
 */
function overflowAtPhoneWidth() {
  const vw = document.documentElement.clientWidth;
  const width = document.documentElement.scrollWidth;
  if (width <= vw) return { width, widest: [] as string[] };
  const scrolls = (el: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
  const containedBy = (el: Element) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (scrolls(a)) return a.getBoundingClientRect().right <= vw + 0.5;
    }
    return false;
  };
  // An SVG counts as one element: its shapes sit inside its own clipping box.
  const past = [...document.body.querySelectorAll('*')].filter((el) => {
    if (el instanceof SVGElement && el.ownerSVGElement) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.right > vw + 0.5 && !containedBy(el);
  });
  const innermost = past.filter((el) => !past.some((other) => other !== el && el.contains(other)));
  const describe = (el: Element) => {
    const classes = typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter((c) => c && !c.startsWith('astro-')) : [];
    const cls = classes.map((c) => `.${c}`).join('');
    const text = (el.textContent ?? '').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${cls}> right edge at ${Math.round(el.getBoundingClientRect().right)} px${text ? ` ("${text}")` : ''}`;
  };
  return {
    width,
    widest: innermost.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right).slice(0, 5).map(describe),
  };
}

/** At 360 px: no sideways scroll, and the header's Search and menu buttons on screen. */
async function checkPhoneWidth(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const { width, widest } = await page.evaluate(overflowAtPhoneWidth);
  if (width > PHONE.width) problems.push(`the page is ${width} px wide at ${PHONE.width} px; widest: ${widest.join('; ')}`);
  const names = ['Search'];
  // Pages without a sidebar (the home page) have no menu to open.
  if (await page.locator('html[data-has-sidebar]').count()) names.push('Menu');
  for (const name of names) {
    // By role and name, as a screen reader finds them: an icon-only button must keep its name.
    // Starlight draws the menu button over the header from outside it (fixed position).
    const button = (name === 'Search' ? page.locator('header.header') : page).getByRole('button', { name, exact: true });
    const box = (await button.count()) === 1 && (await button.isVisible()) ? await button.boundingBox() : null;
    if (!box) problems.push(`no visible header button named "${name}" at ${PHONE.width} px`);
    else if (box.x < 0 || box.x + box.width > PHONE.width) problems.push(`the "${name}" button is off screen (x ${Math.round(box.x)}–${Math.round(box.x + box.width)} px)`);
  }
  return problems;
}

test('the sitemap lists the pages to sweep', () => {
  expect(paths.length).toBeGreaterThan(5);
  expect(paths).toContain('/');
  expect(paths.filter(isPitfall).length).toBeGreaterThan(0);
});

for (const path of paths) {
  test(`${path}: healthy, axe-clean in both themes, fits a phone, readable without JavaScript`, async ({ jsPage: page, problems, noJsPage }) => {
    await page.goto(path);
    // Reach the end of the page so anything loaded on scroll is loaded too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const first = (await page.evaluate(() => document.documentElement.dataset.theme)) === 'dark' ? 'dark' : 'light';
    const second = first === 'light' ? 'dark' : 'light';

    await test.step('axe: every rule in one theme, colour rules again in the other', async () => {
      // Open every disclosure so hidden content is checked too.
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
      // Start in the theme the page opened in (the previous test's last choice, kept in
      // localStorage), then switch once: one theme change per page instead of two.
      const found = (await axeViolations(page, { skip: COLOUR_RULES })).map((v) => `${first}: ${v}`);
      for (const theme of [first, second]) {
        if (theme !== first) await setTheme(page, theme);
        found.push(...(await colourViolations(page, theme, seenLooks)).violations.map((v) => `${theme}: ${v}`));
      }
      expect(found).toEqual([]);
    });

    await test.step(`fits a ${PHONE.width} px phone in both themes, header buttons on screen`, async () => {
      // Same page, still with every disclosure open: in the theme the colour run left it in
      // (second), then in the first. Starlight's data-theme swaps colour variables, not sizes, yet a
      // theme's CSS can still set a border or a font on its own, so each is measured. The size is
      // put back by the next test (the jsPage fixture).
      await page.setViewportSize(PHONE);
      const found = (await checkPhoneWidth(page)).map((p) => `${second}: ${p}`);
      // At 360 px Starlight's theme control sits in the closed menu; set what it sets on <html>
      // (only the attribute, which is all the CSS reads; the choice is not stored).
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), first);
      found.push(...(await checkPhoneWidth(page)).map((p) => `${first}: ${p}`));
      expect(found).toEqual([]);
    });
    await page.waitForLoadState('networkidle');
    expect(problems, 'console errors, failed or foreign requests').toEqual([]);

    await test.step('without JavaScript', async () => {
      await noJsPage.goto(path);
      const h1 = noJsPage.getByRole('heading', { level: 1 });
      await expect(h1).toHaveCount(1);
      await expect(h1).toBeVisible();
      await expect(h1).not.toBeEmpty();
      if (!isPitfall(path)) return;
      // The second reading: when, and against which versions every claim was checked.
      await expect(noJsPage.locator('.pitfall-meta .reviewed')).toContainText(/Last verified\s*\d{4}-\d{2}-\d{2} by a second reader, against go1\.\d+/);
      // Each variant's code, with its file named in the caption (the first region may be a type or a var, not a func).
      for (const variant of ['bad', 'good']) {
        const code = noJsPage.locator(`figure.sandbox-code.${variant}`).first();
        await expect(code).toBeVisible();
        await expect(code).toContainText(`${variant}.go`);
        await expect(code.locator('pre .ec-line').first()).toBeVisible();
        await expect(code.locator('pre').first()).toContainText(/(func|type|var|const|import) /);
      }
      // The proof shows, for each variant, the command CI ran and what it printed.
      for (const variant of ['bad', 'good']) {
        const lines = noJsPage.getByRole('region', { name: new RegExp(`^${variant}\\.go`) }).locator('pre .ec-line');
        await expect(lines.first()).toBeVisible();
        await expect(lines.first()).toContainText(/^\$ \S/);
        // A passing vet prints nothing, but the convicted variant always shows what failed.
        if (variant === 'bad') expect(await lines.count()).toBeGreaterThan(1);
      }
      const questions = noJsPage.locator('form.quiz-question');
      expect(await questions.count()).toBeGreaterThan(0);
      for (const q of await questions.all()) {
        await expect(q.locator('legend')).toBeVisible();
        await expect(q.locator('legend')).not.toBeEmpty();
        await expect(q.locator('label').first()).toBeVisible();
      }
    });
  });
}
