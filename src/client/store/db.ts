// The device's IndexedDB database. Only src/client/store touches Dexie.
import Dexie, { type EntityTable } from 'dexie';
import type { Priority } from '../../domain/priority';
import type { PulledResponse } from '../../domain/response-status';
import type { ServerPriorityState } from '../../domain/sync-protocol';
import type { LocalMeeting, LocalMeetingItem, MeetingBallot } from './meeting-types';

export type SyncState = 'waiting' | 'sent' | 'rejected' | 'conflict';

/** The store's copy when it refused an edit because someone else changed the record first. */
export interface HeldConflict {
  current: Priority;
  version: number;
  reason: string;
}

/** A priority as the device holds it: the record, how far it has got, and what the server said. */
export interface LocalPriority extends Priority {
  syncState: SyncState;
  rejectReason?: string;
  server?: ServerPriorityState;
  /** The last version the store confirmed: the base of the next edit (absent: never confirmed). */
  syncedVersion?: number;
  /** The author withdrew it (final once the store has it). */
  withdrawn?: boolean;
  conflict?: HeldConflict;
}

/** One record waiting to be pushed; keyed by priority id so a record is queued at most once. */
export interface OutboxEntry {
  id: string;
  version: number;
  queuedAt: number;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
  /** What the id names: a priority (absent, the original kind) or a whole meeting bundle. */
  kind?: 'meeting';
}

/** The priority a merged one now counts for, as the public sees it (named only while it is public). */
export interface Survivor {
  priorityId: string;
  themeKey: string;
  description: string;
}

/** A "me too" this device gave; its syncState 'waiting' entries are the supports' outbox. */
export interface LocalSupport {
  id: string;
  priorityId: string;
  cspCode: string;
  createdAt: string;
  /** Set when imported from another device's export: it is sent under that device's id. */
  deviceId?: string;
  /** What was backed, as published then, so the device can list it offline (absent on older supports). */
  themeKey?: string;
  description?: string;
  /** Moderation merged what was backed into this priority: the backing counts (and is shown) there. */
  follows?: Survivor;
  syncState: SyncState;
  rejectReason?: string;
  attempts: number;
  nextAttemptAt: number;
}

export interface KeyValue {
  key: string;
  value: unknown;
}

export type PrioritiesDb = Dexie & {
  priorities: EntityTable<LocalPriority, 'id'>;
  outbox: EntityTable<OutboxEntry, 'id'>;
  kv: EntityTable<KeyValue, 'key'>;
  meetings: EntityTable<LocalMeeting, 'id'>;
  meetingItems: EntityTable<LocalMeetingItem, 'priorityId'>;
  meetingBallots: EntityTable<MeetingBallot, 'id'>;
  /** The newest "you said, we did" response per priority, pulled from the store. */
  responses: EntityTable<PulledResponse, 'priorityId'>;
  supports: EntityTable<LocalSupport, 'id'>;
};

export const DB_NAME = 'neighbourhood-priorities';

export function openPrioritiesDb(name = DB_NAME): PrioritiesDb {
  const db = new Dexie(name) as PrioritiesDb;
  db.version(1).stores({
    priorities: 'id, syncState, createdAt',
    outbox: 'id, nextAttemptAt',
    kv: 'key',
  });
  // Meetings run on one shared device: the meeting, what was raised, each turn's ballot.
  db.version(2).stores({
    meetings: 'id, createdAt',
    meetingItems: 'priorityId, meetingId',
    meetingBallots: 'id, meetingId',
    responses: 'priorityId',
  });
  // "Me too": the unique priorityId index is what makes it one per device per priority.
  db.version(3).stores({ supports: 'id, &priorityId, syncState' });
  return db;
}

let shared: PrioritiesDb | undefined;

/** The app's one connection; Dexie reopens it by itself after a version change or a lost connection. */
export function db(): PrioritiesDb {
  shared ??= openPrioritiesDb();
  return shared;
}
