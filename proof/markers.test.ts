import { describe, expect, it } from 'vitest';
import { excerpt, parseMarkers } from './markers.ts';

const src = [
  '//go:build bad', // 1
  '', // 2
  'package p', // 3
  '', // 4
  '// #region main', // 5
  'func F() {', // 6
  '\tctx, _ := context.WithCancel(ctx) // [!proof]', // 7
  '\tuse(ctx)                          // [!note] nobody cancels this', // 8
  '}', // 9
  '// #endregion', // 10
].join('\n');

describe('parseMarkers', () => {
  const parsed = parseMarkers(src);

  it('finds regions with the real line numbers of their first and last lines', () => {
    expect(parsed.regions.get('main')).toEqual({ name: 'main', startLine: 6, endLine: 9 });
    expect(parsed.errors).toEqual([]);
  });

  it('records trailing markers on their own line and strips them from the shown code', () => {
    expect(parsed.annotations).toEqual([
      { line: 7, kind: 'proof', text: '' },
      { line: 8, kind: 'note', text: 'nobody cancels this' },
    ]);
    const ex = excerpt(parsed, 'main');
    expect(ex.code).toBe('func F() {\n\tctx, _ := context.WithCancel(ctx)\n\tuse(ctx)\n}');
    expect(ex.startLine).toBe(6);
    expect(ex.code).not.toContain('[!');
  });

  it('shows the whole file with region marker lines blanked so numbers stay real', () => {
    const ex = excerpt(parsed, '*');
    expect(ex.startLine).toBe(1);
    expect(ex.code.split('\n')[6]).toBe('\tctx, _ := context.WithCancel(ctx)');
    expect(ex.code.split('\n')[4]).toBe('');
    expect(ex.code).not.toContain('#region');
  });

  it('names the regions that exist when asked for one that does not', () => {
    expect(() => excerpt(parsed, 'handler')).toThrow('no region "handler"; regions in this file: main');
    expect(() => excerpt(parseMarkers('package p'), 'main')).toThrow('this file has no // #region markers');
  });

  it.each([
    ['// #region a\nx\n// #region b\ny\n// #endregion', 3, 'cannot nest'],
    ['// #region a\nx', 1, 'never closed'],
    ['x\n// #endregion', 2, 'without a matching'],
    ['// #region\nx\n// #endregion', 1, 'needs a name'],
    ['// #region a\nx\n// #endregion\n// #region a\ny\n// #endregion', 4, 'defined twice'],
    ['x := 1 // [!todo] later', 1, 'unknown marker [!todo]'],
    ['x := 1 // [!bug] [!nope]', 1, 'unknown marker [!nope]'],
    ['x := 1 // [!note]', 1, '[!note] needs text'],
  ])('rejects %j at line %i', (text, line, message) => {
    const { errors } = parseMarkers(text);
    expect(errors[0]?.line).toBe(line);
    expect(errors[0]?.message).toContain(message);
  });
});

describe('several markers on one line', () => {
  it('records each, gives the text to the note, and strips them all', () => {
    const p = parseMarkers('a()\nb() // [!bug] [!note] the leak starts here\nc() // [!ins]');
    expect(p.annotations).toEqual([
      { line: 2, kind: 'bug', text: '' },
      { line: 2, kind: 'note', text: 'the leak starts here' },
      { line: 3, kind: 'ins', text: '' },
    ]);
    expect(p.cleanLines).toEqual(['a()', 'b()', 'c()']);
  });
});
