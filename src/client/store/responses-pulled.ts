// Keeps what the responses pull brings (loaded with the pull, on demand, not in the app shell):
// the newest response per priority, holding only what a resident may see.
import type { PulledResponse } from '../../domain/response-status';
import { db } from './db';

export async function applyResponses(items: readonly PulledResponse[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.responses, async () => {
    for (const { id, priorityId, status, action, reason, respondedAt } of items) {
      const held = await d.responses.get(priorityId);
      if (!held || held.respondedAt <= respondedAt)
        await d.responses.put({ id, priorityId, status, action, reason, respondedAt });
    }
    // Older stores sent the officer's name: forget any still held on the device.
    await d.responses
      .filter((r) => 'respondedBy' in r)
      .modify((r) => {
        delete (r as { respondedBy?: string }).respondedBy;
      });
  });
}
