import { describe, expect, it } from 'vitest';
import { grade, gradeOptions, verdict } from './quizGrade.ts';

const label = (i: number) => ['a', 'b', 'c', 'd'][i];
const say = (correct: number[], chosen: number[]) => verdict(gradeOptions(correct, chosen), label);

describe('gradeOptions', () => {
  it('marks every chosen option right or wrong, and every right one not chosen as missed', () => {
    expect(gradeOptions([0, 2], [2, 3]).marks).toEqual([
      { option: 0, mark: 'missed' },
      { option: 2, mark: 'right' },
      { option: 3, mark: 'wrong' },
    ]);
  });

  it('is right only for exactly the right set, partly when some right ones were chosen', () => {
    expect(gradeOptions([1], [1]).result).toBe('right');
    expect(gradeOptions([0, 2], [2, 0]).result).toBe('right');
    expect(gradeOptions([0, 2], [0]).result).toBe('partly');
    expect(gradeOptions([0, 2], [0, 1, 2]).result).toBe('partly');
    expect(gradeOptions([0, 2], [1]).result).toBe('wrong');
    expect(gradeOptions([1], [0]).result).toBe('wrong');
    expect(gradeOptions([1], []).result).toBe('wrong');
  });

  it('counts hits against the right answers', () => {
    const g = gradeOptions([0, 2], [0, 3]);
    expect([g.hits, g.total, g.wrong, g.missed]).toEqual([1, 2, [3], [2]]);
  });
});

describe('verdict', () => {
  it('says a partly right answer is partly right and names what is missing', () => {
    expect(say([0, 2], [0])).toBe('Partly right: 1 of 2 right answers; you missed “c”.');
    expect(say([0, 1, 2], [1])).toBe('Partly right: 1 of 3 right answers; you missed “a” and “c”.');
    expect(say([0, 2], [0, 3])).toBe('Partly right: 1 of 2 right answers; you missed “c”, and “d” is wrong.');
    expect(say([0, 2], [0, 2, 3])).toBe('Partly right: 2 of 2 right answers, but “d” is wrong.');
  });

  it('names the answer when a single-answer question is wrong', () => {
    expect(say([1], [0])).toBe('Not quite: “a” is wrong; the answer is “b”.');
    expect(say([0, 2], [1, 3])).toBe('Not quite: 0 of 2 right answers; you missed “a” and “c”, and “b” and “d” are wrong.');
  });

  it('says right, with the count when there were several', () => {
    expect(say([1], [1])).toBe('Right.');
    expect(say([0, 2], [0, 2])).toBe('Right: all 2 right answers.');
  });
});

describe('grade', () => {
  it('agrees with gradeOptions on what is right', () => {
    for (const [correct, chosen] of [[[1], [1]], [[0, 2], [2, 0]], [[0, 2], [0]], [[1], [0]], [[1], []]] as const) {
      expect(grade([...correct], [...chosen])).toBe(gradeOptions([...correct], [...chosen]).result === 'right');
    }
  });
});
