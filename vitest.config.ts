// Unit and integration tests (Node). Browser tests are Playwright's (*.spec.ts), not Vitest's.
import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';
import { messageCatalogue } from './src/client/i18n/catalogue-plugin.ts';

export default defineConfig({
  // Client components (.tsx) compile for Solid's server renderer, so tests/client can renderToString them.
  plugins: [solid({ ssr: true }), messageCatalogue()],
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Starts a throwaway PostgreSQL when one is installed, so store tests run on both backends.
    globalSetup: ['tests/support/postgres-global-setup.ts'],
    // The JSON report is what .ci/run counts for its closing "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
