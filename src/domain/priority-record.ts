// Checks one pushed priority on its own, so a bad record is rejected with a reason while the
// rest of its batch is stored. Server-owned fields get their own clear refusal.
import * as v from 'valibot';
import { MAX_VERSION, PrioritySchema } from './priority';
import { MAX_RECORD_BYTES, type PriorityRecord, type PushResult, type RejectCode } from './sync-protocol';
import { check, describeIssues } from './validation';

/** Fields only the consultation store sets: moderation, area assignment, publication precision. */
export const SERVER_OWNED_FIELDS = [
  'status',
  'moderationStatus',
  'sensitive',
  'hiddenReason',
  'mergedInto',
  'published',
  'publicPlace',
  'publicationPrecision',
  'precisionM',
  'area',
  'wardCode',
  'wardName',
  'districtCode',
  'assignedCspCode',
  'outsideArea',
  'receivedAt',
  'serverUpdatedAt',
  'supportCount',
  'server',
] as const;

export const PriorityRecordSchema = v.pipe(
  v.strictObject({
    ...PrioritySchema.entries,
    baseVersion: v.pipe(
      v.number('base version must be a number'),
      v.integer('base version must be a whole number'),
      v.minValue(0, 'base version must be 0 for a new record or the version the store confirmed'),
      v.maxValue(MAX_VERSION, `base version must be at most ${MAX_VERSION}`),
    ),
    withdrawn: v.optional(v.boolean('withdrawn must be true or false')),
  }),
  v.forward(
    v.check((r) => r.baseVersion < r.version, 'base version must be lower than version'),
    ['baseVersion'],
  ),
);

export type RecordCheck = { ok: true; value: PriorityRecord } | { ok: false; result: PushResult };

function rejected(raw: unknown, index: number, code: RejectCode, reason: string): RecordCheck {
  const id = (raw as { id?: unknown } | null)?.id;
  return {
    ok: false,
    result: {
      kind: 'priority',
      id: typeof id === 'string' && id.length <= 64 ? id : `#${index}`,
      status: 'rejected',
      code,
      reason,
    },
  };
}

/** `size` is the record's JSON length when the caller already knows it. */
export function checkPriorityRecord(raw: unknown, index: number, deviceId: string): RecordCheck {
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const owned = SERVER_OWNED_FIELDS.find((f) => Object.hasOwn(raw, f));
    if (owned) {
      return rejected(
        raw,
        index,
        'server_owned_field',
        `${owned}: set by the consultation store; devices cannot write it`,
      );
    }
  }
  const text = jsonText(raw);
  const size = text?.length ?? Number.POSITIVE_INFINITY;
  if (size > MAX_RECORD_BYTES) {
    return rejected(
      raw,
      index,
      'too_large',
      `record is ${Math.ceil(size / 1024)} KiB; one priority may be at most ${MAX_RECORD_BYTES / 1024} KiB`,
    );
  }
  // JSON.stringify writes a lone surrogate as a \udXXX escape: only then walk the record for
  // where it is (a push of well-formed text, the usual case, skips the walk).
  const broken = text !== undefined && MAYBE_LONE_SURROGATE.test(text) ? illFormedText(raw, '') : undefined;
  if (broken !== undefined) {
    return rejected(
      raw,
      index,
      'invalid',
      `${broken || '(record)'}: text must be valid Unicode (it holds a lone surrogate)`,
    );
  }
  const one = check(PriorityRecordSchema, raw);
  if (!one.ok) return rejected(raw, index, 'invalid', describeIssues(one.issues));
  if (one.value.deviceId !== deviceId) {
    return rejected(raw, index, 'wrong_device', 'deviceId: must match the sending device');
  }
  return { ok: true, value: one.value };
}

/** The record as JSON; undefined when it cannot be written (too deep, a cycle). */
function jsonText(raw: unknown): string | undefined {
  try {
    return JSON.stringify(raw) ?? '';
  } catch {
    return undefined;
  }
}

const MAYBE_LONE_SURROGATE = /\\ud[89a-f]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (or key) that is not well-formed UTF-16, if any. */
function illFormedText(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > 8) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (LONE_SURROGATE.test(key)) return at;
    const found = illFormedText(inner, at, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
