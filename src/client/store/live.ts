// Solid signals over IndexedDB queries: they update whenever the underlying tables change,
// including changes made by another tab.
import { liveQuery } from 'dexie';
import { type Accessor, createSignal, onCleanup } from 'solid-js';
import type { LocalPriority } from './db';
import { listPriorities, type OutboxStats, outboxStats } from './priorities';

export function createLiveQuery<T>(query: () => Promise<T>, initial: T): Accessor<T> {
  const [value, setValue] = createSignal<T>(initial);
  const subscription = liveQuery(query).subscribe({
    next: (next) => setValue(() => next),
    error: (error: unknown) => console.error('Local store query failed', error),
  });
  onCleanup(() => subscription.unsubscribe());
  return value;
}

export const createMyPriorities = (): Accessor<LocalPriority[]> => createLiveQuery(listPriorities, []);

export const createOutboxStats = (): Accessor<OutboxStats> =>
  createLiveQuery(outboxStats, { waiting: 0, supports: 0, oldestQueuedAt: undefined });
