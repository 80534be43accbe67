/**
 * npm run check:content — validate every pitfall page and its sandbox without building.
 * Prints `file:line: message` per problem and exits non-zero if there is any.
 */
import { checkContent, formatProblem } from '../src/lib/contentCheck.ts';
import { PITFALLS_DIR, SANDBOX_DIR } from '../src/lib/paths.ts';

const { pitfalls, problems } = checkContent(PITFALLS_DIR, SANDBOX_DIR);
for (const p of problems) console.error(formatProblem(p));
console.log(`${pitfalls.length} pages checked, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exit(problems.length ? 1 : 0);
