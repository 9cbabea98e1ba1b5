// Validates a meeting bundle as a whole: each part against its schema, then the rules that tie
// the parts together (every agreed priority was raised, votes fit the dots handed out...).
import * as v from 'valibot';
import {
  AgreedPrioritySchema,
  MAX_MEETING_ITEMS,
  type MeetingBundle,
  MeetingItemSchema,
  MeetingSchema,
  MeetingTieSchema,
} from './meeting';
import { PrioritySchema } from './priority';
import { SUPPORTED_PROTOCOLS } from './sync-protocol';
import { check, type FieldIssue } from './validation';

/** A bundle's shape; the rules tying its parts together are bundleRuleIssues'. */
export const BundleSchema = v.strictObject({
  protocol: v.number('protocol must be a number'),
  deviceId: v.pipe(v.string('device id must be text'), v.uuid('device id must be a UUID')),
  meeting: MeetingSchema,
  priorities: v.pipe(
    v.array(PrioritySchema, 'priorities must be a list'),
    v.maxLength(MAX_MEETING_ITEMS, `a meeting may hold at most ${MAX_MEETING_ITEMS} priorities`),
  ),
  items: v.pipe(v.array(MeetingItemSchema, 'items must be a list'), v.maxLength(MAX_MEETING_ITEMS)),
  voters: v.pipe(
    v.number('voters must be a number'),
    v.integer('voters must be a whole number'),
    v.minValue(0, 'voters must be at least 0'),
  ),
  agreed: v.pipe(v.array(AgreedPrioritySchema, 'agreed must be a list'), v.maxLength(10)),
  tie: v.optional(MeetingTieSchema),
});

export type BundleCheck =
  | { ok: true; value: MeetingBundle }
  | { ok: false; unsupportedProtocol?: number; issues: FieldIssue[] };

export function checkMeetingBundle(body: unknown): BundleCheck {
  const protocol = (body as { protocol?: unknown } | null)?.protocol;
  if (typeof protocol === 'number' && !SUPPORTED_PROTOCOLS.includes(protocol))
    return { ok: false, unsupportedProtocol: protocol, issues: [] };
  const parsed = check(BundleSchema, body);
  if (!parsed.ok) return parsed;
  const issues = bundleRuleIssues(parsed.value);
  return issues.length > 0 ? { ok: false, issues } : parsed;
}

/** Rules across the parts; each issue names the field at fault. */
export function bundleRuleIssues(b: MeetingBundle): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const { meeting } = b;
  const priorityIds = new Set<string>();
  b.priorities.forEach((p, i) => {
    if (priorityIds.has(p.id)) add(`priorities[${i}].id`, 'a priority appears twice in the meeting');
    priorityIds.add(p.id);
    if (p.channel !== 'meeting')
      add(`priorities[${i}].channel`, "a meeting's priorities have channel 'meeting'");
    if (p.cspCode !== meeting.cspCode) add(`priorities[${i}].cspCode`, "must be the meeting's CSP");
    if (p.deviceId !== b.deviceId)
      add(`priorities[${i}].deviceId`, 'device id must match the sending device');
  });
  const itemIds = new Set<string>();
  let dots = 0;
  b.items.forEach((item, i) => {
    if (!priorityIds.has(item.priorityId)) add(`items[${i}].priorityId`, 'names no priority in this bundle');
    if (itemIds.has(item.priorityId)) add(`items[${i}].priorityId`, 'a priority is listed twice');
    itemIds.add(item.priorityId);
    if (item.votes > b.voters) add(`items[${i}].votes`, 'more votes than people who voted');
    dots += item.votes;
  });
  if (itemIds.size !== priorityIds.size) add('items', 'every priority raised needs exactly one item');
  if (dots > b.voters * meeting.votesPerAttendee)
    add('items', `${dots} votes is more than ${b.voters} voters × ${meeting.votesPerAttendee} each`);
  if (b.voters > meeting.attendance)
    add(
      'meeting.attendance',
      `attendance (${meeting.attendance}) is less than the ${b.voters} people who voted`,
    );
  if (b.agreed.length > meeting.agreedCount)
    add('agreed', `at most ${meeting.agreedCount} priorities may be agreed at this meeting`);
  const ranks = new Set<number>();
  const agreedIds = new Set<string>();
  b.agreed.forEach((a, i) => {
    if (!priorityIds.has(a.priorityId)) add(`agreed[${i}].priorityId`, 'was not raised at this meeting');
    if (agreedIds.has(a.priorityId)) add(`agreed[${i}].priorityId`, 'is agreed twice');
    if (ranks.has(a.rank)) add(`agreed[${i}].rank`, 'two agreed priorities share a rank');
    agreedIds.add(a.priorityId);
    ranks.add(a.rank);
  });
  if (b.tie) tieRuleIssues(b, add);
  if (meeting.previousMeetingId === meeting.id)
    add('meeting.previousMeetingId', 'a meeting cannot follow itself');
  return issues;
}

/** A recorded tie: real (every candidate on the same votes), within the places, and resolved among its own. */
function tieRuleIssues(b: MeetingBundle, add: (path: string, message: string) => void): void {
  const tie = b.tie;
  if (!tie) return;
  const votes = new Map(b.items.map((i) => [i.priorityId, i.votes]));
  const agreed = new Set(b.agreed.map((a) => a.priorityId));
  if (tie.place > b.meeting.agreedCount)
    add('tie.place', `must be within the ${b.meeting.agreedCount} places agreed at this meeting`);
  if (new Set(tie.candidates).size !== tie.candidates.length)
    add('tie.candidates', 'a tied priority is listed twice');
  tie.candidates.forEach((id, i) => {
    if (!votes.has(id)) add(`tie.candidates[${i}]`, 'was not raised at this meeting');
    else if (votes.get(id) !== tie.votes)
      add(`tie.candidates[${i}]`, `has ${votes.get(id)} votes, not the ${tie.votes} of the tie`);
  });
  tie.chosen.forEach((id, i) => {
    if (!tie.candidates.includes(id)) add(`tie.chosen[${i}]`, 'is not one of the tied priorities');
    if (!agreed.has(id)) add(`tie.chosen[${i}]`, 'is not among the agreed priorities');
  });
  if (tie.candidates.some((id) => agreed.has(id) && !tie.chosen.includes(id)))
    add('tie.chosen', 'must list every tied priority that was agreed');
}
