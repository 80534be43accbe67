/**
 * The diff editor's data on a built pitfall page, checked without a browser: one
 * <diff-editor-launcher>, its JSON payload parses and is exactly the page's own sandbox diff
 * (src/lib/diffPayload.ts), and some module script on the page defines the element. Monaco
 * itself opening a payload is a browser's job (e2e/diff-viewer.spec.ts); what differs from page
 * to page is only this data, so it is checked here for every page in milliseconds.
 */
import type { DiffPayload, DiffSide } from '../../src/lib/diffPayload.ts';

const LAUNCHER = /<diff-editor-launcher\b[^>]*>([\s\S]*?)<\/diff-editor-launcher>/g;
const JSON_SCRIPT = /<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/;
const DEFINES = /customElements\.define\(\s*["'`]diff-editor-launcher["'`]/;

/** What is wrong with one side of the payload, compared with what the sandbox file gives. */
function sideProblems(name: 'original' | 'modified', got: Partial<DiffSide> | undefined, want: DiffSide): string[] {
  if (!got || typeof got !== 'object') return [`the payload has no "${name}" side`];
  const out: string[] = [];
  if (got.title !== want.title) out.push(`${name}.title is ${JSON.stringify(got.title)}, expected ${JSON.stringify(want.title)}`);
  if (got.text !== want.text) {
    const a = String(got.text ?? '').split('\n');
    const b = want.text.split('\n');
    const i = a.findIndex((line, k) => line !== b[k]);
    const at = i === -1 ? a.length : i;
    out.push(`${name}.text differs from ${want.title} at shown line ${at + 1}: ${JSON.stringify(a[at] ?? '(end)')} instead of ${JSON.stringify(b[at] ?? '(end)')}`);
  }
  if (JSON.stringify(got.lines) !== JSON.stringify(want.lines)) out.push(`${name}.lines (the real line numbers) are not those of ${want.title}`);
  return out;
}

/**
 * Problems with the diff editor's data on one page's HTML. `moduleCode` gives the code of the
 * page's module scripts (inline bodies and the files they load), to find the element's definition.
 */
export function diffDataProblems(html: string, want: DiffPayload, moduleCode: string[]): string[] {
  const launchers = [...html.matchAll(LAUNCHER)];
  if (launchers.length !== 1) return [`${launchers.length} <diff-editor-launcher> elements, expected exactly 1 (DiffViewer.astro once per page)`];
  const inner = launchers[0][1];
  const problems: string[] = [];
  if (!/<button\b[^>]*\bdata-open\b/.test(inner)) problems.push('the launcher has no "Open in the diff editor" button (data-open)');
  const json = JSON_SCRIPT.exec(inner);
  if (!json) return [...problems, 'the launcher has no <script type="application/json"> payload'];
  let got: Partial<DiffPayload>;
  try {
    got = JSON.parse(json[1]) as Partial<DiffPayload>;
  } catch (e) {
    return [...problems, `the payload is not JSON: ${(e as Error).message}`];
  }
  problems.push(...sideProblems('original', got.original, want.original), ...sideProblems('modified', got.modified, want.modified));
  if (!moduleCode.some((code) => DEFINES.test(code))) problems.push('no module script on the page defines <diff-editor-launcher>, so the button never appears');
  return problems;
}

/** Inline module script bodies, and the src of external module scripts, of an HTML page. */
export function moduleScripts(html: string): { inline: string[]; src: string[] } {
  const inline: string[] = [];
  const src: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\btype=["']?module\b/i.test(m[1])) continue;
    const s = /\bsrc=["']([^"']+)["']/i.exec(m[1]);
    if (s) src.push(s[1]);
    else inline.push(m[2]);
  }
  return { inline, src };
}

/** Relative static imports in a bundled module (`import"./x.js"`, `from"./x.js"`). */
export const relativeImports = (code: string) => [...code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
