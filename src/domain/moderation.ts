// Moderation of priorities: the status values every layer codes against, and the shapes of
// the officer's decisions. Only 'published' and not sensitive ever reaches a public view.
import * as v from 'valibot';
import { findPersonalDetails } from './personal-details';
import { DESCRIPTION_MAX } from './priority';
import type { PriorityResponse } from './response-status';
import { findTheme } from './taxonomy/themes';
import { pageLimitSchema } from './validation';

export const MODERATION_STATUSES = ['received', 'published', 'hidden', 'merged', 'withdrawn'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/** Sensitive themes are sensitive whatever the officer's flag says. */
export function isSensitive(themeKey: string, flagged: boolean): boolean {
  return flagged || findTheme(themeKey)?.sensitive === true;
}

export function isPublic(status: ModerationStatus, themeKey: string, flagged: boolean): boolean {
  return status === 'published' && !isSensitive(themeKey, flagged);
}

export const MODERATION_API = {
  queue: (csp: string) => `/api/v1/csps/${csp}/moderation`,
  decide: (id: string, decision: ModerationDecision) => `/api/v1/moderation/priorities/${id}/${decision}`,
  /** GET ?q=words: priorities of the same CSP this one could be merged into, best first. */
  mergeCandidates: (id: string) => `/api/v1/moderation/priorities/${id}/merge-candidates`,
} as const;

export const MODERATION_DECISIONS = ['approve', 'redact', 'hide', 'merge', 'sensitive'] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/** Which statuses each decision may start from; anything else is a 409 naming the status. */
export const DECISION_FROM: Record<ModerationDecision, readonly ModerationStatus[]> = {
  approve: ['received', 'hidden'],
  redact: ['received', 'published', 'hidden'],
  hide: ['received', 'published'],
  merge: ['received', 'published', 'hidden'],
  sensitive: ['received', 'published', 'hidden'],
};

export const ModerationQueueQuerySchema = v.strictObject({
  status: v.optional(
    v.picklist(
      ['received', 'published', 'hidden', 'merged'],
      'status must be received, published, hidden or merged',
    ),
    'received',
  ),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(120, 'cursor must be one returned by the server'))),
  limit: v.optional(pageLimitSchema(100), '50'),
});

/** Statuses a duplicate may be merged into (DECISION_FROM.merge checks the one merged). */
export const MERGE_INTO: readonly ModerationStatus[] = ['received', 'published'];

export const MergeCandidatesQuerySchema = v.strictObject({
  q: v.optional(
    v.pipe(
      v.string('q must be text'),
      v.trim(),
      v.maxLength(100, 'q (words to search for) may have at most 100 characters'),
    ),
    '',
  ),
  limit: v.optional(pageLimitSchema(50), '20'),
});

const Reason = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.trim(),
    v.minLength(3, `${what} must say why (at least 3 characters)`),
    v.maxLength(500, `${what} may have at most 500 characters`),
  );

export const ApproveSchema = v.strictObject({
  /** Needed when the store flagged personal details: the officer confirms none remain. */
  personalDetailsChecked: v.optional(v.boolean('personalDetailsChecked must be true or false')),
});
export const RedactSchema = v.strictObject({
  description: v.pipe(
    v.string('description must be text'),
    v.trim(),
    v.maxLength(DESCRIPTION_MAX, `description may have at most ${DESCRIPTION_MAX} characters`),
  ),
  reason: v.optional(Reason('reason')),
});

/** Why an officer did not publish a priority: a fixed list, so the author's device can say it plainly. */
export const HIDE_CATEGORIES = [
  'names-person',
  'not-community-safety',
  'other-service',
  'report-crime',
  'offensive',
  'other',
] as const;
export type HideCategory = (typeof HIDE_CATEGORIES)[number];

/** Each category as the officer chooses it, and as the author reads it on their device. */
export const HIDE_CATEGORY_TEXT: Record<HideCategory, { officer: string; resident: string }> = {
  'names-person': {
    officer: 'It names or describes a person',
    resident: 'It named or described a person, so it cannot be shown in public.',
  },
  'not-community-safety': {
    officer: 'Not a community safety matter',
    resident: 'It is not a community safety matter the partnership deals with.',
  },
  'other-service': {
    officer: 'Sent to the right service',
    resident: 'It has been passed to the service that deals with it.',
  },
  'report-crime': {
    officer: 'A crime to report to the police',
    resident:
      'It sounds like a crime, which needs reporting to the police: call 101, or 999 in an emergency.',
  },
  offensive: {
    officer: 'Offensive or abusive wording',
    resident: 'Its wording could not be published.',
  },
  other: {
    officer: 'Another reason',
    resident: 'An officer decided not to publish it.',
  },
};

