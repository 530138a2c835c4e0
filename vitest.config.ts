import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit and integration tests; the browser tests in test/e2e run under Playwright.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**'],
    environment: 'node',
    // At least two files at once, also on 2 cores (Vitest's default would be one there): many
    // suites spend their time waiting on processes they start (the command line, trainers,
    // hosts, Python), and CI has 20 minutes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
