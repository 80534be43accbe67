/**
 * The site's checks against the engine's results (read through proof/api.ts): a missing,
 * stale or failing result stops the build, and so does a quiz key or an `errors` entry the
 * captured output contradicts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { goEnv, lineOfKey, parseMarkers, resultState, SANDBOX_DIR, type ProofResult } from '../../proof/api.ts';
import { QuizError, resolveQuestion, type QuizSources } from './quiz.ts';
import type { Pitfall, QuizQuestion } from './schema.ts';

export function proofProblems(slugs: string[]): string[] {
  const env = goEnv();
  const out: string[] = [];
  for (const slug of slugs) {
    const f = resultState(slug, env);
    if (f.state === 'missing') out.push(`sandboxes/${slug}/: no proof result yet; run: npm run proofs -- ${slug}`);
    else if (f.state === 'invalid') out.push(`sandboxes/${slug}/: the stored proof result is not in the results format (${f.reason}); run: npm run proofs -- ${slug}`);
    else if (f.state === 'stale') out.push(`sandboxes/${slug}/: the proof result is stale (the sandbox, a helper it imports, go.mod/go.sum, the Go version or the proof engine changed since it ran); run: npm run proofs -- ${slug}`);
    else if (f.state === 'failed') out.push(`sandboxes/${slug}/: the proof fails:\n${f.result.problems.map((p) => `      ${p.split('\n')[0]}`).join('\n')}\n    run: npm run proofs -- ${slug}`);
  }
  return out;
}

/**
 * A pitfall's current result (the engine's cache, else the committed record) for rendering and
 * for the checks below; undefined when there is none (the gate reports it).
 */
function currentResult(slug: string, cacheDir?: string): ProofResult | undefined {
  const f = resultState(slug, goEnv(), cacheDir ? { cacheDir, records: false } : {});
  if (f.state === 'passed' || f.state === 'failed') return f.result;
  // A stale result still carries the output the last run saw; the gate has refused stale ones for builds.
  if (f.state === 'stale') return f.result;
  return undefined;
}

/** A pitfall's result for rendering; the gate has already refused the build if it is not usable. */
export function readProofResult(slug: string): ProofResult {
  const r = currentResult(slug);
  if (r) return r;
  throw new Error(`sandboxes/${slug}/: no proof result; run: npm run proofs -- ${slug}`);
}

/**
 * Quiz questions whose answer comes from the sandbox or the proof output: each must
 * resolve (a [!bug] line in the region; exactly one what-happens option in the output).
 */
export function quizProblems(pitfalls: { slug: string; file: string; data: { quiz: QuizQuestion[] } }[]): string[] {
  const out: string[] = [];
  for (const p of pitfalls) {
    if (!p.data.quiz.length) continue;
    const result = currentResult(p.slug);
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
export function evidenceProblems(pitfalls: { slug: string; file: string; data: Pick<Pitfall, 'quiz' | 'errors'> }[], cacheDir?: string): string[] {
  const out: string[] = [];
  for (const p of pitfalls) {
    const result = currentResult(p.slug, cacheDir);
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
