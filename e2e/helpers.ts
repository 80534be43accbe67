import type { Page } from '@playwright/test';

/** Switch Starlight's theme with its own control, as a reader would. */
export async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(theme);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}
