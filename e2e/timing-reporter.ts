/**
 * A Playwright reporter that records, per spec file, how many tests ran, the summed test
 * time and the wall-clock span from its first test's start to its last test's end, into
 * .cache/e2e-timings.json. scripts/test-all.ts folds it into npm test's timing table, so
 * each sweep's cost is a number, not a guess (issue 13).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface FileTiming { tests: number; failed: number; summedMs: number; firstStart: number; lastEnd: number }

export default class TimingReporter implements Reporter {
  private files = new Map<string, FileTiming>();
  private started = Date.now();

  onTestEnd(test: TestCase, result: TestResult) {
    const file = path.relative(process.cwd(), test.location.file);
    const t = this.files.get(file) ?? { tests: 0, failed: 0, summedMs: 0, firstStart: Infinity, lastEnd: 0 };
    const start = result.startTime.getTime();
    t.tests++;
    if (result.status !== 'passed' && result.status !== 'skipped') t.failed++;
    t.summedMs += result.duration;
    t.firstStart = Math.min(t.firstStart, start);
    t.lastEnd = Math.max(t.lastEnd, start + result.duration);
    this.files.set(file, t);
  }

  onEnd(result: FullResult) {
    const files = [...this.files.entries()]
      .map(([file, t]) => ({ file, tests: t.tests, failed: t.failed, summedSecs: t.summedMs / 1000, spanSecs: (t.lastEnd - t.firstStart) / 1000 }))
      .sort((a, b) => b.summedSecs - a.summedSecs);
    fs.mkdirSync('.cache', { recursive: true });
    fs.writeFileSync('.cache/e2e-timings.json', JSON.stringify({ status: result.status, wallSecs: (Date.now() - this.started) / 1000, files }, null, 2) + '\n');
  }
}
