// Opens the store a CLI command works on (same DATA_DIR / DATABASE_URL as the server), migrated,
// and closes it however the command ends.
import { databaseOptions, loadConfig } from './config';
import { createDatabase } from './db/database';
import { migrate } from './db/migrate';
import type { Db } from './db/tables';

export async function withStore<T>(env: NodeJS.ProcessEnv, run: (db: Db) => Promise<T>): Promise<T> {
  const db = createDatabase(databaseOptions(loadConfig(env)));
  try {
    await migrate(db);
    return await run(db);
  } finally {
    await db.close();
  }
}
