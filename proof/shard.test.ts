import { describe, expect, it } from 'vitest';
import { flakeSummary, formatFlakeLine, parseRepeat, parseShard, shardSlugs } from './shard.ts';

const slugs = ['e', 'a', 'd', 'b', 'c', 'g', 'f'];

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('1/2')).toEqual({ index: 1, count: 2 });
    expect(parseShard('3/3')).toEqual({ index: 3, count: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });
  it.each([
    [undefined, 'got nothing'],
    ['', 'expects i/n'],
    ['2', 'expects i/n'],
    ['a/b', 'expects i/n'],
    ['-1/2', 'expects i/n'],
    ['1/0', 'at least 1'],
    ['0/2', 'between 1 and 2'],
    ['3/2', 'between 1 and 2'],
  ])('rejects %j with a message saying what is wrong', (value, message) => {
    expect(() => parseShard(value)).toThrow(message);
  });
});

describe('shardSlugs', () => {
  it('keeps the sorted positions p with p % n == i - 1', () => {
    expect(shardSlugs(slugs, { index: 1, count: 2 })).toEqual(['a', 'c', 'e', 'g']);
    expect(shardSlugs(slugs, { index: 2, count: 2 })).toEqual(['b', 'd', 'f']);
    expect(shardSlugs(slugs, { index: 2, count: 3 })).toEqual(['b', 'e']);
  });
  it('splits into disjoint shards that together cover every slug, whatever the input order', () => {
    for (const n of [1, 2, 3, 4, 7, 9]) {
      const parts = Array.from({ length: n }, (_, i) => shardSlugs(slugs, { index: i + 1, count: n }));
      expect(parts.flat().sort()).toEqual([...slugs].sort());
      expect(shardSlugs([...slugs].reverse(), { index: 1, count: n })).toEqual(parts[0]);
    }
  });
  it('gives an empty shard when there are more shards than slugs', () => {
    expect(shardSlugs(['a'], { index: 2, count: 2 })).toEqual([]);
  });
});

describe('parseRepeat', () => {
  it('reads a whole number ≥ 1', () => {
    expect(parseRepeat('1')).toBe(1);
    expect(parseRepeat('10')).toBe(10);
  });
  it.each([undefined, '', '0', '-3', '2.5', 'x'])('rejects %j', (v) => {
    expect(() => parseRepeat(v)).toThrow('--repeat expects a whole number');
  });
});

describe('flakeSummary', () => {
  it('counts passing runs per pitfall and lists the pitfalls whose runs disagree as flaky', () => {
    const s = flakeSummary({ steady: [true, true, true], broken: [false, false, false], racy: [true, false, true] });
    expect(s.lines).toEqual([
      { slug: 'broken', passed: 0, runs: 3, verdict: 'failed' },
      { slug: 'racy', passed: 2, runs: 3, verdict: 'flaky' },
      { slug: 'steady', passed: 3, runs: 3, verdict: 'passed' },
    ]);
    expect(s.flaky).toEqual(['racy']);
    // Counted per pitfall; a flaky pitfall counts as failed.
    expect([s.passed, s.failed]).toEqual([1, 2]);
  });
  it('accepts a Map and formats each line', () => {
    const s = flakeSummary(new Map([['x', [true, false]]]));
    expect(formatFlakeLine(s.lines[0])).toBe('  ~ x 1/2 runs passed (FLAKY)');
    expect(formatFlakeLine({ slug: 'y', passed: 2, runs: 2, verdict: 'passed' })).toBe('  ✓ y 2/2 runs passed');
    expect(formatFlakeLine({ slug: 'z', passed: 0, runs: 2, verdict: 'failed' })).toBe('  ✗ z 0/2 runs passed');
  });
});
