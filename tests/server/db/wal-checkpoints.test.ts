// The server's SQLite store checkpoints its write-ahead log in a worker thread: pushes reach the
// database file without any commit doing it, and closing stops the worker with nothing lost.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../src/server/db/database';
import { type AreaIndex, loadAreaIndex } from '../../../src/server/geo/area-index';
import { pushPriorities } from '../../../src/server/store/push';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { countRows, devicePriorities, pushRequest } from '../../support/backends-fixtures';

const sqlite = backends().find((b) => b.name === 'sqlite')!;

describe('background WAL checkpoints (SQLite, as the server opens it)', () => {
  let store: TestStore;
  let areas: AreaIndex;
  let file: string;
  beforeAll(async () => {
    store = await openSeededStore(sqlite, { server: true });
    areas = await loadAreaIndex(store.db);
    file = join(store.env.DATA_DIR!, 'store.sqlite');
  });
  afterAll(() => store.close());

  it('moves committed pushes into the database file while the store runs, and keeps them on close', async () => {
    // Start from an empty log; then about 600 log pages, under the writer's own checkpoint
    // threshold (even SQLite's default of 1,000), so only the worker can copy them into the file.
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db.kysely);
    const before = statSync(file).size;
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const items = devicePriorities(200);
      ids.push(...items.map((p) => p.id));
      await pushPriorities(store.db, pushRequest(items[0]!.deviceId, items), areas.assign);
    }
    await expect.poll(() => statSync(file).size, { timeout: 10_000, interval: 100 }).toBeGreaterThan(before);

    await store.db.close();
    const reopened = createDatabase({ dataDir: store.env.DATA_DIR! });
    try {
      expect(await countRows(reopened, ids)).toBe(ids.length);
    } finally {
      await reopened.close();
    }
  });
});
