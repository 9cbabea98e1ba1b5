// Unit and integration tests (Node). Browser tests are Playwright's (*.spec.ts), not Vitest's.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Starts a throwaway PostgreSQL when one is installed, so store tests run on both backends.
    globalSetup: ['tests/support/postgres-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
