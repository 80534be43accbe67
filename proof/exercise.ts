/**
 * npm run exercise -- <slug> [--reset]
 *
 * Fix the pitfall yourself. The first run copies the bad variant to
 * sandboxes/_exercises/<slug>/exercise.go (build tag and marker comments removed), with
 * proof_test.go and the sandbox's other untagged files beside it; the folder is
 * git-ignored and Go's ./... patterns skip it. Every run grades the copy with the checks
 * good.go must pass (grade.ts, shared with the proof runner): the same proof that convicts
 * bad.go, judged as for a good variant, gofmt -l and go vet. The last line is the verdict;
 * the exit code is 0 only when all pass.
 * --reset puts the starting copy back.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { argError } from './args.ts';
import { goEnv, sandboxSlugs, serviceEnv, showCommand } from './go.ts';
import { loadSandbox, packageOf, runVariant, vetProblems } from './grade.ts';
import { parseMarkers } from './markers.ts';
import { rel, SANDBOX_DIR } from './paths.ts';
import { describe, goArgs } from './plan.ts';
import { startServices, type Services } from './supervisor.ts';
import type { ProofSpec } from './spec.ts';

const USAGE = 'usage: npm run exercise -- <slug> [--reset]';
const EXERCISES_DIR = path.join(SANDBOX_DIR, '_exercises');
const BUILD_TAG = /^\/\/go:build\s/m;
const REGION_LINE = /^\s*\/\/\s*#(end)?region\b/;

function fail(message: string): never {
  console.error(`exercise: ${message}`);
  process.exit(1);
}

// ---- the starting copy ----------------------------------------------------------------

/** bad.go as the learner gets it: no build constraint, no marker comments, gofmt-formatted. */
function exerciseSource(bad: string, gofmt: string): string {
  const lines = parseMarkers(bad).cleanLines.filter((l) => !REGION_LINE.test(l));
  const at = lines.findIndex((l) => BUILD_TAG.test(l));
  if (at >= 0) lines.splice(at, lines[at + 1]?.trim() === '' ? 2 : 1);
  const text = lines.join('\n');
  // Removing trailing markers can leave comment columns misaligned; gofmt puts them right.
  const formatted = spawnSync(gofmt, [], { input: text, encoding: 'utf8' });
  return formatted.status === 0 ? formatted.stdout : text;
}

/**
 * Files copied unchanged: proof_test.go and every untagged .go file except the variants, a
 * nested module's go.mod/go.sum, and every folder (testdata/, files the code embeds with //go:embed).
 */
function sharedFiles(src: string): string[] {
  return fs.readdirSync(src).filter((f) => {
    if (f === 'go.mod' || f === 'go.sum' || fs.statSync(path.join(src, f)).isDirectory()) return true;
    if (!f.endsWith('.go') || f === 'bad.go' || f === 'good.go') return false;
    return !BUILD_TAG.test(fs.readFileSync(path.join(src, f), 'utf8'));
  });
}

function writeStart(slug: string, src: string, dest: string, gofmt: string): string[] {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  fs.writeFileSync(path.join(dest, 'exercise.go'), exerciseSource(fs.readFileSync(path.join(src, 'bad.go'), 'utf8'), gofmt));
  const shared = sharedFiles(src);
  for (const f of shared) fs.cpSync(path.join(src, f), path.join(dest, f), { recursive: true });
  return shared;
}

/** Put back proof_test.go if it was edited, and any shared file that went missing: the grade must use the real proof. */
function restoreProof(src: string, dest: string): string[] {
  const notes: string[] = [];
  for (const f of sharedFiles(src)) {
    const to = path.join(dest, f);
    if (!fs.existsSync(to)) {
      fs.cpSync(path.join(src, f), to, { recursive: true });
      notes.push(`${f} was missing; copied it back from ${rel(src)}/.`);
    } else if (f === 'proof_test.go' && fs.readFileSync(to, 'utf8') !== fs.readFileSync(path.join(src, f), 'utf8')) {
      fs.cpSync(path.join(src, f), to);
      notes.push(`proof_test.go differed from ${rel(src)}/proof_test.go; restored it, since the grade is that proof (put tests of your own in another _test.go file).`);
    }
  }
  return notes;
}

// ---- explaining a failure in plain words -------------------------------------------------

const MAX_LINES = 16;
const indent = (lines: string[]) => {
  const shown = lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `… (${lines.length - MAX_LINES} more lines)`] : lines;
  return shown.map((l) => `        ${fromRoot(l)}`).join('\n');
};
/** Go prints paths relative to where it ran (sandboxes/); show them from the repository root, as the normalised paths are. */
const fromRoot = (l: string) => l.replace(/^(\s*(?:vet: )?)(_exercises\/)/, '$1sandboxes/$2');
const compileErrors = (out: string) => out.split('\n').filter((l) => /^(vet: )?\S+\.go:\d+:\d+: /.test(l)).map((l) => l.replace(/^vet: /, ''));

