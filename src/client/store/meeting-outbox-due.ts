// Whether a finished meeting is waiting in the outbox (a cheap check the sync round makes
// before loading the meeting upload code), and queueing sent meetings again when the store
// started over. Small, so the app shell carries it without the meeting screens.
import { db } from './db';

/** Puts a finished meeting in the outbox (call inside a transaction over meetings and outbox). */
export async function queueMeeting(meetingId: string, at: number): Promise<void> {
  await db().meetings.update(meetingId, { syncState: 'waiting' });
  await db().outbox.put({
    id: meetingId,
    kind: 'meeting',
    version: 1,
    queuedAt: at,
    attempts: 0,
    nextAttemptAt: at,
  });
}

export async function hasMeetingsToSend(): Promise<boolean> {
  return (
    (await db()
      .outbox.filter((e) => e.kind === 'meeting')
      .count()) > 0
  );
}

/** The store started over (restored or replaced): send every meeting it had taken again. It answers
 * "duplicate" for one it still holds and stores a lost one whole. */
export async function resendSentMeetings(now = Date.now()): Promise<number> {
  const d = db();
  return d.transaction('rw', d.meetings, d.outbox, async () => {
    const sent = await d.meetings.filter((m) => m.syncState === 'sent').toArray();
    for (const m of sent) await queueMeeting(m.id, now);
    return sent.length;
  });
}
