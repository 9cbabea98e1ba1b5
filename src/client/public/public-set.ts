// The CSP's published priorities on this device, shared by the map, the list and the capture
// screen's "me too" offers: the cached set at once, refreshed whenever the device is online,
// plus this device's own supports and the action that adds one.
import { type Accessor, createContext, createEffect, createSignal, on, useContext } from 'solid-js';
import { newPriorityId } from '../../domain/ids';
import type { PublicPriority } from '../../domain/public';
import type { LocalSupport } from '../store/db';
import { createLiveQuery } from '../store/live';
import { readPublicCache } from '../store/public-cache';
import { type AddSupportResult, addSupport, listSupports } from '../store/supports';
import { refreshPublicPriorities } from '../sync/public-feed';

export interface PublicSet {
  readonly items: Accessor<readonly PublicPriority[]>;
  /** When the set on the device was last fetched whole (epoch ms); undefined before the first. */
  readonly fetchedAt: Accessor<number | undefined>;
  readonly refreshing: Accessor<boolean>;
  /** This device's supports by priority id. */
  readonly supports: Accessor<ReadonlyMap<string, LocalSupport>>;
  meToo(priority: PublicPriority): Promise<AddSupportResult>;
}

export function createPublicSet(options: {
  cspCode: Accessor<string | undefined>;
  online: Accessor<boolean>;
  /** Ask the sync engine to send the outbox now. */
  kick: () => void;
}): PublicSet {
  const [items, setItems] = createSignal<readonly PublicPriority[]>([]);
  const [fetchedAt, setFetchedAt] = createSignal<number>();
  const [refreshing, setRefreshing] = createSignal(false);
  const supportRows = createLiveQuery(listSupports, []);
  // A backing that followed a merge also backs the survivor: no second "me too" for it.
  const supports = () =>
    new Map(
      supportRows().flatMap((s) =>
        s.follows
          ? [
              [s.follows.priorityId, s],
              [s.priorityId, s],
            ]
          : [[s.priorityId, s]],
      ),
    );

  createEffect(
    on([options.cspCode, options.online], ([csp, online]) => {
      if (!csp) return;
      void (async () => {
        const cached = await readPublicCache(csp);
        if (options.cspCode() !== csp) return;
        if (cached) {
          setItems(cached.items);
          setFetchedAt(cached.fetchedAt);
        } else {
          setItems([]);
          setFetchedAt(undefined);
        }
        if (!online) return;
        setRefreshing(true);
        const fresh = await refreshPublicPriorities(csp).finally(() => setRefreshing(false));
        if (fresh && options.cspCode() === csp) {
          setItems(fresh.items);
          setFetchedAt(fresh.fetchedAt);
        }
      })();
    }),
  );

  async function meToo(priority: PublicPriority): Promise<AddSupportResult> {
    const result = await addSupport({
      id: newPriorityId(),
      priorityId: priority.id,
      cspCode: priority.cspCode,
      createdAt: new Date().toISOString(),
      themeKey: priority.themeKey,
      description: priority.description,
    });
    if (result.added) options.kick();
    return result;
  }

  return { items, fetchedAt, refreshing, supports, meToo };
}

export const PublicSetContext = createContext<PublicSet>();

export function usePublicSet(): PublicSet {
  const set = useContext(PublicSetContext);
  if (!set) throw new Error('usePublicSet needs a PublicSetContext.Provider (see App.tsx)');
  return set;
}
