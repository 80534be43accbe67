/** Grading a quiz answer; shared by the build and the browser bundle (src/client/quiz.ts), so it imports nothing. */

/** Right when the chosen options are exactly the right ones. */
export function grade(correct: number[], chosen: number[]): boolean {
  const a = [...new Set(chosen)].sort();
  const b = [...correct].sort();
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
