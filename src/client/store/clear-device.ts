// "Clear this device" on a shared handset or meeting tablet: removes what this device recorded
// once the store holds all of it, and refuses while anything is still waiting to be sent.
import { db } from './db';

/** Keys in kv that belong to the person using the device, not to the app or the area. */
export const PERSONAL_KV_KEYS = ['capture-draft', 'staff:patrol'] as const;

export type ClearOutcome = { ok: true; removed: number } | { ok: false; waiting: number };

export async function clearDevice(): Promise<ClearOutcome> {
  const d = db();
  // One transaction: a save cannot slip in between the check and the clearing.
  return d.transaction('rw', d.priorities, d.outbox, d.kv, async () => {
    const waiting = await d.outbox.count();
    if (waiting > 0) return { ok: false, waiting };
    const removed = await d.priorities.count();
    await d.priorities.clear();
    await d.kv.bulkDelete([...PERSONAL_KV_KEYS]);
    return { ok: true, removed };
  });
}

export interface DeviceContents {
  readonly priorities: number;
  readonly waiting: number;
  readonly refused: number;
}

export async function deviceContents(): Promise<DeviceContents> {
  const d = db();
  return d.transaction('r', d.priorities, d.outbox, async () => ({
    priorities: await d.priorities.count(),
    waiting: await d.outbox.count(),
    refused: await d.priorities.where('syncState').equals('rejected').count(),
  }));
}
