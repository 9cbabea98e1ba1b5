// Reads one of the app's small settings (pull cursor, store mark…) straight from its IndexedDB.
import type { Page } from '@playwright/test';

/** The text value the app keeps under `key`, or undefined while it has none (or is mid-start). */
export async function readDeviceKv(page: Page, key: string): Promise<string | undefined> {
  return page.evaluate(readKv, key).catch(() => undefined);
}

async function readKv(key: string): Promise<string | undefined> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('neighbourhood-priorities');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    if (!db.objectStoreNames.contains('kv')) return undefined;
    const row = await new Promise<{ value?: unknown } | undefined>((resolve, reject) => {
      const req = db.transaction('kv').objectStore('kv').get(key);
      req.onsuccess = () => resolve(req.result as { value?: unknown } | undefined);
      req.onerror = () => reject(req.error);
    });
    return typeof row?.value === 'string' ? row.value : undefined;
  } finally {
    db.close();
  }
}
