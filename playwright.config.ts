import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download cannot work on these machines.
// The flags keep Chromium from reaching for the network at start-up (see ../shared/design-notes.md).
const executablePath = process.env.CHROMIUM_PATH ?? (process.platform === 'linux' ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  // axe on a long pitfall page takes ~20 s on a loaded 2-core machine.
  timeout: 60_000,
  // The timing reporter writes .cache/e2e-timings.json (per spec file), which npm test's timing table reads.
  reporter: [['list'], ['./e2e/timing-reporter.ts']],
  use: {
    baseURL: 'http://localhost:4322',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    // The built site (npm run build), served as a static host would, with the
    // Content-Security-Policy from dist/_headers enforced on every page (scripts/serve.ts).
    command: 'node scripts/serve.ts --port 4322',
    url: 'http://localhost:4322/',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
