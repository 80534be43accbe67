/**
 * npm run check:content — validate every pitfall page and its sandbox without building.
 * Prints `file:line: message` per problem and exits non-zero if there is any.
 *
 * Where a page's proof has a current result in .cache/proofs/, its quiz keys and `errors` are
 * also checked against the output CI captured (src/lib/resultChecks.ts); pages without one are
 * named, and the build checks them once their proofs have run.
 */
import { goEnv, resultState, SANDBOX_DIR } from '../proof/api.ts';
import { checkContent, formatProblem } from '../src/lib/contentCheck.ts';
import { PITFALLS_DIR } from '../src/lib/paths.ts';
import { evidenceProblems, quizProblems } from '../src/lib/resultChecks.ts';

const { pitfalls, problems } = checkContent(PITFALLS_DIR, SANDBOX_DIR);
const lines = problems.map(formatProblem);
let env;
try {
  env = goEnv();
} catch { /* without Go, only the content itself is checked */ }
const proven = env ? pitfalls.filter((p) => ['passed', 'failed'].includes(resultState(p.slug, env).state)) : [];
lines.push(...quizProblems(proven), ...evidenceProblems(proven));
for (const l of lines) console.error(l);
const unchecked = pitfalls.length - proven.length;
if (unchecked) console.log(`${unchecked} page${unchecked === 1 ? '' : 's'} without a current proof result: quiz keys and errors checked against the proof output at build time (or run npm run proofs first).`);
console.log(`${pitfalls.length} pages checked, ${lines.length} problem${lines.length === 1 ? '' : 's'}`);
process.exit(lines.length ? 1 : 0);
