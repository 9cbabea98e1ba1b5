// Puts many priorities straight into the app's IndexedDB outbox, as if recorded offline, so a
// sync of a thousand items can be tested without a thousand trips through the form.
import { expect, type Page } from '@playwright/test';
import { newPriorityId } from '../../../src/domain/ids';
import type { Priority } from '../../../src/domain/priority';

/** The device id the app holds in IndexedDB, or false while it has none yet. */
function readAppDeviceId(): Promise<string | false> {
  return new Promise((resolve) => {
    const open = indexedDB.open('neighbourhood-priorities');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('kv')) {
        db.close();
        resolve(false);
        return;
      }
      const get = db.transaction('kv').objectStore('kv').get('deviceId');
      get.onsuccess = () => {
        db.close();
        const value = (get.result as { value?: unknown } | undefined)?.value;
        resolve(typeof value === 'string' ? value : false);
      };
      get.onerror = () => {
        db.close();
        resolve(false);
      };
    };
  });
}

/**
 * The device id the app made for itself (the app must be loading or loaded). Polled from the
 * test side: page.waitForFunction with an async predicate does not wait (a Promise is truthy),
 * which under load handed back `false` before the app had made its id, and every push of
 * records seeded with it was refused.
 */
export async function appDeviceId(page: Page): Promise<string> {
  let id = false as string | false;
  await expect
    .poll(
      async () => {
        // A read during the app's own start-up or a navigation may fail: poll again.
        id = await page.evaluate(readAppDeviceId).catch(() => false as const);
        return id;
      },
      { timeout: 30_000, message: 'the app never made its device id' },
    )
    .toMatch(/^[0-9a-f-]{36}$/);
  if (id === false) throw new Error('the app never made its device id');
  return id;
}

export function wardPriorities(
  deviceId: string,
  n: number,
  createdAt = new Date().toISOString(),
): Priority[] {
  // Records with no real device id are refused whole by the store: fail here, where it shows.
  if (!/^[0-9a-f-]{36}$/.test(deviceId)) throw new Error(`not a device id: ${String(deviceId)}`);
  return Array.from({ length: n }, (_, i) => ({
    id: newPriorityId(),
    cspCode: 'E22000321',
    themeKey: 'local.fly-tipping',
    place: { kind: 'area-unit', areaCode: 'E05008974', landmark: `Railway Terrace ${i}` },
    description: `Fly-tipping behind the garages, report ${i}`,
    when: { timesOfDay: ['evening'], days: ['sat'] },
    respondentType: 'lives',
    channel: 'online',
    deviceId,
    createdAt,
    updatedAt: createdAt,
    version: 1,
  }));
}

/** Queue the records in the outbox exactly as a save would (record + outbox entry). */
export async function seedOutbox(page: Page, priorities: readonly Priority[]): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('neighbourhood-priorities');
      open.onsuccess = () => resolve(open.result);
    });
    const tx = db.transaction(['priorities', 'outbox'], 'readwrite');
    const now = Date.now();
    for (const p of records) {
      tx.objectStore('priorities').put({ ...p, syncState: 'waiting' });
      tx.objectStore('outbox').put({
        id: p.id,
        version: p.version,
        queuedAt: now,
        attempts: 0,
        nextAttemptAt: now,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, priorities);
}
