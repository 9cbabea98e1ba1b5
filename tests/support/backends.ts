// The store backends tests run against: SQLite always, PostgreSQL when a database is available
// (see postgres-global-setup.ts). Every store gets its own SQLite file or PostgreSQL schema,
// so test files and tests never see each other's rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import type { Db, StoreKind } from '../../src/server/db/tables';
import { seedDemo } from '../../src/server/seed/seed';
import { testDatabaseUrl } from './postgres-url';

export interface TestStore {
  readonly db: Db;
  /** Env for code that opens the store itself (the CLI). */
  readonly env: { DATA_DIR?: string; DATABASE_URL?: string };
  close(): Promise<void>;
}

export interface StoreBackend {
  readonly name: StoreKind;
  /** A fresh, empty store (not migrated); `server` opens it as the server does (benchmarks). */
  open(options?: OpenOptions): Promise<TestStore>;
}

export interface OpenOptions {
  /** As the server opens its store (SQLite: WAL checkpoints in a worker thread). */
  readonly server?: boolean;
}

const sqlite: StoreBackend = {
  name: 'sqlite',
  async open(options) {
    const dataDir = mkdtempSync(join(tmpdir(), 'np-store-'));
    const db = createDatabase({ dataDir, backgroundCheckpoints: options?.server ?? false });
    return {
      db,
      env: { DATA_DIR: dataDir },
      async close() {
        await db.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

function postgres(url: string): StoreBackend {
  return {
    name: 'postgres',
    async open() {
      const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      const db = createDatabase({ databaseUrl: url, searchPath: schema });
      const withSchema = new URL(url);
      withSchema.searchParams.set('options', `-c search_path=${schema}`);
      return {
        db,
        env: { DATABASE_URL: withSchema.toString() },
        async close() {
          await db.close();
          await admin.query(`drop schema ${schema} cascade`);
          await admin.end();
        },
      };
    },
  };
}

export function backends(): StoreBackend[] {
  const url = testDatabaseUrl();
  return url ? [sqlite, postgres(url)] : [sqlite];
}

/** A fresh store with the schema and the Warwickshire demo areas. */
export async function openSeededStore(backend: StoreBackend, options?: OpenOptions): Promise<TestStore> {
  const store = await backend.open(options);
  await migrate(store.db);
  await seedDemo(store.db);
  return store;
}
