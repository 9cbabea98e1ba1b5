// Validates a push batch as a whole and record by record, so the answer can name each
// record at fault and the device can set those aside and send the rest.
import * as v from 'valibot';
import { type Priority, PrioritySchema } from './priority';
import {
  type ErrorBody,
  MAX_BATCH,
  type PushRequest,
  SUPPORTED_PROTOCOLS,
  unsupportedProtocolMessage,
} from './sync-protocol';
import { check, describeIssues, type FieldIssue } from './validation';

export type PushCheck = { ok: true; value: PushRequest } | { ok: false; body: ErrorBody };

const Envelope = v.strictObject({
  protocol: v.number('protocol must be a number'),
  deviceId: v.pipe(v.string('device id must be text'), v.uuid('device id must be a UUID')),
  priorities: v.pipe(
    v.array(v.unknown(), 'priorities must be a list'),
    v.maxLength(MAX_BATCH, `a batch may hold at most ${MAX_BATCH} priorities`),
  ),
});

export function checkPushRequest(body: unknown): PushCheck {
  const protocol = (body as { protocol?: unknown } | null)?.protocol;
  if (typeof protocol === 'number' && !SUPPORTED_PROTOCOLS.includes(protocol)) {
    return {
      ok: false,
      body: {
        error: 'unsupported_protocol',
        message: unsupportedProtocolMessage(protocol),
        supportedProtocols: SUPPORTED_PROTOCOLS,
      },
    };
  }
  const envelope = check(Envelope, body);
  if (!envelope.ok) return invalid(envelope.issues, []);

  const issues: FieldIssue[] = [];
  const rejected: { id: string; reason: string }[] = [];
  const priorities: Priority[] = [];
  envelope.value.priorities.forEach((raw, index) => {
    const one = check(PrioritySchema, raw);
    if (one.ok) {
      if (one.value.deviceId !== envelope.value.deviceId) {
        const issue = {
          path: `priorities[${index}].deviceId`,
          message: 'device id must match the sending device',
        };
        issues.push(issue);
        rejected.push({ id: one.value.id, reason: issue.message });
      } else priorities.push(one.value);
      return;
    }
    const own = one.issues.map((i) => ({ path: `priorities[${index}].${i.path}`, message: i.message }));
    issues.push(...own);
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string') rejected.push({ id, reason: describeIssues(one.issues) });
  });
  if (issues.length > 0) return invalid(issues, rejected);
  return { ok: true, value: { ...envelope.value, priorities } };
}

function invalid(issues: FieldIssue[], rejected: { id: string; reason: string }[]): PushCheck {
  return {
    ok: false,
    body: {
      error: 'invalid_request',
      message: `Invalid request: ${describeIssues(issues)}`,
      issues,
      rejected,
    },
  };
}
