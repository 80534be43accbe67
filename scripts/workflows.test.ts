/**
 * The GitHub workflows cannot run here, so check what can go stale without running them:
 * the proof matrix and the --shard argument agree (every slice 1..n runs, none twice), the
 * test job merges every shard's results before .ci/run, and every command a step runs
 * (`npm run x`, `node scripts/x`) exists. actionlint v1.7.12 found nothing to report either
 * (go run github.com/rhysd/actionlint/cmd/actionlint@v1.7.12 .github/workflows/*.yml).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step { uses?: string; run?: string; with?: Record<string, unknown> }
interface Job { steps: Step[]; needs?: string; strategy?: { matrix?: { shard?: number[] } }; env?: Record<string, string> }
const read = (f: string) => parse(fs.readFileSync(`.github/workflows/${f}`, 'utf8')) as { jobs: Record<string, Job> };
const ci = read('ci.yml');
const deploy = read('deploy.yml');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** Problems with the commands of a job's `run` steps: unknown npm scripts, missing files. */
function unknownCommands(job: Job): string[] {
  const out: string[] = [];
  for (const { run } of job.steps) {
    if (!run) continue;
    for (const [, name] of run.matchAll(/npm run ([\w:-]+)/g)) if (!pkg.scripts[name]) out.push(`npm run ${name}`);
    for (const [, file] of run.matchAll(/(?:node|bash) ((?:scripts|\.ci)\/[\w./-]+)/g)) if (!fs.existsSync(file)) out.push(file);
  }
  return out;
}

describe('ci.yml', () => {
  const proofs = ci.jobs.proofs;
  it('runs every proof slice exactly once: the matrix lists 1..n and each job passes --shard <i>/n', () => {
    const shards = proofs.strategy?.matrix?.shard ?? [];
    const n = shards.length;
    expect(n).toBeGreaterThan(1);
    expect([...shards].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const run = proofs.steps.find((s) => s.run?.includes('--shard'))?.run ?? '';
    expect(run).toMatch(new RegExp(`npm run proofs -- --mutants --fresh --shard \\$\\{\\{ matrix\\.shard \\}\\}/${n}$`));
  });
  it('uploads each shard\'s results and merges all of them before the full test run', () => {
    const upload = proofs.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with).toMatchObject({ path: '.cache/proofs/*.json', 'include-hidden-files': true });
    const test = ci.jobs.test;
    expect(test.needs).toBe('proofs');
    const i = test.steps.findIndex((s) => s.uses?.startsWith('actions/download-artifact'));
    expect(test.steps[i].with).toMatchObject({ pattern: 'proofs-*', 'merge-multiple': true, path: '.cache/proofs' });
    expect(test.steps.findIndex((s) => s.run === 'bash .ci/run')).toBeGreaterThan(i);
  });
  it('splits the browser tests the same way: a matrix 1..n, each job running .ci/run with E2E_SHARD=<i>/n', () => {
    const test = ci.jobs.test as Job & { strategy?: { matrix?: { e2e?: number[] } } };
    const shards = test.strategy?.matrix?.e2e ?? [];
    const n = shards.length;
    expect(n).toBeGreaterThan(1);
    expect([...shards].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(test.env?.E2E_SHARD).toBe(`\${{ matrix.e2e }}/${n}`);
    // npm test passes it on to Playwright.
    expect(fs.readFileSync('scripts/test-all.ts', 'utf8')).toContain("['--shard', process.env.E2E_SHARD]");
  });
  it('gives the proofs a browser, since the CORS proofs drive one', () => {
    expect(proofs.env?.CHROMIUM_PATH).toBeTruthy();
    expect(deploy.jobs.build.env?.CHROMIUM_PATH).toBeTruthy();
  });
  it('runs only commands that exist', () => {
    for (const job of [...Object.values(ci.jobs), ...Object.values(deploy.jobs)]) expect(unknownCommands(job)).toEqual([]);
  });
});
