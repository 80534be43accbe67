import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanForDiff, collapse, diffRows, lineDiff, type Row } from './lineDiff.ts';

const texts = (lines: { text: string }[]) => lines.map((l) => l.text);
const same = (n: number): Row => ({ kind: 'same', oldLine: n, newLine: n, text: `s${n}` });

describe('cleanForDiff', () => {
  const source = [
    '//go:build bad', //            1  dropped with the blank line after it
    '',
    'package p',
    '',
    '// #region main', //           5  dropped
    'func f() {',
    '\tx := 1 // [!proof]', //      7  marker stripped
    '\t_ = x          // [!note] why', //  8  marker and padding stripped
    '}',
    '',
    '// #endregion', //            11  dropped; the blank lines around it fold into one
    '',
    'func g() {}',
    '',
    '',
  ].join('\n');

  it('drops markers, the build constraint and region lines but keeps real line numbers', () => {
    expect(cleanForDiff(source)).toEqual([
      { line: 3, text: 'package p' },
      { line: 4, text: '' },
      { line: 6, text: 'func f() {' },
      { line: 7, text: '\tx := 1' },
      { line: 8, text: '\t_ = x' },
      { line: 9, text: '}' },
      { line: 10, text: '' },
      { line: 13, text: 'func g() {}' },
    ]);
  });

  it('accepts CRLF files', () => {
    expect(texts(cleanForDiff(source.replace(/\n/g, '\r\n')))).toEqual(texts(cleanForDiff(source)));
  });
});

describe('diffRows', () => {
  const lines = (...t: string[]) => t.map((text, i) => ({ line: i + 10, text }));

  it('pairs unchanged lines by their own line numbers and puts removals before additions', () => {
    expect(diffRows(lines('a', 'b', 'c'), lines('a', 'x', 'c', 'd'))).toEqual([
      { kind: 'same', oldLine: 10, newLine: 10, text: 'a' },
      { kind: 'del', oldLine: 11, text: 'b' },
      { kind: 'add', newLine: 11, text: 'x' },
      { kind: 'same', oldLine: 12, newLine: 12, text: 'c' },
      { kind: 'add', newLine: 13, text: 'd' },
    ]);
  });

  it('compares whole lines, so an indentation change is a change', () => {
    expect(diffRows(lines('\tx'), lines('  x')).map((r) => r.kind)).toEqual(['del', 'add']);
  });
});

describe('collapse', () => {
  it('keeps context around each change and folds the rest', () => {
    const rows: Row[] = [...[1, 2, 3, 4, 5, 6].map(same), { kind: 'del', oldLine: 7, text: 'b' }, ...[8, 9, 10, 11, 12, 13, 14, 15, 16].map(same)];
    const out = collapse(rows, 2);
    expect(out.map((r) => (r.kind === 'skip' ? `skip ${r.count}` : r.kind === 'same' ? r.oldLine : 'del'))).toEqual([
      'skip 4', 5, 6, 'del', 8, 9, 'skip 7',
    ]);
  });

  it('shows a single unchanged line rather than folding it, and merges overlapping context', () => {
    const del = (n: number): Row => ({ kind: 'del', oldLine: n, text: 'x' });
    const rows = [same(1), same(2), del(3), same(4), same(5), same(6), same(7), same(8), del(9)];
    // Context 2 around line 3 reaches 5, around line 9 reaches 7: line 6 alone is shown, not folded.
    expect(collapse(rows, 2).some((r) => r.kind === 'skip')).toBe(false);
    // Context 1: line 1 alone stays; lines 5–7 fold.
    expect(collapse(rows, 1).map((r) => r.kind)).toEqual(['same', 'same', 'del', 'same', 'skip', 'same', 'del']);
  });

  it('folds identical files into one skip and keeps an empty diff empty', () => {
    expect(collapse([same(1), same(2)])).toEqual([{ kind: 'skip', count: 2 }]);
    expect(collapse([])).toEqual([]);
  });
});

describe('lineDiff on a real sandbox', () => {
  const dir = path.join(process.cwd(), 'sandboxes', 'context-cancel-not-called');
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');

  it('shows the fix as removed and added lines with file line numbers and no markers', () => {
    const d = lineDiff(read('bad.go'), read('good.go'));
    expect(d.removed).toBeGreaterThan(0);
    expect(d.added).toBeGreaterThan(0);
    const all = d.rows.map((r) => ('text' in r ? r.text : '')).join('\n');
    expect(all).not.toMatch(/\[!|#region|#endregion|go:build/);
    expect(d.rows.some((r) => r.kind === 'add' && r.text.includes('defer cancel()'))).toBe(true);
    // Line numbers are the file's: package is line 3 in both files (after //go:build and a blank line).
    expect(d.bad[0]).toEqual({ line: 3, text: 'package jobs' });
    expect(d.good[0]).toEqual({ line: 3, text: 'package jobs' });
  });
});
