// A finished meeting on its way to the store: built into one bundle from the device's tables,
// and marked sent or refused. Kept apart from the meeting screens' store so the sync engine
// (in the app shell) does not pull the screens' code in.
import type { MeetingBundle } from '../../domain/meeting';
import { tallyVotes } from '../../domain/meeting-votes';
import { PROTOCOL_VERSION } from '../../domain/sync-protocol';
import { db } from './db';

/** The bundle for a finished meeting, exactly as it will be sent. */
export async function meetingBundle(meetingId: string, deviceId: string): Promise<MeetingBundle | undefined> {
  const meeting = await db().meetings.get(meetingId);
  if (meeting?.heldBundle) return { ...meeting.heldBundle, protocol: PROTOCOL_VERSION };
  if (!meeting?.closedAt) return undefined;
  const items = (await db().meetingItems.where('meetingId').equals(meetingId).toArray()).sort((a, b) =>
    a.priority.createdAt.localeCompare(b.priority.createdAt),
  );
  const ballots = await db().meetingBallots.where('meetingId').equals(meetingId).sortBy('turn');
  const tally = tallyVotes(
    items.map((i) => i.priorityId),
    ballots,
  );
  const {
    phase: _p,
    agreed,
    tie,
    agenda: _a,
    imported: _i,
    syncState: _s,
    rejectReason: _r,
    waitingReason: _w,
    heldBundle: _h,
    sendGrant: _g,
    closedAt,
    ...fields
  } = meeting;
  return {
    protocol: PROTOCOL_VERSION,
    deviceId,
    meeting: { ...fields, closedAt },
    priorities: items.map((i) => i.priority),
    items: items.map((i) => ({
      priorityId: i.priorityId,
      source: i.source,
      votes: tally.get(i.priorityId) ?? 0,
    })),
    voters: ballots.filter((b) => b.priorityIds.length > 0).length,
    agreed,
    ...(tie ? { tie } : {}),
  };
}

/** The meeting's send grant while it lasts (see src/client/meetings/send-grant.ts). */
export async function liveSendGrant(meetingId: string, now = Date.now()): Promise<string | undefined> {
  const grant = (await db().meetings.get(meetingId))?.sendGrant;
  return grant && Date.parse(grant.expiresAt) > now ? grant.token : undefined;
}

export async function dueMeetingBundles(now: number): Promise<string[]> {
  const entries = await db()
    .outbox.where('nextAttemptAt')
    .belowOrEqual(now)
    .filter((e) => e.kind === 'meeting')
    .toArray();
  return entries.map((e) => e.id);
}

export async function markMeetingSent(meetingId: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.meetings, d.outbox, async () => {
    await d.outbox.delete(meetingId);
    await d.meetings.update(meetingId, {
      syncState: 'sent',
      rejectReason: undefined,
      waitingReason: undefined,
      sendGrant: undefined,
    });
  });
}

/** Still waiting, and why (e.g. nobody who may send it is signed in). */
export async function markMeetingWaiting(meetingId: string, reason: string): Promise<void> {
  await db().meetings.update(meetingId, { waitingReason: reason });
}

export async function markMeetingRejected(meetingId: string, reason: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.meetings, d.outbox, async () => {
    await d.outbox.delete(meetingId);
    await d.meetings.update(meetingId, {
      syncState: 'rejected',
      rejectReason: reason,
      waitingReason: undefined,
    });
  });
}
