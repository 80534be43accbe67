/** What stops a build from the proofs' side: a missing, stale or failing result, or a quiz the proof contradicts. */
import fs from 'node:fs';
import path from 'node:path';
import { parseMarkers } from './markers.ts';
import { SANDBOX_DIR } from './paths.ts';
import { lineOfKey } from './proofSpec.ts';
import { freshness, goEnv, readResult, type ProofResult } from './proofStore.ts';
import { QuizError, resolveQuestion, type QuizSources } from './quiz.ts';
import type { QuizQuestion } from './schema.ts';

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

/** What the quiz needs from a sandbox and its proof result. */
export function loadQuizSources(slug: string, result: ProofResult): QuizSources {
  return {
    bad: parseMarkers(fs.readFileSync(path.join(SANDBOX_DIR, slug, 'bad.go'), 'utf8')),
    output: { bad: result.bad.output, good: result.good.output },
  };
}
