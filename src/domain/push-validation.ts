// Validates a push request's envelope: protocol, device and the size of the batch. Records are
// checked one by one afterwards (priority-record.ts) so one bad record never sinks the batch.
import * as v from 'valibot';
import {
  type ErrorBody,
  LIMITS,
  MAX_BATCH,
  SUPPORTED_PROTOCOLS,
  unsupportedProtocolMessage,
} from './sync-protocol';
import { check, describeIssues } from './validation';

/** The record lists a push may carry. Another kind adds its list name here and a store for it. */
export const RECORD_LISTS = ['priorities'] as const;
export type RecordList = (typeof RECORD_LISTS)[number];

export interface PushEnvelope {
  readonly protocol: number;
  readonly deviceId: string;
  /** The device's clock when it sent the push, to correct a wrong clock (clock-skew.ts). */
  readonly sentAt?: string;
  readonly lists: Readonly<Record<RecordList, readonly unknown[]>>;
}

export type EnvelopeCheck =
  | { ok: true; value: PushEnvelope }
  | { ok: false; status: number; body: ErrorBody };

const RecordListSchema = v.optional(v.array(v.unknown(), 'must be a list of records'));

const Envelope = v.strictObject({
  protocol: v.number('protocol must be a number'),
  deviceId: v.pipe(v.string('device id must be text'), v.uuid('device id must be a UUID')),
  sentAt: v.optional(
    v.pipe(
      v.string('sentAt must be an ISO 8601 date-time'),
      v.isoTimestamp('sentAt must be an ISO 8601 date-time'),
    ),
  ),
  ...Object.fromEntries(RECORD_LISTS.map((name) => [name, RecordListSchema])),
});

export function checkPushEnvelope(body: unknown): EnvelopeCheck {
  const protocol = (body as { protocol?: unknown } | null)?.protocol;
  if (typeof protocol === 'number' && !SUPPORTED_PROTOCOLS.includes(protocol)) {
    return {
      ok: false,
      status: 400,
      body: {
        error: 'unsupported_protocol',
        message: unsupportedProtocolMessage(protocol),
        supportedProtocols: SUPPORTED_PROTOCOLS,
      },
    };
  }
  const envelope = check(Envelope, body);
  if (!envelope.ok) {
    return {
      ok: false,
      status: 400,
      body: {
        error: 'invalid_request',
        message: `Invalid request: ${describeIssues(envelope.issues)}`,
        issues: envelope.issues,
      },
    };
  }
  const raw = envelope.value as Record<string, unknown>;
  const lists = Object.fromEntries(
    RECORD_LISTS.map((name) => [name, (raw[name] as unknown[] | undefined) ?? []]),
  ) as Record<RecordList, unknown[]>;
  const count = RECORD_LISTS.reduce((n, name) => n + lists[name].length, 0);
  if (count > MAX_BATCH) {
    return {
      ok: false,
      status: 413,
      body: {
        error: 'batch_too_large',
        message: `A push may carry at most ${MAX_BATCH} records; this one has ${count}. Send them in smaller batches.`,
        limits: LIMITS,
      },
    };
  }
  const { protocol: version, deviceId, sentAt } = envelope.value;
  return { ok: true, value: { protocol: version, deviceId, ...(sentAt ? { sentAt } : {}), lists } };
}
