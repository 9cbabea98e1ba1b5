// The sync protocol between device and consultation store. Versioned: a device speaking
// another version gets a clear "please update the app" answer instead of a silent failure.
//
// A push carries records of one or more kinds (priorities today; others add their own kind
// as one more optional list, see sync-kinds.ts) and gets one result per record back, so a
// batch with a bad record still stores the good ones.
import type { HideCategory, ModerationStatus } from './moderation';
import type { Priority } from './priority';

/** 2: per-record results, baseVersion, withdraw, cursor reset. 1 is answered with "please update". */
export const PROTOCOL_VERSION = 2;
export const SUPPORTED_PROTOCOLS: readonly number[] = [2];
/** Records per push, over all kinds together. */
export const MAX_BATCH = 200;
/** Request body, after decompression. A full batch of ordinary priorities is far below this. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** One record as JSON: a drawn area with a very detailed outline is the largest legitimate one. */
export const MAX_RECORD_BYTES = 128 * 1024;
export const MAX_PULL_PAGE = 500;

export const API = {
  health: '/healthz',
  config: '/api/v1/config',
  csps: '/api/v1/csps',
  boundaries: (csp: string) => `/api/v1/csps/${csp}/boundaries`,
  neighbourhoods: (csp: string) => `/api/v1/csps/${csp}/neighbourhoods`,
  summary: (csp: string) => `/api/v1/csps/${csp}/summary`,
  push: '/api/v1/sync/push',
  pull: '/api/v1/sync/pull',
} as const;

/**
 * A priority as a device sends it: the record, the version the edit started from
 * (the last version the store confirmed; 0 for a new record), and the author's withdrawal.
 */
export interface PriorityRecord extends Priority {
  readonly baseVersion: number;
  readonly withdrawn?: boolean;
}

export interface PushRequest {
  readonly protocol: number;
  readonly deviceId: string;
  /** The device's clock at sending (ISO 8601): lets the store correct a clock that is days out. */
  readonly sentAt?: string;
  readonly priorities?: readonly PriorityRecord[];
}

/**
 * accepted: stored (or the withdrawal recorded); duplicate: this version or a later one from
 * the same writer is already held (a retry); rejected: never stored, `reason` says why;
 * conflict: someone else changed the record after the version this edit started from, so it
 * was not applied; `current` is the store's copy for the device to show.
 */
export type PushStatus = 'accepted' | 'duplicate' | 'rejected' | 'conflict';

export type RejectCode =
  | 'invalid'
  | 'server_owned_field'
  | 'wrong_device'
  | 'not_owner'
  | 'too_large'
  | 'withdrawn'
  /** A patrol record its sender may not deliver (another recorder, role or CSP). */
  | 'not_permitted';

export type RecordKind = 'priority';

export interface PushResult {
  readonly kind: RecordKind;
  readonly id: string;
  readonly status: PushStatus;
  /** The version the store now holds (accepted, duplicate, conflict). */
  readonly version?: number;
  readonly code?: RejectCode;
  /** rejected and conflict: a sentence naming the field or the reason. */
  readonly reason?: string;
  /** conflict: the store's current copy of the record. */
  readonly current?: Priority;
}

export interface PushResponse {
  readonly protocol: number;
  readonly results: readonly PushResult[];
}

/** Where the server counted a priority. Owned by the server; never written by devices. */
export interface AreaAssignment {
  readonly wardCode: string | null;
  readonly wardName: string | null;
  readonly districtCode: string | null;
  readonly cspCode: string | null;
  readonly cspName: string | null;
}

export type { ModerationStatus };

/** Server-owned state of one of the device's priorities, returned by pull. */
export interface ServerPriorityState {
  readonly id: string;
  readonly version: number;
  readonly status: ModerationStatus;
  readonly area: AreaAssignment;
  readonly outsideArea: boolean;
  readonly receivedAt: string;
  /** Published and not sensitive: anyone can see it at /priorities/:id. */
  readonly shownPublicly?: boolean;
  /** Received again because the author edited it while it was published. */
  readonly backInReview?: boolean;
  /**
   * Hidden: the officer's reason category and their note for the author (checked for personal
   * details). The officer's internal reason never leaves the store.
   */
  readonly hidden?: { readonly category: HideCategory; readonly note: string | null };
}

export interface PullResponse {
  readonly protocol: number;
  readonly items: readonly ServerPriorityState[];
  /** Opaque; send it back to get what changed after these items. */
  readonly cursor: string;
  readonly more: boolean;
  /**
   * The cursor sent is ahead of anything the store holds for this device (the store was
   * restored from a backup or replaced): these items start over from the beginning, and the
   * device should send again whatever the store no longer knows. Also answered, from any
   * cursor, to store marks from a run of the store that may have lost what it confirmed.
   */
  readonly reset?: boolean;
  /** The store mark to keep from now on, in place of the ones sent (store-mark.ts). */
  readonly mark?: string;
}

/** Body of every 4xx answer: a code, a sentence, and the fields at fault. */
export interface ErrorBody {
  readonly error:
    | 'invalid_request'
    | 'unsupported_protocol'
    | 'not_found'
    | 'payload_too_large'
    | 'batch_too_large'
    | 'unsupported_encoding'
    | 'rate_limited';
  readonly message: string;
  readonly issues?: readonly { path: string; message: string }[];
  readonly supportedProtocols?: readonly number[];
  /** payload_too_large and batch_too_large: the limits, so a device can split its batch. */
  readonly limits?: { readonly maxBatch: number; readonly maxBodyBytes: number };
}

export function unsupportedProtocolMessage(got: unknown): string {
  return `This app speaks sync protocol ${String(got)} but the consultation store speaks ${SUPPORTED_PROTOCOLS.join(', ')}: please update the app (reload it while online).`;
}

export const LIMITS = { maxBatch: MAX_BATCH, maxBodyBytes: MAX_BODY_BYTES } as const;
