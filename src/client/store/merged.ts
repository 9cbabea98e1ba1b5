// Where this device's own priorities went when moderation merged them into another as the same
// concern (kept from the responses pull; see applyFollows), for My priorities to show offline.
import type { PulledResponse } from '../../domain/response-status';
import { db, type Survivor } from './db';

/** kv key: merged priority id → the survivor, as the public sees it (only while it is public). */
export const MERGED_KEY = 'mergedInto';

export async function heldMerges(): Promise<Record<string, Survivor>> {
  return ((await db().kv.get(MERGED_KEY))?.value ?? {}) as Record<string, Survivor>;
}

/** What a merged priority of this device counts for now, with that priority's newest progress. */
export async function mergedInto(
  priorityId: string,
): Promise<{ survivor: Survivor; response: PulledResponse | undefined } | undefined> {
  const survivor = (await heldMerges())[priorityId];
  return survivor && { survivor, response: await db().responses.get(survivor.priorityId) };
}