/**
 * A race report or crash, shortened to what points at the learner: each header line
 * (`Read at … by goroutine N:`, `goroutine N [running]:`), the top frame under it and every
 * frame in sandboxes/, one line each. Stops at the end of the first report or goroutine.
 */
function compactTrace(lines: string[]): string[] {
  const out: string[] = [];
  let top = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const next = lines[i + 1] ?? '';
    if (out.length > 1 && /^={5,}$/.test(l)) break;
    if (out.length > 2 && l.trim() === '' && !/^\s*(Previous|Goroutine|Read|Write)\b/.test(next)) break;
    if (/^\s+\S+\.go:\d+/.test(l) || !l.trim() || /^(FAIL|ok|exit status)\b/.test(l)) continue;
    if (/^\s+\S+\.go:\d+/.test(next)) {
      const at = next.trim().replace(/ \+0x.*$/, '');
      const mine = at.startsWith('sandboxes/');
      // Frames in the learner's package drop the package path; others keep the package name (gin., testing.).
      if (top || mine) out.push(`  ${l.trim().replace(mine ? /^(created by )?.*\/[^/.]+\./ : /^(created by )?.*\//, '$1')} at ${at}`);
      top = false;
      continue;
    }
    out.push(l.trim());
    top = /:$/.test(l.trim());
  }
  return out;
}

/** The lines a learner needs from a proof run that did not clear the code. */
function explainProof(spec: ProofSpec, run: { output: string; exitCode: number; timedOut: boolean }, problems: string[]): string {
  const out = run.output;
  if (run.timedOut) return `    The proof did not finish within ${spec.timeout} and was stopped: something still waits forever.\n${indent(out.split('\n').slice(-MAX_LINES))}`;
  if ('test' in spec) {
    const ran = new RegExp(`^\\s*--- (PASS|FAIL): ${spec.test}\\b`, 'm').test(out) || /^(fatal error|panic): /m.test(out);
    if (!ran) {
      const errors = compileErrors(out);
      if (errors.length) return `    Your code does not build yet:\n${indent(errors)}`;
      return `    ${problems.join('\n    ')}`;
    }
    const lines = out.split('\n');
    const start = lines.findIndex((l) => new RegExp(`^=== RUN\\s+${spec.test}$`).test(l));
    const end = lines.findIndex((l, i) => i > start && new RegExp(`^\\s*--- (PASS|FAIL): ${spec.test}\\b`).test(l));
    const body = lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => !/^=== (RUN|PAUSE|CONT|NAME)\b/.test(l));
    const race = body.findIndex((l) => /WARNING: DATA RACE/.test(l));
    const crash = body.findIndex((l) => /^(fatal error|panic): /.test(l));
    const timeout = lines.find((l) => /^panic: test timed out/.test(l));
    if (timeout) return `    The proof still fails: ${spec.test} never finished, so go test stopped it\n${indent([timeout, 'Something still waits: a blocked goroutine, or a wait with no deadline.'])}`;
    if (race >= 0) return `    The proof still fails: ${spec.test} has a data race under -race\n${indent(compactTrace(body.slice(race)))}`;
    if (crash >= 0) return `    The proof still fails: ${spec.test} crashes\n${indent(compactTrace(body.slice(crash)))}`;
    return `    The proof still fails: ${spec.test} reports\n${indent(body.map((l) => l.trim()))}`;
  }
  if ('analyzer' in spec || 'check' in spec) {
    const tool = 'analyzer' in spec ? `go vet's ${spec.analyzer} analyzer` : `staticcheck ${spec.check}`;
    if (/^vet: /m.test(out)) return `    Your code does not build yet:\n${indent(compileErrors(out))}`;
    return `    The proof still fails: ${tool} reports\n${indent(out.split('\n').filter((l) => !/^#/.test(l)))}`;
  }
  return `    The proof still fails: the package does not build\n${indent(compileErrors(out).length ? compileErrors(out) : out.split('\n'))}`;
}

// ---- main --------------------------------------------------------------------------------

