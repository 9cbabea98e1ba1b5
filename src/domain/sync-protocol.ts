// The sync protocol between device and consultation store. Versioned: a device speaking
// another version gets a clear "please update the app" answer instead of a silent failure.
import * as v from 'valibot';
import type { ModerationStatus } from './moderation';
import type { Priority } from './priority';

export const PROTOCOL_VERSION = 1;
export const SUPPORTED_PROTOCOLS: readonly number[] = [1];
export const MAX_BATCH = 200;
export const MAX_PULL_PAGE = 500;

export const API = {
  health: '/healthz',
  config: '/api/v1/config',
  csps: '/api/v1/csps',
  boundaries: (csp: string) => `/api/v1/csps/${csp}/boundaries`,
  summary: (csp: string) => `/api/v1/csps/${csp}/summary`,
  push: '/api/v1/sync/push',
  pull: '/api/v1/sync/pull',
} as const;

const ProtocolField = v.number('protocol must be a number');

export interface PushRequest {
  readonly protocol: number;
  readonly deviceId: string;
  readonly priorities: readonly Priority[];
}

/** accepted: stored or updated; duplicate: this version (or a newer one) was already held. */
export type PushStatus = 'accepted' | 'duplicate';
export interface PushResult {
  readonly id: string;
  readonly status: PushStatus;
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
}

export const PullQuerySchema = v.strictObject({
  protocol: v.pipe(v.string(), v.transform(Number), ProtocolField),
  deviceId: v.pipe(v.string('device id must be text'), v.uuid('device id must be a UUID')),
  cursor: v.optional(v.pipe(v.string(), v.regex(/^\d+\.\d+$/, 'cursor must be one returned by the server'))),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.transform(Number),
      v.integer('limit must be a whole number'),
      v.minValue(1),
      v.maxValue(MAX_PULL_PAGE),
    ),
  ),
});

export interface PullResponse {
  readonly protocol: number;
  readonly items: readonly ServerPriorityState[];
  /** Opaque; send it back to get what changed after these items. */
  readonly cursor: string;
  readonly more: boolean;
}

/** Body of every 4xx answer: a code, a sentence, and the fields at fault. */
export interface ErrorBody {
  readonly error: 'invalid_request' | 'unsupported_protocol' | 'not_found' | 'payload_too_large';
  readonly message: string;
  readonly issues?: readonly { path: string; message: string }[];
  /** For a push: which records were at fault, so the device can mark them and send the rest. */
  readonly rejected?: readonly { id: string; reason: string }[];
  readonly supportedProtocols?: readonly number[];
}

export function unsupportedProtocolMessage(got: unknown): string {
  return `This app speaks sync protocol ${String(got)} but the consultation store speaks ${SUPPORTED_PROTOCOLS.join(', ')}: please update the app (reload it while online).`;
}
