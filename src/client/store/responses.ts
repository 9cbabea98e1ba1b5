// "You said, we did" on this device: the newest response per priority, pulled from the store
// and kept so a resident sees the status of what they raised or backed even offline.
import type { PulledResponse } from '../../domain/response-status';
import { db } from './db';

/** Where the responses pull has got to (an opaque cursor from the store). */
export const RESPONSES_CURSOR_KEY = 'responsesCursor';

/**
 * Pull every response again from the start: after backing a priority (its earlier responses
 * are behind the cursor) or when the store started over. Kept responses stay until replaced.
 */
export async function startResponsesOver(): Promise<void> {
  await db().kv.delete(RESPONSES_CURSOR_KEY);
}

export async function responsesByPriority(): Promise<Map<string, PulledResponse>> {
  const all = await db().responses.toArray();
  return new Map(all.map((r) => [r.priorityId, r]));
}
