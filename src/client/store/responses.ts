// "You said, we did" on this device: the newest response per priority, pulled from the store
// and kept so a resident sees the status of what they raised even offline.
import type { PriorityResponse } from '../../domain/response-status';
import { db } from './db';

export async function applyResponses(items: readonly PriorityResponse[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.responses, async () => {
    for (const item of items) {
      const held = await d.responses.get(item.priorityId);
      if (!held || held.respondedAt <= item.respondedAt) await d.responses.put(item);
    }
  });
}

export async function responsesByPriority(): Promise<Map<string, PriorityResponse>> {
  const all = await db().responses.toArray();
  return new Map(all.map((r) => [r.priorityId, r]));
}
