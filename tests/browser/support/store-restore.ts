// A store's nightly backup and its restore, as an operator would do them (stop the store, copy
// its SQLite files to `*.bak` or back from them, start it again), and a device whose pulls fail.
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { API } from '../../../src/domain/sync-protocol';
import type { StoreServer } from './store-server';

const FILES = ['store.sqlite', 'store.sqlite-wal', 'store.sqlite-shm'];

export async function backUpStore(store: StoreServer): Promise<void> {
  await store.stop();
  for (const f of FILES)
    if (existsSync(join(store.dataDir, f)))
      copyFileSync(join(store.dataDir, f), join(store.dataDir, `${f}.bak`));
  await store.restart();
}

export async function restoreStoreBackup(store: StoreServer): Promise<void> {
  await store.stop();
  for (const f of FILES) {
    rmSync(join(store.dataDir, f), { force: true });
    if (existsSync(join(store.dataDir, `${f}.bak`)))
      copyFileSync(join(store.dataDir, `${f}.bak`), join(store.dataDir, f));
  }
  await store.restart();
}

/** Every pull fails as if the signal dropped just then (the page's and the worker's); pushes get
 * through. Returns what lets pulls through again. */
export async function refusePulls(context: BrowserContext): Promise<() => Promise<void>> {
  const pulls = `**${API.pull}?**`;
  await context.route(pulls, (route) => route.abort('internetdisconnected'));
  return () => context.unroute(pulls);
}
