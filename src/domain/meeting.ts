// PACT/NAG meetings: the meeting itself, the priorities raised in it with their dot votes,
// and the priorities agreed at the end. One schema per shape, shared by device and store.
import * as v from 'valibot';
import { AreaCodeSchema, CspCodeSchema, type Priority } from './priority';

export const MEETING_KINDS = ['pact', 'nag'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Partner agencies present at a meeting, and the agency that leads on an agreed priority. */
export const AGENCIES = ['police', 'council', 'fire', 'probation', 'health', 'housing', 'other'] as const;
export type Agency = (typeof AGENCIES)[number];

/** How a priority came into the meeting. */
export const ITEM_SOURCES = ['attendee', 'chair', 'police-uk'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

export const DEFAULT_VOTES_PER_ATTENDEE = 3;
export const DEFAULT_AGREED_COUNT = 3;
export const MAX_MEETING_ITEMS = 200;
export const MAX_ATTENDANCE = 5000;
export const ACTION_MAX = 1000;

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const MeetingIdSchema = v.pipe(
  v.string('meeting id must be text'),
  v.regex(UUID_V7, 'meeting id must be a UUIDv7 made on the device'),
);

const IsoDate = v.pipe(v.string('date must be text'), v.isoDate('date must be a date such as 2026-11-22'));
const IsoDateTime = v.pipe(
  v.string('time must be an ISO 8601 date-time'),
  v.isoTimestamp('time must be an ISO 8601 date-time'),
);
const requiredText = (what: string, max: number) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.trim(),
    v.minLength(1, `${what} is required`),
    v.maxLength(max, `${what} must be at most ${max} characters`),
  );
const wholeNumber = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.integer(`${what} must be a whole number`),
    v.minValue(min, `${what} must be at least ${min}`),
    v.maxValue(max, `${what} must be at most ${max}`),
  );

export const AgencySchema = v.picklist(AGENCIES, `agency must be one of ${AGENCIES.join(', ')}`);

export const MeetingSchema = v.strictObject({
  id: MeetingIdSchema,
  cspCode: CspCodeSchema,
  kind: v.picklist(MEETING_KINDS, `meeting kind must be one of ${MEETING_KINDS.join(', ')}`),
  /** The ward the meeting covers; its priorities default to this ward when not pinned. */
  wardCode: AreaCodeSchema,
  /** The police neighbourhood's name, when the meeting follows police.uk neighbourhoods. */
  neighbourhood: v.optional(
    v.pipe(v.string(), v.trim(), v.maxLength(120, 'neighbourhood must be at most 120 characters')),
  ),
  date: IsoDate,
  venue: requiredText('venue', 200),
  chair: requiredText('chair', 120),
  partners: v.pipe(
    v.array(AgencySchema, 'partners must be a list of agencies'),
    v.maxLength(AGENCIES.length),
    v.check((list) => new Set(list).size === list.length, 'partners must not repeat an agency'),
  ),
  attendance: wholeNumber('attendance', 0, MAX_ATTENDANCE),
  votesPerAttendee: wholeNumber('votes per attendee', 1, 10),
  agreedCount: wholeNumber('number of priorities to agree', 1, 10),
  /** The meeting whose agreed priorities this one reviewed, when known. */
  previousMeetingId: v.optional(MeetingIdSchema),
  createdAt: IsoDateTime,
  closedAt: IsoDateTime,
});
export type Meeting = v.InferOutput<typeof MeetingSchema>;

/** A priority raised at the meeting and how many dots it got. The priority itself travels beside it. */
export const MeetingItemSchema = v.strictObject({
  priorityId: v.pipe(v.string('priority id must be text'), v.regex(UUID_V7, 'priority id must be a UUIDv7')),
  source: v.picklist(ITEM_SOURCES, `source must be one of ${ITEM_SOURCES.join(', ')}`),
  votes: wholeNumber('votes', 0, MAX_ATTENDANCE),
});
export type MeetingItem = v.InferOutput<typeof MeetingItemSchema>;

export const AgreedPrioritySchema = v.strictObject({
  priorityId: v.pipe(v.string('priority id must be text'), v.regex(UUID_V7, 'priority id must be a UUIDv7')),
  rank: wholeNumber('rank', 1, 10),
  leadAgency: AgencySchema,
  action: requiredText('intended action', ACTION_MAX),
});
export type AgreedPriority = v.InferOutput<typeof AgreedPrioritySchema>;

const PriorityIdList = (what: string, min: number) =>
  v.pipe(
    v.array(
      v.pipe(v.string('priority id must be text'), v.regex(UUID_V7, 'priority id must be a UUIDv7')),
      `${what} must be a list of priority ids`,
    ),
    v.minLength(min, `${what} must list at least ${min}`),
    v.maxLength(MAX_MEETING_ITEMS, `${what} must list at most ${MAX_MEETING_ITEMS}`),
  );

/**
 * A tie for the last agreed place (src/domain/meeting-votes.ts decideAgreed) and how the chair
 * resolved it. Bundles from before ties were recorded have none, and are still accepted.
 */
export const MeetingTieSchema = v.strictObject({
  /** The first agreed place the tied priorities competed for. */
  place: wholeNumber('tied place', 1, 10),
  votes: wholeNumber('tied votes', 1, MAX_ATTENDANCE),
  candidates: PriorityIdList('tied priorities', 2),
  /** The tied priorities the chair chose to agree. */
  chosen: PriorityIdList('chosen priorities', 0),
});
export type MeetingTie = v.InferOutput<typeof MeetingTieSchema>;

/** The whole meeting as it travels: stored all at once or not at all. */
export interface MeetingBundle {
  readonly protocol: number;
  readonly deviceId: string;
  readonly meeting: Meeting;
  /** The priorities raised (channel 'meeting'), stored beside the device's other priorities. */
  readonly priorities: readonly Priority[];
  readonly items: readonly MeetingItem[];
  /** How many attendees took a voting turn (anonymous: only the count travels). */
  readonly voters: number;
  readonly agreed: readonly AgreedPriority[];
  /** Set when priorities tied for the last agreed place and the chair chose. */
  readonly tie?: MeetingTie;
}

export type BundleStatus = 'accepted' | 'duplicate';
export interface BundleResponse {
  readonly protocol: number;
  readonly meetingId: string;
  readonly status: BundleStatus;
}

export const AGENCY_LABELS: Record<Agency, string> = {
  police: 'Police',
  council: 'Council',
  fire: 'Fire and rescue',
  probation: 'Probation',
  health: 'Health',
  housing: 'Housing',
  other: 'Other',
};

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  pact: 'PACT (Partners and Communities Together)',
  nag: 'NAG (Neighbourhood Action Group)',
};

export const SOURCE_LABELS: Record<ItemSource, string> = {
  attendee: 'Added by an attendee',
  chair: 'Raised aloud, entered by the chair',
  'police-uk': 'Current police.uk priority',
};
