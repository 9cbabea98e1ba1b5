// Keeps what the responses pull brings (loaded with the pull, on demand, not in the app shell):
// the newest response per priority, holding only what a resident may see, and where backings
// and the device's own merged priorities went after a merge.
import type { PulledResponse, SupportFollow } from '../../domain/response-status';
import { db, type Survivor } from './db';
import { heldMerges, MERGED_KEY } from './merged';

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
 * Records where backings, and this device's own priorities merged as duplicates, went after
 * merges (see SupportFollow). The store sends the whole list with every pull and names a
 * survivor only while it is public, so a survivor no longer listed is forgotten here too. True
 * when something now points at a survivor it did not before: its earlier progress is behind
 * the cursor. `undefined` (an older store that sends no list) changes nothing.
 */
export async function applyFollows(follows: readonly SupportFollow[] | undefined): Promise<boolean> {
  if (!follows) return false;
  const d = db();
  let moved = false;
  const listed = new Map(follows.map((f) => [f.backedId, f]));
  await d.transaction('rw', d.supports, d.priorities, d.kv, async () => {
    for (const support of await d.supports.toArray()) {
      const f = listed.get(support.priorityId);
      const was = support.follows;
      if (
        was?.priorityId === f?.priorityId &&
        was?.themeKey === f?.themeKey &&
        was?.description === f?.description
      )
        continue;
      if (f && was?.priorityId !== f.priorityId) moved = true;
      await d.supports.update(support.id, { follows: f && survivor(f) });
    }
    const raised: Record<string, Survivor> = {};
    for (const own of await d.priorities.bulkGet([...listed.keys()]))
      if (own) raised[own.id] = survivor(listed.get(own.id)!);
    const held = await heldMerges();
    if (Object.entries(raised).some(([id, f]) => held[id]?.priorityId !== f.priorityId)) moved = true;
    await d.kv.put({ key: MERGED_KEY, value: raised });
  });
  return moved;
}

const survivor = ({ priorityId, themeKey, description }: SupportFollow): Survivor => ({
  priorityId,
  themeKey,
  description,
});
