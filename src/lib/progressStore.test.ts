import { describe, expect, it } from 'vitest';
import { emptyProgress, exportProgress, importProgress, markExercise, markRead, parseProgress, recordAnswer, status, STORE_VERSION } from './progressStore.ts';

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
  it('cannot be used to pollute Object.prototype from stored data', () => {
    const raw = '{"version":1,"read":{},"exercise":{},"quiz":{"__proto__":{"0":{"correct":true,"at":"t"}}}}';
    parseProgress(raw);
    expect(({} as Record<string, unknown>)['0']).toBeUndefined();
    expect(emptyProgress().quiz['any-slug']).toBeUndefined();
  });
  it('drops malformed entries but keeps good ones', () => {
    const raw = JSON.stringify({ version: STORE_VERSION, quiz: { a: { '0': { correct: true, at: 't' }, '1': 'x' }, b: 5 } });
    expect(parseProgress(raw).progress.quiz).toEqual({ a: { '0': { correct: true, at: 't' } } });
  });
});

describe('tracks and transfer', () => {
  const full = markExercise(markRead(recordAnswer(recordAnswer(emptyProgress(), 'a', 0, true, 't'), 'a', 1, true, 't'), 'a', 't'), 'a', true, 't');

  it('derives read, quiz passed and exercise done', () => {
    expect(status(full, 'a', 2)).toEqual({ read: true, quizPassed: true, quizRight: 2, exercise: true });
    expect(status(full, 'a', 3).quizPassed).toBe(false);
    expect(status(full, 'b', 2)).toEqual({ read: false, quizPassed: false, quizRight: 0, exercise: false });
    expect(status(markExercise(full, 'a', false), 'a', 2).exercise).toBe(false);
  });

  it('round-trips exactly through export and import', () => {
    expect(importProgress(exportProgress(full))).toEqual({ progress: full });
  });

  it.each([
    ['{nope', 'not JSON'],
    ['{"version":1,"quiz":{}}', 'not a Go Pitfalls progress export'],
    ['{"version":2,"read":{},"quiz":{},"exercise":{}}', 'not a Go Pitfalls progress export (version 1)'],
  ])('rejects a corrupt import %j with a message', (text, message) => {
    const r = importProgress(text);
    expect(r.progress).toBeUndefined();
    expect(r.error).toContain(message);
  });

  it('keeps the first read date', () => {
    expect(markRead(full, 'a', 'later').read.a).toBe('t');
  });
});
