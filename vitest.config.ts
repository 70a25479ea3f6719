import { defineConfig } from 'vitest/config';

// Unit, exact-trace, statistical and scenario tests. Browser tests live in test/browser and
// are run by scripts/test.mjs after the site is built (they need the built page).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
