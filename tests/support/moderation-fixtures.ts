// Priorities pushed through the real store for moderation and public-view tests.
import type { Priority } from '../../src/domain/priority';
import { loadAreaIndex } from '../../src/server/geo/area-index';
import { pushPriorities } from '../../src/server/store/push';
import type { TestStore } from './backends';
import { point, pushRequest, RUGBY_CENTRE, samplePriority } from './backends-fixtures';

export const STRATFORD = point(-1.7071, 52.1917);

/** Pushes the priorities (each from its own device unless given) and returns them. */
export async function pushAll(store: TestStore, items: readonly Partial<Priority>[]): Promise<Priority[]> {
  const areas = await loadAreaIndex(store.db);
  const out: Priority[] = [];
  for (const overrides of items) {
    const p = samplePriority({ place: RUGBY_CENTRE, ...overrides });
    await pushPriorities(store.db, pushRequest(p.deviceId, [p]), areas.assign);
    out.push(p);
  }
  return out;
}

/** Sets statuses directly, for tests about what happens after moderation. */
export async function setStatus(
  store: TestStore,
  ids: readonly string[],
  status: 'published' | 'hidden' | 'received',
): Promise<void> {
  await store.db.kysely.updateTable('priorities').set({ status }).where('id', 'in', ids).execute();
}
