import { defineConfig } from 'vitest/config';

// Two layers: `unit` is pure logic and runs no Go and no build (seconds); `integration`
// (*.int.test.ts) drives the real proof engine on its fixtures, the exercise grader and a
// real Astro build, so it is slow and runs as its own step of npm test.
export default defineConfig({
  test: {
    // One private TMPDIR per run, removed at the end (see vitest.tmpdir.ts).
    globalSetup: ['./vitest.tmpdir.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'proof/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['proof/**/*.int.test.ts', 'scripts/**/*.int.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
