import { defineConfig } from 'vitest/config';

// Unit and integration tests; the browser tests in test/e2e run under Playwright.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**'],
    environment: 'node',
  },
});
