import { defineConfig } from 'vitest/config';

// Browser tests: the built site (dist/) served on loopback and driven in Debian's Chromium
// through playwright-core. scripts/test.mjs builds the site first.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
