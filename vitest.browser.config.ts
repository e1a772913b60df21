import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension loaded; one file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
