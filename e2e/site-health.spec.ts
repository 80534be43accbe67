import { sitemapPaths } from './helpers.ts';
/**
 * Every published page (dist/sitemap-0.xml, read at test time) loads cleanly: no console
 * error, no failed request, nothing fetched from another origin (the site is self-hosted,
 * Monaco included). And without JavaScript every page still has its title and every
 * pitfall page still teaches: code, proof output and quiz are server-rendered.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** Paths of every page in the built sitemap (its URLs carry the production origin). */
const paths = sitemapPaths();
const isPitfall = (path: string) => /^\/pitfalls\/[a-z0-9-]+\/$/.test(path);

/** Everything that went wrong while `page` was open, as readable lines. */
function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    // data: and blob: URLs never leave the page.
    if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
  });
  return problems;
}

test.describe.configure({ mode: 'parallel' });

test('the sitemap lists the pages to check', () => {
  expect(paths.length).toBeGreaterThan(5);
  expect(paths.filter(isPitfall).length).toBeGreaterThan(0);
});

for (const path of paths) {
  test(`${path} loads with no console error, failed or foreign request`, async ({ page, baseURL }) => {
    const problems = watch(page, new URL(baseURL!).origin);
    await page.goto(path, { waitUntil: 'networkidle' });
    // Reach the end of the page so anything loaded on scroll is loaded too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    // The diff editor is the one thing loaded on demand: open it on every pitfall page (its input is the page's own).
    if (isPitfall(path)) {
      const launcher = page.locator('diff-editor-launcher').first();
      await launcher.getByRole('button', { name: 'Open in the diff editor' }).click();
      // The launcher's status says how it went (open, or why not). Monaco is a few MB and parsing it
      // on a 2-core CI machine running two browsers took over 20 s once, so allow 45 s.
      await expect(launcher.locator('[data-status]')).toHaveText(/^Diff editor open|could not be loaded/, { timeout: 45_000 });
      await expect(launcher.locator('[data-status]')).toHaveText(/^Diff editor open/);
      await expect(launcher.getByRole('button', { name: 'Close editor' })).toBeVisible();
    }
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of paths) {
    test(`${path} has one visible <h1>${isPitfall(path) ? ', its code, proof and quiz' : ''}`, async ({ page }) => {
      await page.goto(path);
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveCount(1);
      await expect(h1).toBeVisible();
      await expect(h1).not.toBeEmpty();
      if (!isPitfall(path)) return;

      // Each variant's code, with its file named in the caption (the first region may be a type or a var, not a func).
      for (const variant of ['bad', 'good']) {
        const code = page.locator(`figure.sandbox-code.${variant}`).first();
        await expect(code).toBeVisible();
        await expect(code).toContainText(`${variant}.go`);
        await expect(code.locator('pre .ec-line').first()).toBeVisible();
        await expect(code.locator('pre').first()).toContainText(/(func|type|var|const|import) /);
      }
      // The proof shows, for each variant, the command CI ran and what it printed.
      for (const variant of ['bad', 'good']) {
        const proof = page.getByRole('region', { name: new RegExp(`^${variant}\\.go`) });
        const lines = proof.locator('pre .ec-line');
        await expect(lines.first()).toBeVisible();
        await expect(lines.first()).toContainText(/^\$ \S/);
        // A passing vet prints nothing, but the convicted variant always shows what failed.
        if (variant === 'bad') expect(await lines.count()).toBeGreaterThan(1);
      }

      const questions = page.locator('form.quiz-question');
      expect(await questions.count()).toBeGreaterThan(0);
      for (const q of await questions.all()) {
        await expect(q.locator('legend')).toBeVisible();
        await expect(q.locator('legend')).not.toBeEmpty();
        await expect(q.locator('label').first()).toBeVisible();
      }
    });
  }
});
