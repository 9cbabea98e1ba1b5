// Opens the store: an embedded SQLite file by default, PostgreSQL when given a postgres:// URL.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Db, SqliteOpening, Tables } from './tables';
import { checkpointInBackground, leaveCheckpointsToWorker } from './wal-checkpoints';

export type DatabaseOptions =
  | {
      readonly dataDir: string;
      readonly synchronous?: 'normal' | 'full';
      /** Checkpoint the WAL in a worker thread (the server does; see wal-checkpoints.ts). */
      readonly backgroundCheckpoints?: boolean;
      /** Another connection's worker checkpoints: this one only leaves it to that worker. */
      readonly checkpointsElsewhere?: boolean;
    }
  | { readonly databaseUrl: string; readonly searchPath?: string };

const INT8_OID = 20;
const NUMERIC_OID = 1700;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function createDatabase(options: DatabaseOptions): Db {
  if ('databaseUrl' in options) {
    if (!isPostgresUrl(options.databaseUrl)) {
      throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
    }
    return openPostgres(options.databaseUrl, options.searchPath);
  }
  return openSqlite(
    {
      dataDir: options.dataDir,
      synchronous: options.synchronous ?? 'normal',
      backgroundCheckpoints: options.backgroundCheckpoints ?? false,
    },
    options.checkpointsElsewhere ?? false,
  );
}

function openSqlite(opening: SqliteOpening, checkpointsElsewhere: boolean): Db {
  const { dataDir, synchronous, backgroundCheckpoints } = opening;
  mkdirSync(dataDir, { recursive: true });
  const database = new SQLite(join(dataDir, 'store.sqlite'));
  // WAL lets the CLI read while the server writes; busy_timeout waits instead of failing fast.
  database.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit is in the WAL file (the OS has it) before the push is answered,
  // so it survives the server process dying; only a power cut or kernel crash can lose the last
  // commits before a checkpoint. It skips an fsync per commit, which bounded ingest on FULL.
  // See docs/operating.md "SQLite: what survives a crash" for the trade-off and how devices resend after such a loss.
  database.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  if (checkpointsElsewhere) leaveCheckpointsToWorker(database);
  const stopCheckpoints = backgroundCheckpoints ? checkpointInBackground(database) : undefined;
  const kysely = new Kysely<Tables>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  });
  return {
    kysely,
    kind: 'sqlite',
    sqlite: opening,
    async close() {
      await stopCheckpoints?.();
      await kysely.destroy();
    },
  };
}

/**
 * Kysely prepares every query afresh; a push repeats the same few statements (a 200-row insert
 * is one long SQL text) batch after batch, and preparing them was a tenth of ingest time. Kept
 * statements are reused; the one connection runs one statement at a time, so reuse is safe.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(source: string) {
      // Kysely begins every transaction with a plain (deferred) BEGIN. With a second writing
      // connection (the push writer, push-writer.ts) a deferred transaction that read before it
      // wrote could fail outright (SQLITE_BUSY_SNAPSHOT, no waiting); an immediate one takes the
      // write lock first and waits its turn. Every transaction this store opens writes.
      const sql = source === 'begin' ? 'begin immediate' : source;
      let statement = cache.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (cache.size >= 200) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

function openPostgres(connectionString: string, searchPath?: string): Db {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
    // Counts, sequence values and transaction ids are int8; they stay well below 2^53,
    // so numbers are safe and keep the row types the same as SQLite's.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID || oid === NUMERIC_OID
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  const kysely = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, kind: 'postgres', close: () => kysely.destroy() };
}
