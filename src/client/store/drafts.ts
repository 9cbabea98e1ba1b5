// The capture form's draft, saved as the person types so a closed tab, a crash or an app
// update never loses it. Writes are coalesced: at most one in flight, the latest value wins.
import { readKv, writeKv } from './kv';

const KEY = 'capture-draft';

export interface Draft<T> {
  readonly value: T;
  readonly savedAt: number;
}

export const loadDraft = <T>() => readKv<Draft<T>>(KEY);

export interface DraftWriter<T> {
  save(value: T | undefined): void;
  /** Resolves once everything asked for so far is written. */
  flush(): Promise<void>;
  dispose(): void;
}

const writers = new Set<DraftWriter<unknown>>();

/** Waits for every draft write asked for so far (before an app update reloads the page). */
export async function flushDrafts(): Promise<void> {
  await Promise.all([...writers].map((w) => w.flush()));
}

export function makeDraftWriter<T>(onSaved?: (at: number) => void): DraftWriter<T> {
  let pending: { value: T | undefined } | undefined;
  let writing: Promise<void> = Promise.resolve();
  let busy = false;

  async function drain(): Promise<void> {
    busy = true;
    while (pending) {
      const next = pending;
      pending = undefined;
      const at = Date.now();
      try {
        await (next.value === undefined
          ? writeKv(KEY, undefined)
          : writeKv(KEY, { value: next.value, savedAt: at }));
        onSaved?.(at);
      } catch (error) {
        console.error('Could not save the draft', error);
      }
    }
    busy = false;
  }

  const writer: DraftWriter<T> = {
    save(value) {
      pending = { value };
      if (!busy) writing = drain();
    },
    flush: () => writing,
    dispose: () => writers.delete(writer as DraftWriter<unknown>),
  };
  writers.add(writer as DraftWriter<unknown>);
  return writer;
}
