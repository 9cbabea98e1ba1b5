// "Clear this device" on a shared handset or meeting tablet: removes what this device recorded
// once the store holds all of it, and refuses while anything (a priority, a meeting, a "me too")
// is still waiting to be sent.
import { db } from './db';
import { MERGED_KEY } from './merged';

/** Keys in kv that belong to the person using the device, not to the app or the area. */
export const PERSONAL_KV_KEYS = ['capture-draft', 'staff:patrol', MERGED_KEY] as const;

export type ClearOutcome =
  | { ok: true; removed: number; supportsRemoved: number }
  | { ok: false; waiting: number; supportsWaiting: number; meetingsWaiting: number };

export async function clearDevice(): Promise<ClearOutcome> {
  const d = db();
  // One transaction: a save cannot slip in between the check and the clearing.
  return d.transaction('rw', [d.priorities, d.outbox, d.supports, d.kv], async () => {
    const supportsWaiting = await d.supports.where('syncState').equals('waiting').count();
    const waiting = (await d.outbox.count()) + supportsWaiting;
    if (waiting > 0) {
      const meetingsWaiting = await d.outbox.filter((e) => e.kind === 'meeting').count();
      return { ok: false, waiting, supportsWaiting, meetingsWaiting };
    }
    const removed = await d.priorities.count();
    const supportsRemoved = await d.supports.count();
    await d.priorities.clear();
    // Counted supports go too: the next person on a shared device may back the same priority
    // (the store still counts this device once, so nothing is doubled).
    await d.supports.clear();
    await d.kv.bulkDelete([...PERSONAL_KV_KEYS]);
    return { ok: true, removed, supportsRemoved };
  });
}

export interface DeviceContents {
  readonly priorities: number;
  readonly waiting: number;
  readonly refused: number;
  readonly supports: number;
}

export async function deviceContents(): Promise<DeviceContents> {
  const d = db();
  return d.transaction('r', [d.priorities, d.outbox, d.supports], async () => ({
    priorities: await d.priorities.count(),
    waiting: (await d.outbox.count()) + (await d.supports.where('syncState').equals('waiting').count()),
    refused: await d.priorities.where('syncState').equals('rejected').count(),
    supports: await d.supports.count(),
  }));
}
