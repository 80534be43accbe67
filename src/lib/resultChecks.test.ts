import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_VERSION, type ProofResult } from '../../proof/api.ts';
import { evidenceProblems } from './resultChecks.ts';
import { pitfallSchema } from './schema.ts';

/** A stored proof result whose bad run printed `bad` (the good run printed PASS). */
function cacheWith(slug: string, bad: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'results-'));
  const run = (output: string, exitCode: number) => ({ command: 'go test', exitCode, output, durationMs: 1 });
  const result: ProofResult = {
    version: RESULTS_VERSION, slug, hash: 'x', goVersion: 'go1.26.8', verifiedAt: '2026-12-04', ok: true, problems: [],
    spec: { kind: 'test', test: 'TestX', expect: 'x', timeout: '120s', detectors: [] }, description: 'TestX fails', bad: run(bad, 1), good: run('--- PASS: TestX', 0), detectors: [],
  };
  fs.writeFileSync(path.join(dir, `${slug}.json`), JSON.stringify(result));
  return dir;
}

/** A page file with just the quiz and errors the check reads. */
function page(quiz: unknown[], errors: unknown[] = []) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'page-')), 'sample.mdx');
  fs.writeFileSync(file, '---\nquiz: []\nerrors: []\n---\n');
  const data = pitfallSchema.pick({ quiz: true, errors: true }).parse({ quiz, errors });
  return { slug: 'sample', file, data };
}

const question = (options: { text: string; correct?: boolean; shows: string }[]) => ({
  kind: 'choice',
  question: 'What does GET /static/ answer with the bad handler?',
  multiple: options.filter((o) => o.correct).length > 1,
  options: options.map((o) => ({ text: o.text, correct: o.correct, explain: 'Because the proof output says so.', evidence: { variant: 'bad', shows: o.shows } })),
});

describe('quiz keys against the captured output', () => {
  const cache = cacheWith('sample', 'GET /static/: status 200, a directory listing with dist/\n--- FAIL: TestX');

  it('accepts keys the captured output agrees with', () => {
    const p = page([question([{ text: 'A listing', correct: true, shows: 'directory listing' }, { text: 'A 404', shows: 'status 404' }])]);
    expect(evidenceProblems([p], cache)).toEqual([]);
  });

  it('rejects a key the output contradicts: a wrong option marked correct, and a true option marked wrong', () => {
    const p = page([question([{ text: 'A listing', shows: 'directory listing' }, { text: 'A 404', correct: true, shows: 'status 404' }])]);
    const problems = evidenceProblems([p], cache);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/sample\.mdx:2: quiz question 1, option "A listing": marked wrong, but the bad run's captured output shows "directory listing"; the proof says this option is true: fix the key/);
    expect(problems[1]).toMatch(/option "A 404": marked correct, but the bad run's captured output does not show "status 404"/);
  });

  it('requires each plain errors entry in the captured output', () => {
    expect(evidenceProblems([page([], ['a directory listing with dist/'])], cache)).toEqual([]);
    expect(evidenceProblems([page([], ['assignment to entry in nil map'])], cache)[0]).toMatch(/errors: "assignment to entry in nil map" is not in the output CI captured for sample/);
    // A message the proof does not print is allowed with a source.
    expect(evidenceProblems([page([], [{ text: 'too many open files', source: 'https://pkg.go.dev/syscall#EMFILE' }])], cache)).toEqual([]);
  });
});
