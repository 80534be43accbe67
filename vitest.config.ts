import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The runner and build-gate tests run real Go and a real Astro build.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
