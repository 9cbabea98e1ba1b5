// Finished meetings in the export file of unsent work: each waiting meeting as the bundle the
// store would receive, and on import, the bundle held whole to be sent as it was (the store
// claims a meeting's id once, so a bundle that reaches it twice is answered "duplicate").
import type { MeetingBundle } from '../../domain/meeting';
import { db } from './db';
import { deviceId } from './kv';
import { meetingBundle } from './meeting-outbox';
import { queueMeeting } from './meeting-outbox-due';

/** Every finished meeting waiting in the outbox, as it will be sent. */
export async function unsyncedMeetings(): Promise<MeetingBundle[]> {
  const waiting = await db()
    .outbox.filter((e) => e.kind === 'meeting')
    .sortBy('queuedAt');
  const own = await deviceId();
  const bundles = await Promise.all(waiting.map((e) => meetingBundle(e.id, own)));
  return bundles.filter((b): b is MeetingBundle => b !== undefined);
}

/**
 * Holds each bundle the device does not have and queues it; call inside a transaction over
 * meetings, meetingItems and outbox. Returns how many were added.
 */
export async function importMeetings(bundles: readonly MeetingBundle[], now: number): Promise<number> {
  const d = db();
  let added = 0;
  for (const bundle of bundles) {
    if (await d.meetings.get(bundle.meeting.id)) continue;
    await d.meetings.add({
      ...bundle.meeting,
      phase: 'finished',
      agreed: [...bundle.agreed],
      ...(bundle.tie ? { tie: bundle.tie } : {}),
      agenda: null,
      imported: [],
      syncState: 'waiting',
      heldBundle: bundle,
    });
    // What was raised, so the meeting can be opened on this device like one run here.
    await d.meetingItems.bulkPut(
      bundle.items.flatMap((item) => {
        const priority = bundle.priorities.find((p) => p.id === item.priorityId);
        return priority
          ? [{ priorityId: item.priorityId, meetingId: bundle.meeting.id, source: item.source, priority }]
          : [];
      }),
    );
    await queueMeeting(bundle.meeting.id, now);
    added++;
  }
  return added;
}
