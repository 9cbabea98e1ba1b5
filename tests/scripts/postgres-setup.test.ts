import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { findPostgresBinDir, requiresPostgres, SQLITE_ONLY_MESSAGE } from '../support/postgres-global-setup';
import { testDatabaseUrl } from '../support/postgres-url';

describe('test PostgreSQL (tests/support/postgres-global-setup.ts)', () => {
  const url = testDatabaseUrl();

  it(url ? 'connects to TEST_DATABASE_URL' : 'runs in SQLite-only mode', async () => {
    if (url) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ one: number }>('select 1 as one');
        expect(rows).toEqual([{ one: 1 }]);
      } finally {
        await client.end();
      }
    } else {
      // Documented SQLite-only mode: no URL only when PostgreSQL is not installed or was
      // switched off. If it is installed, the global setup must have provided a URL.
      expect(
        process.env.TEST_POSTGRES === 'off' || findPostgresBinDir() === null,
        'PostgreSQL is installed but no URL reached the tests: is tests/support/postgres-global-setup.ts in the Vitest globalSetup?',
      ).toBe(true);
      expect(SQLITE_ONLY_MESSAGE).toContain('TEST_DATABASE_URL');
    }
  });

  it('insists on PostgreSQL under CI unless switched off', () => {
    expect(requiresPostgres({ CI: 'true' })).toBe(true);
    expect(requiresPostgres({ CI: '1' })).toBe(true);
    expect(requiresPostgres({ CI: 'true', TEST_POSTGRES: 'off' })).toBe(false);
    expect(requiresPostgres({ CI: 'false' })).toBe(false);
    expect(requiresPostgres({})).toBe(false);
    // And so a CI run that reached this test has a PostgreSQL URL.
    if (requiresPostgres()) expect(url).toMatch(/^postgres(ql)?:\/\//);
  });

  it('picks the highest installed Debian PostgreSQL version', () => {
    const root = mkdtempSync(join(tmpdir(), 'pg-root-'));
    try {
      expect(findPostgresBinDir(join(root, 'missing'))).toBeNull();
      for (const version of ['9.6', '15', '16', '17-broken']) {
        mkdirSync(join(root, version, 'bin'), { recursive: true });
        if (version !== '16') writeFileSync(join(root, version, 'bin', 'initdb'), '');
      }
      // 16 has no initdb, 17-broken is not a version: 15 wins over 9.6 (numeric, not string, order).
      expect(findPostgresBinDir(root)).toBe(join(root, '15', 'bin'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
