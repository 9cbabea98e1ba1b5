// Persistent storage: asks the browser not to evict this app's data under storage pressure,
// and reports honestly what it answered (a fresh or headless profile usually says no).
export type Persistence = 'persisted' | 'not-granted' | 'unsupported';

export interface StorageStatus {
  readonly persistence: Persistence;
  readonly usageBytes?: number;
  readonly quotaBytes?: number;
}

async function estimate(): Promise<Pick<StorageStatus, 'usageBytes' | 'quotaBytes'>> {
  const e = await navigator.storage?.estimate?.().catch(() => undefined);
  return e ? { usageBytes: e.usage, quotaBytes: e.quota } : {};
}

/** What the browser has granted so far, without asking. */
export async function storageStatus(): Promise<StorageStatus> {
  if (!navigator.storage?.persisted) return { persistence: 'unsupported', ...(await estimate()) };
  const persisted = await navigator.storage.persisted().catch(() => false);
  return { persistence: persisted ? 'persisted' : 'not-granted', ...(await estimate()) };
}

/** Ask for persistent storage (some browsers decide from engagement, some ask the person). */
export async function requestPersistence(): Promise<StorageStatus> {
  if (!navigator.storage?.persist) return storageStatus();
  const granted = await navigator.storage.persist().catch(() => false);
  return { persistence: granted ? 'persisted' : 'not-granted', ...(await estimate()) };
}

let asked = false;

/** Ask once per page load, on the first save: browsers weigh engagement, and a saved priority is just that. */
export function askPersistenceOnce(): void {
  if (asked) return;
  asked = true;
  void requestPersistence().catch(() => undefined);
}
