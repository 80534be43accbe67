/** What stops a build from the proofs' side: a missing, stale or failing result. */
import { freshness, goEnv } from './proofStore.ts';

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
