/**
 * axe-core run straight in the page. @axe-core/playwright's AxeBuilder did the same work in
 * 2.5–3× the time on our pages (measured: 9.2 s against 3.5 s on the heaviest pitfall page),
 * because it re-injects axe for every analysis and finishes each run in a fresh blank page; our
 * pages have no frames, so none of that is needed.
 *
 * axe is loaded as a script from AXE_URL, which the test server mounts (playwright.config.ts):
 * the browser then keeps it, compiled, across pages. Handing its source to page.evaluate on every
 * page cost twice the CPU (1.2 against 0.56 CPU-s per page, measured on five pitfall pages).
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** Where the test server serves node_modules/axe-core/axe.min.js (same origin, so the CSP allows it). */
export const AXE_URL = '/__test__/axe.min.js';

/** Rules whose verdict depends on colours: the only ones a theme switch can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Marks the elements whose look the colour rules have not yet measured (colourViolations). */
const NEW_LOOK = 'data-new-look';

interface AxeRun {
  /** Only these rules; otherwise axe's default set. */
  only?: string[];
  /** Leave these rules out. */
  skip?: string[];
  /** A CSS selector: check only the matching elements and their subtrees. */
  include?: string;
}

async function ensureAxe(page: Page) {
  if (await page.evaluate(() => 'axe' in window)) return;
  // A server without the mount (another baseURL): fall back to handing over the source.
  await page.addScriptTag({ url: AXE_URL }).catch(() => page.evaluate(axe.source));
}

/** Violations on the page as readable lines (`rule: count × selectors`), empty when clean. */
export async function axeViolations(page: Page, run: AxeRun = {}): Promise<string[]> {
  await ensureAxe(page);
  return page.evaluate(async ({ only, skip, include }) => {
    const a = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const r = await a.run((include ? { include: [[include]] } : document) as never, {
      resultTypes: ['violations'],
      ...(only ? { runOnly: { type: 'rule' as const, values: only } } : {}),
      ...(skip ? { rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])) } : {}),
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, run);
}

/**
 * axe's colour rules on every piece of text whose look this worker has not measured yet in this
 * theme. Most text on a page looks like text on the page before: the same sidebar, headings,
 * prose and a few dozen code-token colours on the same backgrounds (code alone was 58% of the
 * contrast rule's time). A look is everything the two rules read: the theme; the element's
 * colour, font size and weight, decoration and shadow; its parent's colour (a link is compared
 * with the text around it); the background it sits on (the first opaque background colour up
 * its ancestors, and any background image on the way); the opacity it inherits; and the tag and
 * classes of every ancestor, which is what our CSS selects on. Elements with a new look are
 * checked by axe in the real page; once they pass, their looks join `seen`. So every distinct
 * look is still measured in a browser — not a sample of pages — and a page with nothing new
 * costs no axe run at all. Returns the violations and how many elements were checked.
 */
export async function colourViolations(page: Page, theme: string, seen: Set<string>): Promise<{ violations: string[]; checked: number }> {
  const fresh = await page.evaluate(
    ({ theme, seenList, attr }) => {
      const seen = new Set(seenList);
      const fresh = new Set<string>();
      for (const el of document.querySelectorAll(`[${attr}]`)) el.removeAttribute(attr);
      type Around = { chain: string; bg: string; opacity: number };
      const memo = new Map<Element, Around>();
      const around = (el: Element): Around => {
        const hit = memo.get(el);
        if (hit) return hit;
        const cs = getComputedStyle(el);
        const parent = el.parentElement ? around(el.parentElement) : { chain: '', bg: 'canvas', opacity: 1 };
        const tag = `${el.tagName.toLowerCase()}.${[...el.classList].filter((c) => !c.startsWith('astro-')).sort().join('.')}`;
        const img = cs.backgroundImage !== 'none' ? `img(${tag})+` : '';
        const opaque = !/rgba\([^)]*,\s*0\)$|transparent/.test(cs.backgroundColor);
        const r = { chain: `${parent.chain}>${tag}`, bg: opaque ? `${img}${cs.backgroundColor}` : `${img}${parent.bg}`, opacity: parent.opacity * Number(cs.opacity) };
        memo.set(el, r);
        return r;
      };
      for (const el of document.body.querySelectorAll('*')) {
        if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
        const cs = getComputedStyle(el);
        const { chain, bg, opacity } = around(el);
        const parentColour = el.parentElement ? getComputedStyle(el.parentElement).color : '';
        const sig = [theme, cs.color, parentColour, bg, opacity, cs.fontSize, cs.fontWeight, cs.textDecorationLine, cs.textShadow, chain].join('|');
        if (seen.has(sig) || fresh.has(sig)) continue;
        fresh.add(sig);
        // link-in-text-block judges the <a>, not the text inside it.
        (el.closest('a') ?? el).setAttribute(attr, '');
      }
      return [...fresh];
    },
    { theme, seenList: [...seen], attr: NEW_LOOK },
  );
  if (!fresh.length) return { violations: [], checked: 0 };
  const violations = await axeViolations(page, { only: COLOUR_RULES, include: `[${NEW_LOOK}]` });
  if (!violations.length) for (const sig of fresh) seen.add(sig);
  return { violations, checked: fresh.length };
}
