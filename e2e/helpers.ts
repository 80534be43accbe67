import fs from 'node:fs';
import type { Page } from '@playwright/test';

/** Switch Starlight's theme with its own control, as a reader would. */
export async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(theme);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

/** The built site under test (playwright.config.ts serves it): dist/, or E2E_DIST. */
export const DIST = process.env.E2E_DIST ?? 'dist';

/** Every page of the built site, as paths, from the sitemap Starlight writes. */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}
