/**
 * The repository's arrows (proof/README.md): content and sandboxes → engine (proof/) →
 * results → site (src/) → dist/. Checked on the real import graph of every TypeScript,
 * JavaScript and Astro file: no cycles anywhere, the site reaches the engine only through
 * proof/api.ts, the engine imports nothing of the site or the tools, and every module in src/
 * serves the site (none is used only by tooling or tests).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from './hash.ts';

const ROOTS = ['proof', 'src', 'scripts', 'e2e'];
const TOP = ['astro.config.mjs', 'ec.config.mjs', 'playwright.config.ts', 'vitest.config.ts'];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' || e.name === 'node_modules' ? [] : walk(p);
    return /\.(ts|mjs|astro)$/.test(e.name) ? [p] : [];
  });
}

const files = [...ROOTS.flatMap(walk), ...TOP.filter((f) => fs.existsSync(f))];
/** file → the repository files it imports. */
const graph = new Map<string, string[]>(
  files.map((f) => {
    const text = fs.readFileSync(f, 'utf8');
    // Config files also name modules as plain strings (Starlight's component overrides).
    const specs = TOP.includes(f) ? [...importsOf(text), ...[...text.matchAll(/['"](\.\/src\/[^'"]+)['"]/g)].map((m) => m[1])] : importsOf(text);
    const deps = specs
      .filter((s) => s.startsWith('.'))
      .map((s) => path.normalize(path.join(path.dirname(f), s.replace(/\?.*$/, ''))))
      .filter((d) => fs.existsSync(d));
    return [f, deps];
  }),
);
const isTest = (f: string) => /\.test\.ts$|\.spec\.ts$|^e2e\//.test(f);

describe('module boundaries', () => {
  it('has a graph to check', () => {
    expect(graph.size).toBeGreaterThan(80);
    expect(graph.get('src/lib/resultChecks.ts')).toContain('proof/api.ts');
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...stack.slice(stack.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      stack.push(f);
      for (const d of graph.get(f) ?? []) visit(d);
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f);
    expect(cycles).toEqual([]);
  });

  it('lets the site and the tools reach the engine only through proof/api.ts', () => {
    const bad = [...graph].flatMap(([f, deps]) =>
      f.startsWith('proof/') || TOP.includes(f) ? [] : deps.filter((d) => d.startsWith('proof/') && d !== 'proof/api.ts').map((d) => `${f} imports ${d}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps the engine free of the site and the tools', () => {
    const bad = [...graph].flatMap(([f, deps]) => (f.startsWith('proof/') ? deps.filter((d) => !d.startsWith('proof/')).map((d) => `${f} imports ${d}`) : []));
    expect(bad).toEqual([]);
  });

  it('keeps only site code in src/: every module there is used by the site', () => {
    // What the site build starts from: Astro's config and content config, pages, and the diff editor bundle.
    const entries = ['astro.config.mjs', 'ec.config.mjs', 'src/content.config.ts', ...[...graph.keys()].filter((f) => f.startsWith('src/pages/') || f.startsWith('src/diff-editor/main.ts'))];
    const reached = new Set<string>();
    const visit = (f: string) => {
      if (reached.has(f)) return;
      reached.add(f);
      for (const d of graph.get(f) ?? []) visit(d);
    };
    entries.forEach(visit);
    const unused = [...graph.keys()].filter((f) => f.startsWith('src/') && !isTest(f) && !reached.has(f) && !f.endsWith('env.d.ts'));
    expect(unused).toEqual([]);
  });
});
