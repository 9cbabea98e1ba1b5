// Puts many priorities straight into the app's IndexedDB outbox, as if recorded offline, so a
// sync of a thousand items can be tested without a thousand trips through the form.
import type { Page } from '@playwright/test';
import { newPriorityId } from '../../../src/domain/ids';
import type { Priority } from '../../../src/domain/priority';

/** The device id the app made for itself (the app must have loaded once). */
export async function appDeviceId(page: Page): Promise<string> {
  // Poll and read in one step: a separate read after the wait can race the app's own
  // database upgrade or reopen and see nothing.
  const handle = await page.waitForFunction(async () => {
    const db = await new Promise<IDBDatabase | null>((resolve) => {
      const open = indexedDB.open('neighbourhood-priorities');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => resolve(null);
    });
    if (!db) return false;
    try {
      if (!db.objectStoreNames.contains('kv')) return false;
      const row = await new Promise<{ value?: unknown } | undefined>((resolve) => {
        const get = db.transaction('kv').objectStore('kv').get('deviceId');
        get.onsuccess = () => resolve(get.result);
        get.onerror = () => resolve(undefined);
      });
      return typeof row?.value === 'string' ? row.value : false;
    } finally {
      db.close();
    }
  });
  return (await handle.jsonValue()) as string;
}

export function wardPriorities(
  deviceId: string,
  n: number,
  createdAt = new Date().toISOString(),
): Priority[] {
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
