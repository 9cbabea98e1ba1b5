// Running a meeting on the device: set it up, add what is raised, record each attendee's
// turn, close voting, agree, and queue the whole meeting as one bundle in the outbox.
import type { AgreedPriority, ItemSource, MeetingTie } from '../../domain/meeting';
import { checkBallot, tallyVotes } from '../../domain/meeting-votes';
import type { Priority } from '../../domain/priority';
import { db } from './db';
import { queueMeeting } from './meeting-outbox-due';
import type { LocalMeeting, LocalMeetingItem, MeetingBallot, MeetingDraft } from './meeting-types';

export async function createMeeting(
  draft: MeetingDraft,
  extras: Pick<LocalMeeting, 'agenda' | 'imported'>,
): Promise<void> {
  await db().meetings.add({ ...draft, ...extras, phase: 'voting', agreed: [], syncState: 'local' });
}

export const getMeeting = (id: string) => db().meetings.get(id);

export async function saveSendGrant(meetingId: string, grant: { token: string; expiresAt: string }) {
  await db().meetings.update(meetingId, { sendGrant: { token: grant.token, expiresAt: grant.expiresAt } });
}

export async function listMeetings(): Promise<LocalMeeting[]> {
  return db().meetings.orderBy('createdAt').reverse().toArray();
}

export async function meetingItems(meetingId: string): Promise<LocalMeetingItem[]> {
  const items = await db().meetingItems.where('meetingId').equals(meetingId).toArray();
  return items.sort((a, b) => a.priority.createdAt.localeCompare(b.priority.createdAt));
}

export async function meetingBallots(meetingId: string): Promise<MeetingBallot[]> {
  return db().meetingBallots.where('meetingId').equals(meetingId).sortBy('turn');
}

/** Current vote totals per priority id. */
export async function meetingTally(meetingId: string): Promise<Map<string, number>> {
  const items = await meetingItems(meetingId);
  return tallyVotes(
    items.map((i) => i.priorityId),
    await meetingBallots(meetingId),
  );
}

async function openMeeting(meetingId: string): Promise<LocalMeeting> {
  const meeting = await db().meetings.get(meetingId);
  if (!meeting) throw new Error('This meeting is not on this device.');
  if (meeting.phase !== 'voting') throw new Error('Voting has closed for this meeting.');
  return meeting;
}

/** Refused: the agenda item is already on the ballot (put to the vote earlier, perhaps on another tab). */
export class AlreadyOnBallot extends Error {}

export async function addMeetingItem(
  meetingId: string,
  priority: Priority,
  source: ItemSource,
  agendaIssue?: string,
): Promise<void> {
  const d = db();
  await d.transaction('rw', d.meetings, d.meetingItems, async () => {
    await openMeeting(meetingId);
    if (agendaIssue !== undefined) {
      const items = await d.meetingItems.where('meetingId').equals(meetingId).toArray();
      if (items.some((i) => i.agendaIssue === agendaIssue))
        throw new AlreadyOnBallot('This police.uk priority is already on the ballot.');
    }
    await d.meetingItems.add({
      priorityId: priority.id,
      meetingId,
      source,
      priority,
      ...(agendaIssue !== undefined ? { agendaIssue } : {}),
    });
  });
}

/** Saves one attendee's dots; returns the turn number. Refuses a ballot that breaks the rules. */
export async function recordBallot(meetingId: string, priorityIds: readonly string[]): Promise<number> {
  const d = db();
  return d.transaction('rw', d.meetings, d.meetingItems, d.meetingBallots, async () => {
    const meeting = await openMeeting(meetingId);
    const known = new Set((await meetingItems(meetingId)).map((i) => i.priorityId));
    const checked = checkBallot(priorityIds, meeting.votesPerAttendee, known);
    if (!checked.ok) throw new Error(checked.message);
    const turn = (await d.meetingBallots.where('meetingId').equals(meetingId).count()) + 1;
    await d.meetingBallots.add({
      id: `${meetingId}:${turn}`,
      meetingId,
      turn,
      priorityIds: [...priorityIds],
    });
    // Nobody can have voted without being there: keep the headcount at least the voters.
    if (meeting.attendance < turn) await d.meetings.update(meetingId, { attendance: turn });
    return turn;
  });
}

/** The headcount, never below the number of turns already taken. */
export async function setAttendance(meetingId: string, attendance: number): Promise<number> {
  const d = db();
  return d.transaction('rw', d.meetings, d.meetingBallots, async () => {
    const turns = await d.meetingBallots.where('meetingId').equals(meetingId).count();
    const value = Math.max(turns, Math.min(5000, Math.round(attendance) || 0));
    await d.meetings.update(meetingId, { attendance: value });
    return value;
  });
}

export async function closeVoting(meetingId: string): Promise<void> {
  await openMeeting(meetingId);
  await db().meetings.update(meetingId, { phase: 'closed' });
}

export async function reopenVoting(meetingId: string): Promise<void> {
  const meeting = await db().meetings.get(meetingId);
  if (meeting?.phase === 'closed') await db().meetings.update(meetingId, { phase: 'voting' });
}

/** Agree the priorities and queue the whole meeting for sending, in one transaction. */
export async function finishMeeting(
  meetingId: string,
  agreed: AgreedPriority[],
  tie: MeetingTie | undefined,
  now = new Date(),
): Promise<void> {
  const d = db();
  await d.transaction('rw', d.meetings, d.outbox, async () => {
    const meeting = await d.meetings.get(meetingId);
    if (meeting?.phase !== 'closed') throw new Error('Close voting before agreeing priorities.');
    await d.meetings.update(meetingId, {
      phase: 'finished',
      agreed,
      closedAt: now.toISOString(),
      ...(tie ? { tie } : {}),
    });
    await queueMeeting(meetingId, now.getTime());
  });
}
