// "Me too": a device backing a published priority. One per device per priority, sent through
// the same outbox and sync engine as priorities, on its own endpoint next to the priority push.
import * as v from 'valibot';
import { SUPPORTED_PROTOCOLS, unsupportedProtocolMessage } from './sync-protocol';
import { check, type FieldIssue } from './validation';

export const SUPPORT_PUSH_PATH = '/api/v1/sync/supports';
export const MAX_SUPPORT_BATCH = 200;

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const UUID_ANY = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const SupportSchema = v.strictObject({
  id: v.pipe(v.string('id must be text'), v.regex(UUID_V7, 'id must be a UUIDv7 made on the device')),
  priorityId: v.pipe(v.string('priority id must be text'), v.regex(UUID_ANY, 'priority id must be a UUID')),
  deviceId: v.pipe(v.string('device id must be text'), v.regex(UUID_ANY, 'device id must be a UUID')),
  createdAt: v.pipe(
    v.string('time must be an ISO 8601 date-time'),
    v.isoTimestamp('time must be an ISO 8601 date-time'),
  ),
});
export type Support = v.InferOutput<typeof SupportSchema>;

const SupportPushSchema = v.strictObject({
  protocol: v.number('protocol must be a number'),
  deviceId: v.pipe(v.string('device id must be text'), v.regex(UUID_ANY, 'device id must be a UUID')),
  supports: v.pipe(
    v.array(SupportSchema, 'supports must be a list'),
    v.maxLength(MAX_SUPPORT_BATCH, `a batch may hold at most ${MAX_SUPPORT_BATCH} supports`),
  ),
});
export type SupportPushRequest = v.InferOutput<typeof SupportPushSchema>;

/**
 * accepted: counted now; duplicate: this device already backs that priority (whatever the
 * support id); rejected: the priority is not public (or was raised on this device).
 */
export type SupportStatus = 'accepted' | 'duplicate' | 'rejected';
export interface SupportResult {
  readonly id: string;
  readonly priorityId: string;
  readonly status: SupportStatus;
  readonly reason?: string;
}
export interface SupportPushResponse {
  readonly protocol: number;
  readonly results: readonly SupportResult[];
}

export type SupportPushCheck =
  | { ok: true; value: SupportPushRequest }
  | { ok: false; kind: 'unsupported_protocol'; message: string }
  | { ok: false; kind: 'invalid'; issues: FieldIssue[] };

export function checkSupportPush(body: unknown): SupportPushCheck {
  const protocol = (body as { protocol?: unknown } | null)?.protocol;
  if (typeof protocol === 'number' && !SUPPORTED_PROTOCOLS.includes(protocol)) {
    return { ok: false, kind: 'unsupported_protocol', message: unsupportedProtocolMessage(protocol) };
  }
  const checked = check(SupportPushSchema, body);
  if (!checked.ok) return { ok: false, kind: 'invalid', issues: checked.issues };
  const foreign = checked.value.supports.findIndex((s) => s.deviceId !== checked.value.deviceId);
  if (foreign >= 0) {
    return {
      ok: false,
      kind: 'invalid',
      issues: [{ path: `supports[${foreign}].deviceId`, message: 'device id must match the sending device' }],
    };
  }
  return checked;
}
