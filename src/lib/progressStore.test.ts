import { describe, expect, it } from 'vitest';
import {
  continueTarget,
  describeMerge,
  emptyProgress,
  exportProgress,
  importProgress,
  markExercise,
  markRead,
  mergeProgress,
  parseProgress,
  recordAnswer,
  status,
  STORE_VERSION,
  unmarkRead,
  type Progress,
} from './progressStore.ts';

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

  it('undoes a read mark and leaves the rest', () => {
    const p = unmarkRead(full, 'a');
    expect(p.read).toEqual({});
    expect(p.quiz).toEqual(full.quiz);
    expect(unmarkRead(p, 'a')).toBe(p);
  });
});

const T = (minute: number) => `2026-11-21T15:${String(minute).padStart(2, '0')}:00.000Z`;

describe('mergeProgress (import)', () => {
  const stored: Progress = {
    version: 1,
    read: { a: T(10), b: T(20) },
    quiz: { a: { '0': { correct: false, at: T(11) }, '1': { correct: true, at: T(12) } } },
    exercise: { a: T(13) },
  };
  const imported: Progress = {
    version: 1,
    read: { a: T(5), c: T(30) },
    quiz: { a: { '0': { correct: true, at: T(40) }, '1': { correct: false, at: T(1) } }, c: { '0': { correct: true, at: T(31) } } },
    exercise: { c: T(32) },
  };

  it('keeps everything stored, adds what is new, and counts what it added', () => {
    const { progress, added } = mergeProgress(stored, imported);
    // Read and exercise marks: the union, each at its first date.
    expect(progress.read).toEqual({ a: T(5), b: T(20), c: T(30) });
    expect(progress.exercise).toEqual({ a: T(13), c: T(32) });
    // Quiz: the later attempt per question wins (a/0 now right; a/1 keeps the later right answer).
    expect(progress.quiz).toEqual({ a: { '0': { correct: true, at: T(40) }, '1': { correct: true, at: T(12) } }, c: { '0': { correct: true, at: T(31) } } });
    expect(added).toEqual({ read: 1, quiz: 2, exercise: 1 });
  });

  it('into empty progress restores the file exactly, and twice changes nothing', () => {
    expect(mergeProgress(emptyProgress(), imported).progress).toEqual(imported);
    const once = mergeProgress(stored, imported).progress;
    expect(mergeProgress(once, imported)).toEqual({ progress: once, added: { read: 0, quiz: 0, exercise: 0 } });
  });

  it('says what it did in words', () => {
    expect(describeMerge({ read: 1, quiz: 2, exercise: 1 })).toBe('Imported and merged: 1 page read, 2 quiz answers and 1 exercise passed added or updated. Nothing was removed.');
    expect(describeMerge({ read: 3, quiz: 0, exercise: 0 })).toBe('Imported and merged: 3 pages read added or updated. Nothing was removed.');
    expect(describeMerge({ read: 0, quiz: 0, exercise: 0 })).toMatch(/nothing new/);
  });
});

describe('continueTarget ("Continue where you left off")', () => {
  const items = [
    { slug: 'a', quiz: 1 },
    { slug: 'b', quiz: 1 },
    { slug: 'c', quiz: 1 },
  ];
  const finish = (p: Progress, slug: string, m: number) => markExercise(markRead(recordAnswer(p, slug, 0, true, T(m)), slug, T(m)), slug, true, T(m));

  it('starts at the first pitfall when nothing is done', () => {
    expect(continueTarget(emptyProgress(), items)).toEqual({ kind: 'start', index: 0, left: ['read', 'quiz', 'exercise'] });
  });

  it('goes back to the unfinished pitfall worked on last, even when an earlier one is unfinished', () => {
    let p = markRead(emptyProgress(), 'a', T(1));
    p = recordAnswer(p, 'c', 0, true, T(5));
    expect(continueTarget(p, items)).toEqual({ kind: 'continue', index: 2, left: ['read', 'exercise'] });
  });

  it('after finishing a pitfall, points to the next unfinished one, never calling it "where you left off"', () => {
    const p = finish(emptyProgress(), 'a', 1);
    expect(continueTarget(p, items)).toEqual({ kind: 'next', index: 1, left: ['read', 'quiz', 'exercise'] });
    // Finished the last one of the list: wraps to the first unfinished.
    const q = finish(markRead(emptyProgress(), 'a', T(1)), 'c', 2);
    expect(continueTarget(q, items)).toMatchObject({ kind: 'next', index: 0 });
  });

  it('is complete when every pitfall is read, quizzed and fixed', () => {
    expect(continueTarget(finish(finish(finish(emptyProgress(), 'a', 1), 'b', 2), 'c', 3), items)).toEqual({ kind: 'complete', index: -1, left: [] });
  });

  it('ignores activity on pitfalls outside the list', () => {
    expect(continueTarget(markRead(emptyProgress(), 'z', T(9)), items)).toMatchObject({ kind: 'start', index: 0 });
  });
});
