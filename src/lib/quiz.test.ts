import { describe, expect, it } from 'vitest';
import { parseMarkers } from '../../proof/api.ts';
import { grade, optionLabel, resolveQuestion } from './quiz.ts';
import type { QuizQuestion } from './schema.ts';

const bad = parseMarkers(['//go:build bad', 'package p', '// #region main', 'func F(m map[string]int) {', '\t// count it', '\tm["x"]++ // [!bug]', '', '}', '// #endregion'].join('\n'));
const src = { bad, output: { bad: '=== RUN TestX\nfatal error: concurrent map writes\n\ngoroutine N [running]:', good: '--- PASS: TestX' } };
const explain = 'because that is how it works';

describe('resolveQuestion', () => {
  it('choice: the options marked correct', () => {
    const q: QuizQuestion = { kind: 'choice', question: 'Which is right?', multiple: true, options: [{ text: 'a', correct: true, explain }, { text: 'b', explain }, { text: 'c', correct: true, explain }] };
    expect(resolveQuestion(q, 0, src).correct).toEqual([0, 2]);
    expect(resolveQuestion(q, 0, src).options.map(optionLabel)).toEqual(['a', 'b', 'c']);
  });

  it('spot-the-bug: every code line of the region is a choice; the [!bug] line is right', () => {
    const q: QuizQuestion = { kind: 'spot-the-bug', question: 'Which line crashes?', region: 'main', explain, otherLines: 'not this one, it is fine' };
    const r = resolveQuestion(q, 0, src);
    expect(r.options.map((o) => o.line)).toEqual([4, 6, 8]); // blank and comment lines are not choices
    expect(r.correct).toEqual([1]);
    expect(r.options[1].text).toBe('\tm["x"]++'); // the marker is not shown
    expect(r.options[0].explain).toBe('not this one, it is fine');
    // Feedback names a line by its file line number, not by its (indented, maybe long) code.
    expect(r.options.map(optionLabel)).toEqual(['line 4', 'line 6', 'line 8']);
  });

  it('spot-the-bug: needs exactly one [!bug] line in the region', () => {
    const none = { ...src, bad: parseMarkers('// #region main\nx()\n// #endregion') };
    const q: QuizQuestion = { kind: 'spot-the-bug', question: 'Which line crashes?', region: 'main', explain, otherLines: explain };
    expect(() => resolveQuestion(q, 2, none)).toThrow('quiz question 3 (spot-the-bug): region "main" of bad.go has 0 lines marked // [!bug]');
    expect(() => resolveQuestion({ ...q, region: 'nope' }, 0, src)).toThrow('bad.go has no region "nope"');
  });

  it('what-happens: the answer is whichever option CI saw, so it cannot drift', () => {
    const q: QuizQuestion = { kind: 'what-happens', question: 'What happens under load?', variant: 'bad', options: [{ text: 'panic: assignment to entry in nil map', explain }, { text: 'fatal error: concurrent map writes', explain }] };
    expect(resolveQuestion(q, 0, src).correct).toEqual([1]);
    expect(() => resolveQuestion({ ...q, variant: 'good' }, 0, src)).toThrow('no option appears in the output CI captured for the good variant');
    const both: QuizQuestion = { ...q, options: [...q.options, { text: 'fatal error:', explain }] };
    expect(() => resolveQuestion(both, 0, src)).toThrow('all appear in the bad variant');
  });
});

describe('grade', () => {
  it('is right only for exactly the right set', () => {
    expect(grade([1], [1])).toBe(true);
    expect(grade([0, 2], [2, 0])).toBe(true);
    expect(grade([0, 2], [0])).toBe(false);
    expect(grade([1], [0])).toBe(false);
    expect(grade([1], [])).toBe(false);
  });
});
