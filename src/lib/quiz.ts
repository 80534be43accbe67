/**
 * Quiz logic shared by the build and the browser. At build time each question is
 * resolved into options with the right answer(s): for spot-the-bug the line marked
 * `// [!bug]` in bad.go, for what-happens the option found in the output CI captured.
 * The browser grades with quizGrade.ts, which has no imports at all.
 */
import { excerpt, type ParsedFile } from '../../proof/api.ts';
import type { QuizQuestion } from './schema.ts';

export interface ResolvedOption {
  text: string;
  explain: string;
  /** For spot-the-bug: the file line number this option stands for. */
  line?: number;
}

export interface ResolvedQuestion {
  kind: QuizQuestion['kind'];
  question: string;
  multiple: boolean;
  options: ResolvedOption[];
  /** Indexes of the right options. */
  correct: number[];
}

export class QuizError extends Error {}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface QuizSources {
  bad: ParsedFile;
  output: { bad: string; good: string };
}

export function resolveQuestion(q: QuizQuestion, n: number, src: QuizSources): ResolvedQuestion {
  const where = `quiz question ${n + 1}`;
  switch (q.kind) {
    case 'choice':
      return {
        kind: q.kind,
        question: q.question,
        multiple: q.multiple,
        options: q.options.map(({ text, explain }) => ({ text, explain })),
        correct: q.options.flatMap((o, i) => (o.correct ? [i] : [])),
      };
    case 'spot-the-bug': {
      let ex;
      try {
        ex = excerpt(src.bad, q.region);
      } catch (e) {
        throw new QuizError(`${where} (spot-the-bug): bad.go has ${(e as Error).message}`);
      }
      const bugs = ex.annotations.filter((a) => a.kind === 'bug');
      if (bugs.length !== 1) {
        throw new QuizError(`${where} (spot-the-bug): region "${q.region}" of bad.go has ${bugs.length} lines marked // [!bug]; mark exactly one: the line that causes the problem`);
      }
      const options: ResolvedOption[] = [];
      let correct = -1;
      ex.code.split('\n').forEach((code, i) => {
        const line = ex.startLine + i;
        if (!code.trim() || /^\s*\/\//.test(code)) return; // blank and comment-only lines are not choices
        if (line === bugs[0].line) correct = options.length;
        options.push({ text: code, line, explain: line === bugs[0].line ? q.explain : q.otherLines });
      });
      if (correct < 0) throw new QuizError(`${where} (spot-the-bug): the // [!bug] line is blank or a comment; mark a line of code`);
      return { kind: q.kind, question: q.question, multiple: false, options, correct: [correct] };
    }
    case 'what-happens': {
      const output = squash(src.output[q.variant]);
      const hits = q.options.flatMap((o, i) => (output.includes(squash(o.text)) ? [i] : []));
      if (hits.length !== 1) {
        const seen = hits.map((i) => `"${q.options[i].text}"`).join(' and ');
        throw new QuizError(
          hits.length
            ? `${where} (what-happens): ${seen} all appear in the ${q.variant} variant's captured output; exactly one option may`
            : `${where} (what-happens): no option appears in the output CI captured for the ${q.variant} variant; quote a fragment of it (see the Proof section)`,
        );
      }
      return {
        kind: q.kind,
        question: q.question,
        multiple: false,
        options: q.options.map(({ text, explain }) => ({ text, explain })),
        correct: hits,
      };
    }
  }
}

/** How feedback names an option: a spot-the-bug line by its number, any other option by its text. */
export const optionLabel = (o: ResolvedOption): string => (o.line !== undefined ? `line ${o.line}` : o.text);

export { grade, gradeOptions, verdict } from './quizGrade.ts';
