/**
 * The mutation check: does the proof pin what makes the fix a fix? Every line of good.go marked
 * `// [!fix]` is mutated the way a refactor loses part of a fix — the statement deleted, a `defer`
 * or `go` dropped or added (proof/mutator, a small Go program that splices the source) — and the
 * good variant's proof runs on each mutant through `go -overlay`, so nothing on disk changes. A
 * mutant the proof still clears has survived: the page could teach a broken fix, and the check
 * fails, printing the mutant and what the proof saw. A mutant that does not build is skipped and
 * counted; one that cannot change behaviour is declared in proof.yaml `equivalentMutants` with
 * the reason.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { goEnvVars } from './go.ts';
import { cleanForDiff, diffRows } from './lineDiff.ts';
import { loadSandbox, packageOf, runVariant } from './grade.ts';
import { PROOF_CACHE_DIR, ROOT, SANDBOX_DIR, rel } from './paths.ts';
import { buildFailed } from './plan.ts';
import type { MutationResult } from './results.ts';

/** The mutator's Go module: engine code, so hash.ts counts it in the cache key. */
export const MUTATOR_DIR = path.join(ROOT, 'proof', 'mutator');

interface Mutant {
  line: number;
  op: string;
  description: string;
  source: string;
}

let mutatorBinary: string | undefined;
/** The mutator, built once per version of its source into .cache/. */
function mutator(): string {
  if (mutatorBinary) return mutatorBinary;
  const h = createHash('sha256');
  for (const f of fs.readdirSync(MUTATOR_DIR).sort()) h.update(`${f}\0`).update(fs.readFileSync(path.join(MUTATOR_DIR, f)));
  const bin = path.join(path.dirname(PROOF_CACHE_DIR), 'mutator', `mutator-${h.digest('hex').slice(0, 12)}`);
  if (!fs.existsSync(bin)) {
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    execFileSync('go', ['build', '-o', bin, '.'], { cwd: MUTATOR_DIR, env: goEnvVars, stdio: ['ignore', 'ignore', 'pipe'] });
  }
  return (mutatorBinary = bin);
}

