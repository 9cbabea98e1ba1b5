// Recovering from a lost IndexedDB connection: browsers close it when storage is reset, when
// another tab upgrades the database, or after a crash in the storage process. Dexie reopens
// on the next call; a transaction caught mid-way fails, so writes go through withReopen,
// which reopens the connection and runs the whole transaction again.
import { db } from './db';

const LOST_CONNECTION = new Set([
  'DatabaseClosedError',
  'InvalidStateError',
  'UnknownError',
  'TransactionInactiveError',
]);

export function isLostConnection(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return LOST_CONNECTION.has(e?.name ?? '') || LOST_CONNECTION.has(e?.inner?.name ?? '');
}

/** Runs work (a whole transaction, so a retry never half-applies), reopening the database if the connection was lost. */
export async function withReopen<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isLostConnection(error)) throw error;
      console.warn('Local store connection lost; reopening and retrying', error);
      const d = db();
      d.close({ disableAutoOpen: false });
      await d.open();
    }
  }
}