async function main() {
  let reset = false;
  let names: string[] = [];
  try {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { reset: { type: 'boolean' } } });
    reset = values.reset ?? false;
    names = positionals;
  } catch (e) {
    fail(`${argError(e)}; ${USAGE}`);
  }
  const all = sandboxSlugs();
  if (names.length !== 1) fail(`${names.length ? 'one pitfall at a time' : 'which pitfall?'}; ${USAGE}\nPitfalls: ${all.join(', ')}`);
  const slug = names[0];
  if (!all.includes(slug)) fail(`no pitfall named "${slug}" in ${rel(SANDBOX_DIR)}/.\nPitfalls: ${all.join(', ')}`);

  let gofmt: string;
  try {
    gofmt = path.join(goEnv().GOROOT, 'bin', 'gofmt');
  } catch (e) {
    fail((e as Error).message);
  }
  const src = path.join(SANDBOX_DIR, slug);
  const dest = path.join(EXERCISES_DIR, slug);
  const file = path.join(dest, 'exercise.go');
  const again = `npm run exercise -- ${slug}`;
  if (!fs.existsSync(path.join(src, 'bad.go'))) fail(`${rel(src)}/bad.go is missing, so there is nothing to fix`);

  if (reset) {
    const had = fs.existsSync(dest);
    writeStart(slug, src, dest, gofmt);
    console.log(`${had ? 'Reset' : 'Created'} ${rel(file)}: it is bad.go again${had ? ', and your changes in ' + rel(dest) + '/ are gone' : ''}.`);
    console.log(`Fix it, then grade it with: ${again}`);
    return 0;
  }

  if (!fs.existsSync(dest)) {
    const shared = writeStart(slug, src, dest, gofmt);
    console.log(`Your exercise: ${rel(file)}`);
    console.log(`  It is ${rel(src)}/bad.go, the program with the mistake, ready for you to fix.`);
    console.log(`  Beside it, unchanged: ${shared.join(', ')}. The fix goes in exercise.go (or any file of the copy).`);
    console.log(`  Next: edit exercise.go until the proof clears it, then run: ${again}`);
    console.log(`  Start over with: ${again} --reset`);
    console.log('');
    console.log('Grading the starting copy (the bad program, so it should fail):');
  } else if (!fs.existsSync(file)) {
    fail(`${rel(file)} is missing; start over with: ${again} --reset`);
  } else {
    console.log(`Grading ${rel(file)}:`);
  }
  for (const note of restoreProof(src, dest)) console.log(`  Note: ${note}`);

  const { spec, problems: sandboxProblems } = loadSandbox(slug);
  if (!spec) fail(`the pitfall's own proof is broken, so it cannot grade you:\n${sandboxProblems.join('\n')}`);
  // The copy sits in _exercises/<slug>/ of the same module, or is its own module like the sandbox.
  const ownModule = packageOf(slug).pkg === '.';
  const at = ownModule ? { mod: dest, pkg: '.' } : { mod: SANDBOX_DIR, pkg: `./${path.relative(SANDBOX_DIR, dest)}/` };
  const proofArgs = goArgs(spec, 'good', at.pkg);
  // A proof that needs a database gets the same servers the runner starts (supervisor.ts).
  let services: Services | undefined;
  try {
    services = await startServices(spec.services, SANDBOX_DIR);
  } catch (e) {
    fail(`this exercise's proof needs ${spec.services.join(', ')}, which could not start:\n${(e as Error).message}`);
  }
  Object.assign(serviceEnv, services.env);
  const [{ run: proof, problems }, vet] = await Promise.all([runVariant(spec, 'good', at, 'exercise.go'), vetProblems(at)]);
  await services.stop();
  const cwd = at.mod;

  const results: { name: string; ok: boolean; text: string }[] = [];
  results.push({
    name: 'proof',
    ok: problems.length === 0,
    text: problems.length === 0
      ? `the check that convicts bad.go (${describe(spec)}) clears your code`
      : `the check that convicts bad.go (${describe(spec)}) still fails on your code\n${explainProof(spec, proof, problems)}\n    Run it yourself, from ${rel(cwd)}/: ${showCommand(proofArgs)}`,
  });

  const fmt = spawnSync(gofmt, ['-l', '.'], { cwd: dest, encoding: 'utf8' });
  const unformatted = fmt.stdout.trim().split('\n').filter(Boolean);
  if (fmt.status !== 0) {
    results.push({ name: 'gofmt', ok: false, text: `gofmt cannot read the code:\n${indent(fmt.stderr.trim().split('\n').map((l) => l.replace(/^\.\//, '')))}` });
  } else if (unformatted.length) {
    results.push({ name: 'gofmt', ok: false, text: `${unformatted.join(', ')} ${unformatted.length > 1 ? 'are' : 'is'} not gofmt-formatted; run: gofmt -w ${unformatted.map((f) => rel(path.join(dest, f))).join(' ')} (or let your editor format on save)` });
  } else {
    results.push({ name: 'gofmt', ok: true, text: 'formatted' });
  }

  const vetLines = vet.run.output.split('\n').filter((l) => l && !/^#/.test(l));
  results.push(vet.problems.length === 0
    ? { name: 'go vet', ok: true, text: 'no findings' }
    : { name: 'go vet', ok: false, text: `${/^vet: /m.test(vet.run.output) ? 'go vet cannot check code that does not build' : 'go vet reports'}\n${indent(vetLines.map((l) => l.replace(/^vet: /, '')))}` });

  console.log('');
  for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name}: ${r.text}`);
  console.log('');
  const failing = results.filter((r) => !r.ok).length;
  if (failing === 0) {
    console.log(`Exercise passed: ${slug} is fixed. The proof that convicts bad.go clears your code, and it is gofmt- and vet-clean. Compare with the reference fix in ${rel(src)}/good.go.`);
    return 0;
  }
  console.log(`Not yet: ${failing} check${failing > 1 ? 's' : ''} fail${failing > 1 ? '' : 's'}. Edit ${rel(file)}, then run: ${again}`);
  return 1;
}

main().then((code) => process.exit(code));