/** The mutants of a good.go, or the mutator's complaint (a [!fix] on a line with no statement). */
export function mutantsOf(file: string): { mutants: Mutant[] } | { error: string } {
  try {
    const made = JSON.parse(execFileSync(mutator(), [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as Mutant[];
    const bad = path.join(path.dirname(file), 'bad.go');
    return { mutants: [...made, ...(fs.existsSync(bad) ? reverts(fs.readFileSync(file, 'utf8'), fs.readFileSync(bad, 'utf8')) : [])] };
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    return { error: (err.stderr || err.message).trim().replace(file, rel(file)) };
  }
}

/**
 * The bad counterpart of a fix, as the page's diff shows it: each hunk of the bad → good diff that
 * adds a [!fix] line is put back to what bad.go has there, the rest of good.go unchanged. This is
 * the regression "someone restored the old call" (`r.Context()` for `context.WithoutCancel(…)`),
 * which deleting a statement cannot express when later lines need what it declares.
 */
export function reverts(good: string, bad: string): Mutant[] {
  const goodLines = good.split('\n');
  const fixLines = new Set(goodLines.flatMap((l, i) => (/\/\/.*\[!fix\]/.test(l) ? [i + 1] : [])));
  const rows = diffRows(cleanForDiff(bad), cleanForDiff(good));
  const out: Mutant[] = [];
  for (let i = 0; i < rows.length; ) {
    if (rows[i].kind === 'same') {
      i++;
      continue;
    }
    const hunk: typeof rows = [];
    while (i < rows.length && rows[i].kind !== 'same') hunk.push(rows[i++]);
    const added = hunk.flatMap((r) => (r.kind === 'add' ? [r.newLine] : []));
    const removed = hunk.flatMap((r) => (r.kind === 'del' ? [r.text] : []));
    const fix = added.find((l) => fixLines.has(l));
    if (fix === undefined || !added.length) continue;
    const [from, to] = [Math.min(...added), Math.max(...added)];
    const source = [...goodLines.slice(0, from - 1), ...removed, ...goodLines.slice(to)].join('\n');
    const first = goodLines[added[0] - 1].replace(/\s*\/\/\s*(\[!\w+\]\s*)+.*$/, '').trim();
    out.push({ line: fix, op: 'revert', description: `revert: ${first}`, source });
  }
  return out;
}

const tail = (s: string, n = 14) => s.split('\n').slice(-n).map((l) => `      | ${l}`).join('\n');

/** Run the mutation check for one sandbox whose proof passes. */
export async function checkMutants(slug: string, opts: { sandboxDir?: string; step?: (what: string) => void } = {}): Promise<MutationResult> {
  const dir = opts.sandboxDir ?? SANDBOX_DIR;
  const good = path.join(dir, slug, 'good.go');
  const { spec } = loadSandbox(slug, dir);
  if (!spec) return { list: [], problems: [`${slug}: proof.yaml does not parse; prove it first`] };
  const made = mutantsOf(good);
  if ('error' in made) return { list: [], problems: [made.error] };
  if (!made.mutants.length) {
    return { list: [], problems: [`${rel(good)}: no line is marked // [!fix]: mark each line whose removal or reversal would bring the bug back (CONTRIBUTING.md, step 1)`] };
  }
  const equivalent = new Map(spec.equivalentMutants.map((e) => [e.mutant, e.why]));
  const problems: string[] = [];
  for (const e of equivalent.keys()) {
    if (!made.mutants.some((m) => m.description === e)) problems.push(`${rel(path.join(dir, slug, 'proof.yaml'))}: equivalentMutants names "${e}", but good.go has no such mutant any more; remove the entry`);
  }
  const at = packageOf(slug, dir);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `mutants-${slug}-`));
  const list: MutationResult['list'] = [];
  try {
    for (const [i, m] of made.mutants.entries()) {
      const why = equivalent.get(m.description);
      if (why) {
        list.push({ line: m.line, description: m.description, verdict: 'equivalent', detail: why });
        continue;
      }
      opts.step?.(`mutant ${i + 1}/${made.mutants.length}`);
      const file = path.join(work, `mutant-${i}.go`);
      fs.writeFileSync(file, m.source);
      const overlay = path.join(work, `overlay-${i}.json`);
      fs.writeFileSync(overlay, JSON.stringify({ Replace: { [good]: file } }));
      const { run, behaviour, problems: seen } = await runVariant(spec, 'good', at, `${slug}/good.go (${m.description})`, undefined, dir, overlay);
      if (buildFailed(run) || (behaviour && buildFailed(behaviour))) {
        list.push({ line: m.line, description: m.description, verdict: 'no-compile', detail: run.output.split('\n').find((l) => /\.go:\d+:\d+: /.test(l))?.trim() ?? 'does not build' });
      } else if (seen.length) {
        list.push({ line: m.line, description: m.description, verdict: 'caught', detail: seen[0].split('\n')[0] });
      } else {
        list.push({ line: m.line, description: m.description, verdict: 'survived', detail: run.output });
        problems.push(
          `${rel(good)}:${m.line}: the mutant "${m.description}" passes the proof, so the proof does not pin this part of the fix: ` +
            `make the test fail when it is gone (assert the body, header or side effect it protects), or, if the change truly cannot matter, ` +
            `list it in proof.yaml equivalentMutants with the reason. The proof saw:\n${tail(run.output)}`,
        );
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return { list, problems };
}

/** "12 mutants: 9 caught, 2 do not build, 1 equivalent" */
export function mutantSummary(r: MutationResult): string {
  const n = (v: string) => r.list.filter((m) => m.verdict === v).length;
  const parts = [`${n('caught')} caught`, n('survived') && `${n('survived')} SURVIVED`, n('no-compile') && `${n('no-compile')} do not build`, n('equivalent') && `${n('equivalent')} equivalent`].filter(Boolean);
  return `${r.list.length} mutant${r.list.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
