import os from 'node:os';
import { defineConfig } from '@playwright/test';
import { AXE_URL } from './e2e/axe.ts';

// Debian's Chromium: Playwright's own browser download cannot work on these machines.
// The flags keep Chromium from reaching for the network at start-up: on a machine without internet its
// background requests (component updates, sync, QUIC probes) are refused, many at a time, and slow every launch.
const executablePath = process.env.CHROMIUM_PATH ?? (process.platform === 'linux' ? '/usr/bin/chromium' : undefined);

/** The built site under test: dist/ (npm run build:local), or another build such as the synthetic scale catalogue. */
export const E2E_DIST = process.env.E2E_DIST ?? 'dist';
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // One browser per core: the pages are served from memory, so the tests are CPU-bound.
  workers: os.availableParallelism(),
  // axe on a long pitfall page takes ~20 s on a loaded 2-core machine.
  timeout: 60_000,
  // The timing reporter writes .cache/e2e-timings.json (per spec file), which npm test's timing table reads.
  reporter: [['list'], ['./e2e/timing-reporter.ts']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    // The built site, served once for every test as a static host would, with the
    // Content-Security-Policy from _headers enforced on every page (scripts/serve.ts).
    // axe-core is mounted beside the build so pages load it as a cached script (e2e/axe.ts).
    command: `node scripts/serve.ts --port ${port} --dir ${E2E_DIST} --mount ${AXE_URL}=node_modules/axe-core/axe.min.js`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
