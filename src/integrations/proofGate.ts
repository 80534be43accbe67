/**
 * The build's gate: before Astro renders a page, the content must check out
 * (src/lib/contentCheck.ts) and every pitfall must have a fresh, passing proof
 * (through proof/api.ts). `astro build` stops with the problems listed; `astro dev`
 * prints them as warnings so an author can keep writing.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/contentCheck.ts';
import { SANDBOX_DIR } from '../../proof/api.ts';
import { PITFALLS_DIR } from '../lib/paths.ts';
import { evidenceProblems, proofProblems, quizProblems } from '../lib/resultChecks.ts';

export function proofGate(): AstroIntegration {
  return {
    name: 'go-pitfalls:proof-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { pitfalls, problems } = checkContent(PITFALLS_DIR, SANDBOX_DIR);
        const lines = problems.map(formatProblem);
        if (!lines.length) lines.push(...proofProblems(pitfalls.map((p) => p.slug)));
        if (!lines.length) lines.push(...quizProblems(pitfalls), ...evidenceProblems(pitfalls));
        if (!lines.length) return;
        const report = `${lines.length} problem${lines.length > 1 ? 's' : ''} found:\n${lines.map((l) => `  ${l}`).join('\n')}`;
        if (command === 'build') {
          logger.error(`Refusing to build. ${report}`);
          // A clean exit with our message instead of a stack trace through Astro's internals.
          process.exit(1);
        }
        logger.warn(report);
      },
    },
  };
}
