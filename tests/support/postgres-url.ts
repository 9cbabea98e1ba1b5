// How tests find the PostgreSQL database started (or passed through) by
// tests/support/postgres-global-setup.ts.
//
//   import { testDatabaseUrl } from '../support/postgres-url';
//   const url = testDatabaseUrl(); // string, or null = SQLite-only mode
//
// The global setup hands the URL over in two ways: `project.provide('testDatabaseUrl', …)`
// (read here with `inject`, the channel Vitest documents for globalSetup → tests) and
// `process.env.TEST_DATABASE_URL` (also inherited by Vitest 4 workers, since they start
// after global setup). Prefer this helper over reading either directly.
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres:// URL of a database tests may use, or null when only SQLite is available. */
    testDatabaseUrl: string | null;
  }
}

/** The PostgreSQL URL for store tests, or null when they run on SQLite only. */
export function testDatabaseUrl(): string | null {
  let provided: string | null | undefined;
  try {
    provided = inject('testDatabaseUrl');
  } catch {
    provided = undefined; // not inside a Vitest worker
  }
  const url = provided ?? process.env.TEST_DATABASE_URL;
  return url ? url : null;
}
