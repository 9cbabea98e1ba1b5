// Small device settings and cached server data (config, boundaries, cursors) in IndexedDB.
import { newDeviceId } from '../../domain/ids';
import { keptStoreMark } from '../../domain/store-mark';
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

/** The store mark the device holds (domain/store-mark.ts); its pull sends it back. */
export const STORE_MARK_KEY = 'storeMark';

/** Keeps the mark a sync answer carried, unless it is from another run of the store (the pull
 * decides). Sync answers come one at a time, under the sync lock, so no transaction is needed. */
export async function noteStoreMark(heard: string): Promise<void> {
  const held = await readKv<string>(STORE_MARK_KEY);
  if (keptStoreMark(held, heard) !== held) await writeKv(STORE_MARK_KEY, heard);
}
