// Stores a whole meeting from its bundle in ONE transaction: the meeting, its priorities (beside
// the device's other priorities, area-assigned like them), vote totals and agreed priorities.
// Idempotent by meeting id: a bundle sent again (a retry after a lost answer) changes nothing.
// Who sent it goes to the audit log in the same transaction, so a stored meeting always has one.
import type { BundleResponse, MeetingBundle } from '../../../domain/meeting';
import type { StaffPrincipal } from '../../../domain/staff';
import { PROTOCOL_VERSION } from '../../../domain/sync-protocol';
import { audit } from '../../auth/audit';
import type { Db } from '../../db/tables';
import type { AssignPlace } from '../../geo/area-index';
import { upsertPriorities } from '../push';

/** The meeting id belongs to another device, or its priorities' ids do: nothing was stored. */
export class BundleConflict extends Error {}

export async function storeMeetingBundle(
  db: Db,
  bundle: MeetingBundle,
  assign: AssignPlace,
  /** The signed-in staff member sending it (the route requires one; store tests may omit). */
  sentBy: StaffPrincipal | null = null,
  now: () => string = () => new Date().toISOString(),
  /** The hash of the send grant it came with (send-grants.ts): used up in the same transaction. */
  grantHash?: string,
): Promise<BundleResponse> {
  const at = now();
  const { meeting } = bundle;
  const status = await db.kysely.transaction().execute(async (tx) => {
    // Claim the id first: a concurrent copy of the same bundle waits here (PostgreSQL) or
    // queues behind this transaction (SQLite), then finds the row and writes nothing.
    const claimed = await tx
      .insertInto('meetings')
      .values({
        id: meeting.id,
        device_id: bundle.deviceId,
        csp_code: meeting.cspCode,
        kind: meeting.kind,
        ward_code: meeting.wardCode,
        neighbourhood: meeting.neighbourhood || null,
        meeting_date: meeting.date,
        venue: meeting.venue,
        chair: meeting.chair,
        partners: JSON.stringify(meeting.partners),
        attendance: meeting.attendance,
        voters: bundle.voters,
        votes_per_attendee: meeting.votesPerAttendee,
        agreed_count: meeting.agreedCount,
        previous_meeting_id: meeting.previousMeetingId ?? null,
        created_at: meeting.createdAt,
        closed_at: meeting.closedAt,
        received_at: at,
        agreed_tie: bundle.tie ? JSON.stringify(bundle.tie) : null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!claimed) {
      const held = await tx
        .selectFrom('meetings')
        .select('device_id')
        .where('id', '=', meeting.id)
        .executeTakeFirst();
      if (held?.device_id !== bundle.deviceId)
        throw new BundleConflict('this meeting id belongs to another device');
      return 'duplicate' as const;
    }
    await upsertPriorities(tx, db.kind, bundle.priorities, assign, at);
    if (bundle.priorities.length > 0) {
      const foreign = await tx
        .selectFrom('priorities')
        .select('id')
        .where(
          'id',
          'in',
          bundle.priorities.map((p) => p.id),
        )
        .where('device_id', '!=', bundle.deviceId)
        .executeTakeFirst();
      if (foreign) throw new BundleConflict(`priority ${foreign.id} belongs to another device`);
      // The staff account that sent the meeting recorded its priorities (shown to moderators only).
      if (sentBy)
        await tx
          .updateTable('priorities')
          .set({ recorded_by: sentBy.id })
          .where(
            'id',
            'in',
            bundle.priorities.map((p) => p.id),
          )
          .where('recorded_by', 'is', null)
          .execute();
    }
    if (bundle.items.length > 0) {
      await tx
        .insertInto('meeting_items')
        .values(
          bundle.items.map((item, position) => ({
            meeting_id: meeting.id,
            priority_id: item.priorityId,
            position,
            source: item.source,
            votes: item.votes,
          })),
        )
        .execute();
    }
    if (bundle.agreed.length > 0) {
      await tx
        .insertInto('meeting_agreed')
        .values(
          bundle.agreed.map((a) => ({
            meeting_id: meeting.id,
            priority_id: a.priorityId,
            rank: a.rank,
            lead_agency: a.leadAgency,
            intended_action: a.action,
          })),
        )
        .execute();
    }
    if (grantHash) {
      const used = await tx
        .updateTable('meeting_send_grants')
        .set({ used_at: at })
        .where('token_hash', '=', grantHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1)
        throw new BundleConflict('its permission to send was used already');
    }
    await audit({ kysely: tx }, sentBy, 'upload-meeting', {
      cspCode: meeting.cspCode,
      targetId: meeting.id,
      priorities: bundle.priorities.length,
      attendance: meeting.attendance,
      ...(grantHash ? { via: 'send-grant' } : {}),
    });
    return 'accepted' as const;
  });
  return { protocol: PROTOCOL_VERSION, meetingId: meeting.id, status };
}
