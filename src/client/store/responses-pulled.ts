// Keeps what the responses pull brings (loaded with the pull, on demand, not in the app shell):
// the newest response per priority, holding only what a resident may see, and where backings
// went after a merge.
import type { PulledResponse, SupportFollow } from '../../domain/response-status';
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

/**
 * Records where backings went after merges (see SupportFollow). True when a backing now points
 * at a survivor it did not before: the survivor's earlier progress is behind the cursor.
 */
export async function applyFollows(follows: readonly SupportFollow[]): Promise<boolean> {
  const d = db();
  let moved = false;
  await d.transaction('rw', d.supports, async () => {
    for (const { backedId, priorityId, themeKey, description } of follows) {
      const support = await d.supports.where('priorityId').equals(backedId).first();
      if (!support) continue;
      const was = support.follows;
      if (was?.priorityId === priorityId && was.themeKey === themeKey && was.description === description)
        continue;
      if (was?.priorityId !== priorityId) moved = true;
      await d.supports.update(support.id, { follows: { priorityId, themeKey, description } });
    }
  });
  return moved;
}
