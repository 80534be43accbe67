/** Grading a quiz answer; shared by the build and the browser bundle (src/client/quiz.ts), so it imports nothing. */

/** Right when the chosen options are exactly the right ones. */
export function grade(correct: number[], chosen: number[]): boolean {
  const a = [...new Set(chosen)].sort();
  const b = [...new Set(correct)].sort();
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** What an option turned out to be: chosen and right, chosen and wrong, or right but not chosen. */
export type Mark = 'right' | 'wrong' | 'missed';

/** right: exactly the right set; partly: some right ones chosen but not exactly the set; wrong: none of the right ones. */
export type Result = 'right' | 'partly' | 'wrong';

export interface Graded {
  result: Result;
  /** Every option that gets a mark, in option order; options neither chosen nor right get none. */
  marks: { option: number; mark: Mark }[];
  /** How many of the right options were chosen, and how many there are. */
  hits: number;
  total: number;
  wrong: number[];
  missed: number[];
}

export function gradeOptions(correct: number[], chosen: number[]): Graded {
  const right = new Set(correct);
  const picked = new Set(chosen);
  const marks = [...new Set([...correct, ...chosen])]
    .sort((a, b) => a - b)
    .map((option) => ({ option, mark: (picked.has(option) ? (right.has(option) ? 'right' : 'wrong') : 'missed') as Mark }));
  const hits = marks.filter((m) => m.mark === 'right').length;
  const wrong = marks.filter((m) => m.mark === 'wrong').map((m) => m.option);
  const missed = marks.filter((m) => m.mark === 'missed').map((m) => m.option);
  const result: Result = !wrong.length && !missed.length ? 'right' : hits ? 'partly' : 'wrong';
  return { result, marks, hits, total: right.size, wrong, missed };
}

/** "“a”", "“a” and “b”", "“a”, “b” and “c”". */
function list(items: string[]): string {
  const q = items.map((s) => `“${s}”`);
  return q.length < 2 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

const answers = (n: number) => `${n} right answer${n === 1 ? '' : 's'}`;

/**
 * The one sentence that opens the feedback: says what is right, what is missing and what is
 * wrong, so a partly right answer never reads as plain "Not quite". `label` names an option
 * as the reader sees it ("line 14", or its text).
 */
export function verdict(g: Graded, label: (option: number) => string): string {
  const missed = g.missed.length ? `you missed ${list(g.missed.map(label))}` : '';
  const wrong = g.wrong.length ? `${list(g.wrong.map(label))} ${g.wrong.length === 1 ? 'is' : 'are'} wrong` : '';
  if (g.result === 'right') return g.total > 1 ? `Right: all ${answers(g.total)}.` : 'Right.';
  if (g.total === 1 && g.result === 'wrong') return `Not quite: ${wrong ? `${wrong}; ` : ''}the answer is ${list(g.missed.map(label))}.`;
  const tally = `${g.hits} of ${answers(g.total)}`;
  if (g.result === 'wrong') return `Not quite: ${tally}; ${[missed, wrong].filter(Boolean).join(', and ')}.`;
  return `Partly right: ${tally}${missed ? `; ${missed}` : ''}${wrong ? `${missed ? ', and ' : ', but '}${wrong}` : ''}.`;
}
