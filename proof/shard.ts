/**
 * Pure helpers for proof/run-proofs.ts: `--shard i/n` (split the proofs across CI
 * machines) and `--repeat N` (run each proof N times and report flaky ones).
 */

export interface Shard {
  /** 1-based shard number. */
  index: number;
  /** Number of shards. */
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); throws an Error whose message says what is wrong. */
export function parseShard(value: string | undefined): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value?.trim() ?? '');
  if (!m) throw new Error(`--shard expects i/n (for example --shard 1/2), got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) throw new Error(`--shard ${value}: the number of shards must be at least 1`);
  if (index < 1 || index > count) throw new Error(`--shard ${value}: the shard number must be between 1 and ${count}`);
  return { index, count };
}

/**
 * The slugs shard i of n runs: those whose position in the sorted list satisfies
 * position % n == i - 1. Deterministic, disjoint, and together the shards cover every slug.
 */
export function shardSlugs(slugs: readonly string[], shard: Shard): string[] {
  return [...slugs].sort().filter((_, i) => i % shard.count === shard.index - 1);
}

/** Parses `--repeat N` (a whole number ≥ 1). */
export function parseRepeat(value: string | undefined): number {
  if (!value || !/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new Error(`--repeat expects a whole number of runs ≥ 1 (for example --repeat 10), got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
  }
  return Number(value);
}

export interface FlakeLine {
  slug: string;
  passed: number;
  runs: number;
  /** 'passed': every run passed; 'failed': every run failed; 'flaky': runs disagree. */
  verdict: 'passed' | 'failed' | 'flaky';
}

export interface FlakeSummary {
  lines: FlakeLine[];
  flaky: string[];
  /** Pitfalls whose every run passed. */
  passed: number;
  /** Pitfalls with any failing run (flaky ones included). */
  failed: number;
}

/** Summarises repeated runs: outcomes per slug, in run order (true = passed). */
export function flakeSummary(outcomes: ReadonlyMap<string, readonly boolean[]> | Record<string, readonly boolean[]>): FlakeSummary {
  const entries = outcomes instanceof Map ? [...outcomes.entries()] : Object.entries(outcomes);
  const lines: FlakeLine[] = entries
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([slug, runs]) => {
      const passed = runs.filter(Boolean).length;
      const verdict = runs.length > 0 && passed === runs.length ? 'passed' : passed === 0 ? 'failed' : 'flaky';
      return { slug, passed, runs: runs.length, verdict };
    });
  const flaky = lines.filter((l) => l.verdict === 'flaky').map((l) => l.slug);
  const passed = lines.filter((l) => l.verdict === 'passed').length;
  return { lines, flaky, passed, failed: lines.length - passed };
}

/** One line of the repeat report, e.g. `  ✓ slug 10/10 runs passed` or `  ~ slug 7/10 runs passed (FLAKY)`. */
export function formatFlakeLine(l: FlakeLine): string {
  const mark = l.verdict === 'passed' ? '✓' : l.verdict === 'failed' ? '✗' : '~';
  return `  ${mark} ${l.slug} ${l.passed}/${l.runs} runs passed${l.verdict === 'flaky' ? ' (FLAKY)' : ''}`;
}
