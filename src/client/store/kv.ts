// Small device settings and cached server data (config, boundaries, cursors) in IndexedDB.
import { newDeviceId } from '../../domain/ids';
import { keptStoreMarks } from '../../domain/store-mark';
import { db } from './db';

export async function readKv<T>(key: string): Promise<T | undefined> {
  return (await db().kv.get(key))?.value as T | undefined;
}

export async function writeKv(key: string, value: unknown): Promise<void> {
  await db().kv.put({ key, value });
}

/** A random key for this device: residents stay anonymous, but "one per device" rules need it. */
export async function deviceId(): Promise<string> {
  return db().transaction('rw', db().kv, async () => {
    const held = await readKv<string>('deviceId');
    if (held) return held;
    const made = newDeviceId();
    await writeKv('deviceId', made);
    return made;
  });
}

/** The store marks the device holds (domain/store-mark.ts); its pull sends them back. */
export const STORE_MARKS_KEY = 'storeMarks';

/** Keeps the mark a sync answer carried, beside those of other runs heard since the last pull.
 * Sync answers come one at a time, under the sync lock, so no transaction is needed. */
export async function noteStoreMark(heard: string): Promise<void> {
  const held = await readKv<string>(STORE_MARKS_KEY);
  const kept = keptStoreMarks(held, heard);
  if (kept !== held) await writeKv(STORE_MARKS_KEY, kept);
}
