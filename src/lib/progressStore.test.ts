import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, recordAnswer, STORE_VERSION } from './progressStore.ts';

describe('parseProgress', () => {
  it('starts empty, quietly, when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress() });
  });
  it('reads back what recordAnswer stored', () => {
    const p = recordAnswer(emptyProgress(), 'json-nil-slice-null', 2, true, '2026-11-21T15:00:00Z');
    expect(parseProgress(JSON.stringify(p))).toEqual({ progress: p });
  });
  it.each([
    ['not json', '{oops', 'could not be read'],
    ['wrong type', '[1,2]', 'could not be read'],
    ['no version', '{"quiz":{}}', 'could not be read'],
    ['old version', '{"version":0,"quiz":{}}', 'another version of this site (0)'],
  ])('starts fresh and says so on %s', (_name, raw, notice) => {
    const r = parseProgress(raw);
    expect(r.progress).toEqual(emptyProgress());
    expect(r.notice).toContain(notice);
  });
  it('drops malformed entries but keeps good ones', () => {
    const raw = JSON.stringify({ version: STORE_VERSION, quiz: { a: { '0': { correct: true, at: 't' }, '1': 'x' }, b: 5 } });
    expect(parseProgress(raw).progress.quiz).toEqual({ a: { '0': { correct: true, at: 't' } } });
  });
});
