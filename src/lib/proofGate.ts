/** What stops a build from the proofs' side: a missing, stale or failing result, or a quiz the proof contradicts. */
import fs from 'node:fs';
import path from 'node:path';
import { parseMarkers } from './markers.ts';
import { SANDBOX_DIR } from './paths.ts';
import { lineOfKey } from './proofSpec.ts';
import { freshness, goEnv, readResult, type ProofResult } from './proofStore.ts';
import { QuizError, resolveQuestion, type QuizSources } from './quiz.ts';
import type { Pitfall, QuizQuestion } from './schema.ts';

export function proofProblems(slugs: string[]): string[] {
  const env = goEnv();
  const out: string[] = [];
  for (const slug of slugs) {
    const f = freshness(slug, env);
    if (f.state === 'missing') out.push(`sandboxes/${slug}/: no proof result yet; run: npm run proofs -- ${slug}`);
    else if (f.state === 'stale') out.push(`sandboxes/${slug}/: the proof result is stale (the sandbox, go.mod/go.sum, Go version or runner changed since it ran); run: npm run proofs -- ${slug}`);
    else if (f.state === 'failed') out.push(`sandboxes/${slug}/: the proof fails:\n${f.result.problems.map((p) => `      ${p.split('\n')[0]}`).join('\n')}\n    run: npm run proofs -- ${slug}`);
  }
  return out;
}

/**
 * Quiz questions whose answer comes from the sandbox or the proof output: each must
 * resolve (a [!bug] line in the region; exactly one what-happens option in the output).
 */
export function quizProblems(pitfalls: { slug: string; file: string; data: { quiz: QuizQuestion[] } }[]): string[] {
  const out: string[] = [];
  for (const p of pitfalls) {
    if (!p.data.quiz.length) continue;
    const result = readResult(p.slug);
    if (!result) continue; // reported by proofProblems
    const sources = loadQuizSources(p.slug, result);
    const line = lineOfKey(fs.readFileSync(p.file, 'utf8'), 'quiz');
    p.data.quiz.forEach((q, i) => {
      try {
        resolveQuestion(q, i, sources);
      } catch (e) {
        if (!(e instanceof QuizError)) throw e;
        out.push(`${p.file}:${line}: ${e.message}`);
      }
    });
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Claims checked against what the proof captured: each `errors` string appears in the output
 * (bad run, good run or a detector's diagnostic), and each quiz option with `evidence` is right
 * exactly when its text is in the named variant's output.
 */
export function evidenceProblems(pitfalls: { slug: string; file: string; data: Pick<Pitfall, 'quiz' | 'errors'> }[]): string[] {
  const out: string[] = [];
  for (const p of pitfalls) {
    const result = readResult(p.slug);
    if (!result) continue; // reported by proofProblems
    const text = fs.readFileSync(p.file, 'utf8');
    const captured = squash([result.bad.output, result.good.output, ...(result.detectors ?? []).map((d) => d.seen)].join('\n'));
    for (const e of p.data.errors) {
      if (typeof e !== 'string') continue;
      if (!captured.includes(squash(e))) {
        out.push(`${p.file}:${lineOfKey(text, 'errors')}: errors: "${e}" is not in the output CI captured for ${p.slug} (.cache/proofs/${p.slug}.json); copy the message from the proof output, or write { text, source: <https URL> } for one the proof does not print`);
      }
    }
    p.data.quiz.forEach((q, i) => {
      if (q.kind !== 'choice') return;
      for (const o of q.options) {
        if (!o.evidence) continue;
        const shown = squash(result[o.evidence.variant].output).includes(squash(o.evidence.shows));
        if (shown !== Boolean(o.correct)) {
          out.push(
            `${p.file}:${lineOfKey(text, 'quiz')}: quiz question ${i + 1}, option "${o.text}": ` +
              (o.correct
                ? `marked correct, but the ${o.evidence.variant} run's captured output does not show "${o.evidence.shows}"; fix the key or the evidence`
                : `marked wrong, but the ${o.evidence.variant} run's captured output shows "${o.evidence.shows}"; the proof says this option is true: fix the key`),
          );
        }
      }
    });
  }
  return out;
}

/** What the quiz needs from a sandbox and its proof result. */
export function loadQuizSources(slug: string, result: ProofResult): QuizSources {
  return {
    bad: parseMarkers(fs.readFileSync(path.join(SANDBOX_DIR, slug, 'bad.go'), 'utf8')),
    output: { bad: result.bad.output, good: result.good.output },
  };
}