/** Hidden before categories existed (null), or an unknown value: "other". */
export const hideCategoryOf = (stored: string | null | undefined): HideCategory =>
  HIDE_CATEGORIES.find((c) => c === stored) ?? 'other';

export const RESIDENT_NOTE_MAX = 300;
export const NOTE_HAS_PERSONAL_DETAILS =
  'The note for the resident must not include personal details such as a name, phone number, email address, street address or vehicle registration.';

export const HideSchema = v.strictObject({
  /** Internal: for staff and the audit log only, never sent to the author's device. */
  reason: Reason('reason'),
  /** Optional for callers from before categories existed; the store keeps "other" then. */
  category: v.optional(v.picklist(HIDE_CATEGORIES, 'Choose why it is not published.')),
  /** Shown on the author's device, so it must pass the personal-details check. */
  residentNote: v.optional(
    v.pipe(
      v.string('The note for the resident must be text.'),
      v.trim(),
      v.maxLength(
        RESIDENT_NOTE_MAX,
        `The note for the resident may have at most ${RESIDENT_NOTE_MAX} characters.`,
      ),
      v.check((note) => findPersonalDetails(note).length === 0, NOTE_HAS_PERSONAL_DETAILS),
    ),
  ),
});
export const MergeSchema = v.strictObject({
  into: v.pipe(v.string('into must be a priority id'), v.uuid('into must be a priority id')),
});
export const SensitiveSchema = v.strictObject({
  sensitive: v.boolean('sensitive must be true or false'),
});

export const DECISION_SCHEMAS = {
  approve: ApproveSchema,
  redact: RedactSchema,
  hide: HideSchema,
  merge: MergeSchema,
  sensitive: SensitiveSchema,
} as const;

export type DecisionBody<D extends ModerationDecision> = v.InferOutput<(typeof DECISION_SCHEMAS)[D]>;

/** A priority as a moderating officer sees it: the text and where, never the device id. */
export interface ModerationItem {
  readonly id: string;
  readonly cspCode: string;
  readonly themeKey: string;
  readonly description: string;
  readonly wardCode: string | null;
  readonly wardName: string | null;
  /** The resident's own landmark for a ward-level place. */
  readonly landmark: string | null;
  /** The police neighbourhood the resident chose instead of a pin (counted in wardName's ward). */
  readonly neighbourhoodName: string | null;
  readonly placeKind: 'point' | 'area' | 'area-unit' | 'neighbourhood';
  /** The pin, or the drawn area's outline as [lon, lat] pairs: staff only, never public. */
  readonly point: readonly [number, number] | null;
  readonly outline: readonly (readonly [number, number])[] | null;
  readonly channel: string;
  readonly timesOfDay: readonly string[];
  readonly days: readonly string[];
  readonly respondentType: string;
  /** The staff account that recorded it (patrol, or the one who sent a meeting): staff views only. */
  readonly recordedByName: string | null;
  readonly createdAt: string;
  readonly receivedAt: string;
  readonly status: ModerationStatus;
  /** The officer's flag; themeSensitive is the taxonomy's. */
  readonly sensitive: boolean;
  readonly themeSensitive: boolean;
  readonly hiddenReason: string | null;
  /** For hidden items: the category chosen ("other" for those hidden before categories) and the resident's note. */
  readonly hiddenCategory: HideCategory | null;
  readonly residentNote: string | null;
  readonly mergedInto: string | null;
  /** For a merged duplicate: the priority it now counts towards. */
  readonly survivor: MergeSurvivor | null;
  /** Kinds of personal detail the store found in the text, if any. */
  readonly personalDetails: readonly string[];
  /**
   * Residents behind it: those it was recorded for (a patrol record can stand for several), the
   * residents of duplicates merged into it, and "me too" supports.
   */
  readonly supportCount: number;
  /** The newest "you said, we did" progress recorded on it, if any. */
  readonly response: PriorityResponse | null;
}

export interface ModerationQueueResponse {
  readonly items: readonly ModerationItem[];
  readonly cursor: string | null;
  readonly more: boolean;
}

export interface MergeSurvivor {
  readonly id: string;
  readonly themeKey: string;
  readonly description: string;
  readonly status: ModerationStatus;
}

/** A priority a duplicate could be merged into: same theme first, then nearest. */
export interface MergeCandidate extends MergeSurvivor {
  readonly wardName: string | null;
  readonly receivedAt: string;
  readonly sameTheme: boolean;
  /** Metres between the two pins (or drawn areas' centres); null when either has none. */
  readonly distanceM: number | null;
}

export interface MergeCandidatesResponse {
  readonly items: readonly MergeCandidate[];
}
