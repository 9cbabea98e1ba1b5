// Reads stored meetings back: the list for a CSP, one meeting's full record, and the ward's
// latest meeting (the progress on what it agreed).
import type { Agency, Meeting, MeetingTie } from '../../../domain/meeting';
import type {
  MeetingRecord,
  MeetingSummary,
  RecordAgreed,
  RecordItem,
  RecordTie,
} from '../../../domain/meeting-record';
import type { Db, MeetingsTable } from '../../db/tables';
import { latestResponses } from './responses';

function toMeeting(row: MeetingsTable): Meeting {
  return {
    id: row.id,
    cspCode: row.csp_code,
    kind: row.kind,
    wardCode: row.ward_code,
    ...(row.neighbourhood ? { neighbourhood: row.neighbourhood } : {}),
    date: row.meeting_date,
    venue: row.venue,
    chair: row.chair,
    partners: JSON.parse(row.partners) as Meeting['partners'],
    attendance: row.attendance,
    votesPerAttendee: row.votes_per_attendee,
    agreedCount: row.agreed_count,
    ...(row.previous_meeting_id ? { previousMeetingId: row.previous_meeting_id } : {}),
    createdAt: row.created_at,
    closedAt: row.closed_at,
  };
}

/** The stored tie told with the tied priorities' words (none for a meeting stored before ties were). */
function recordTie(json: string | null, items: readonly RecordItem[]): RecordTie | undefined {
  if (!json) return undefined;
  const tie = JSON.parse(json) as MeetingTie;
  return {
    place: tie.place,
    votes: tie.votes,
    candidates: tie.candidates.map((id) => {
      const item = items.find((i) => i.priorityId === id);
      return {
        priorityId: id,
        themeKey: item?.themeKey ?? '',
        description: item?.description ?? '',
        chosen: tie.chosen.includes(id),
      };
    }),
  };
}

async function wardName(db: Db, code: string): Promise<string | null> {
  const row = await db.kysely
    .selectFrom('area_units')
    .select('name')
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.name ?? null;
}

async function agreedOf(db: Db, meetingIds: readonly string[]): Promise<Map<string, RecordAgreed[]>> {
  const out = new Map<string, RecordAgreed[]>(meetingIds.map((id) => [id, []]));
  if (meetingIds.length === 0) return out;
  const rows = await db.kysely
    .selectFrom('meeting_agreed as a')
    .innerJoin('priorities as p', 'p.id', 'a.priority_id')
    .leftJoin('meeting_items as i', (j) =>
      j.onRef('i.meeting_id', '=', 'a.meeting_id').onRef('i.priority_id', '=', 'a.priority_id'),
    )
    .select([
      'a.meeting_id',
      'a.priority_id',
      'a.rank',
      'a.lead_agency',
      'a.intended_action',
      'p.theme_key',
      'p.description',
      'i.votes',
    ])
    .where('a.meeting_id', 'in', meetingIds)
    .orderBy('a.rank')
    .execute();
  const responses = await latestResponses(
    db,
    rows.map((r) => r.priority_id),
  );
  for (const r of rows)
    out.get(r.meeting_id)?.push({
      rank: r.rank,
      priorityId: r.priority_id,
      themeKey: r.theme_key,
      description: r.description,
      votes: r.votes ?? 0,
      leadAgency: r.lead_agency as Agency,
      action: r.intended_action,
      response: responses.get(r.priority_id) ?? null,
    });
  return out;
}

async function summaries(db: Db, rows: readonly MeetingsTable[]): Promise<MeetingSummary[]> {
  const agreed = await agreedOf(
    db,
    rows.map((r) => r.id),
  );
  const names = new Map<string, string | null>();
  for (const r of rows) if (!names.has(r.ward_code)) names.set(r.ward_code, await wardName(db, r.ward_code));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    wardCode: r.ward_code,
    wardName: names.get(r.ward_code) ?? null,
    date: r.meeting_date,
    venue: r.venue,
    attendance: r.attendance,
    agreed: agreed.get(r.id) ?? [],
  }));
}

export async function listMeetings(db: Db, cspCode: string, limit = 50): Promise<MeetingSummary[]> {
  const rows = await db.kysely
    .selectFrom('meetings')
    .selectAll()
    .where('csp_code', '=', cspCode)
    .orderBy('meeting_date', 'desc')
    .orderBy('closed_at', 'desc')
    .limit(limit)
    .execute();
  return summaries(db, rows);
}

/** The latest meeting held for a ward (before a date, when given). */
async function latestFor(db: Db, cspCode: string, wardCode: string, before?: string) {
  let q = db.kysely
    .selectFrom('meetings')
    .selectAll()
    .where('csp_code', '=', cspCode)
    .where('ward_code', '=', wardCode);
  if (before) q = q.where('meeting_date', '<', before);
  return q.orderBy('meeting_date', 'desc').orderBy('closed_at', 'desc').limit(1).executeTakeFirst();
}

/** The ward's latest meeting as staff see it (the public agenda is cut down from it: public-agenda.ts). */
export async function latestMeeting(
  db: Db,
  cspCode: string,
  wardCode: string,
): Promise<MeetingSummary | null> {
  const row = await latestFor(db, cspCode, wardCode);
  return row ? ((await summaries(db, [row]))[0] ?? null) : null;
}

export async function meetingRecord(db: Db, id: string): Promise<MeetingRecord | undefined> {
  const row = await db.kysely.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const items = await db.kysely
    .selectFrom('meeting_items as i')
    .innerJoin('priorities as p', 'p.id', 'i.priority_id')
    .leftJoin('area_units as w', 'w.code', 'p.ward_code')
    .leftJoin('area_units as n', (join) =>
      join.onRef('n.code', '=', 'p.area_code').on('p.place_kind', '=', 'neighbourhood'),
    )
    .select([
      'i.priority_id',
      'i.source',
      'i.votes',
      'p.theme_key',
      'p.description',
      'p.place_kind',
      'p.landmark',
      'w.name as ward_name',
      'n.name as neighbourhood_name',
    ])
    .where('i.meeting_id', '=', id)
    .orderBy('i.position')
    .execute();
  const responses = await latestResponses(
    db,
    items.map((i) => i.priority_id),
  );
  const previousRow = row.previous_meeting_id
    ? await db.kysely
        .selectFrom('meetings')
        .selectAll()
        .where('id', '=', row.previous_meeting_id)
        .executeTakeFirst()
    : await latestFor(db, row.csp_code, row.ward_code, row.meeting_date);
  const recordItems: RecordItem[] = items.map((i) => ({
    priorityId: i.priority_id,
    themeKey: i.theme_key,
    description: i.description,
    placeText: [
      i.ward_name ? `${i.ward_name} ward` : null,
      i.neighbourhood_name ? `${i.neighbourhood_name} police neighbourhood` : null,
      i.landmark,
      i.place_kind === 'point'
        ? 'pinned on the map'
        : i.place_kind === 'area'
          ? 'area drawn on the map'
          : null,
    ]
      .filter(Boolean)
      .join(', '),
    source: i.source,
    votes: i.votes,
    response: responses.get(i.priority_id) ?? null,
  }));
  const tie = recordTie(row.agreed_tie, recordItems);
  return {
    meeting: toMeeting(row),
    wardName: await wardName(db, row.ward_code),
    voters: row.voters,
    items: recordItems,
    agreed: (await agreedOf(db, [id])).get(id) ?? [],
    previous: previousRow ? ((await summaries(db, [previousRow]))[0] ?? null) : null,
    ...(tie ? { tie } : {}),
  };
}

/** The CSP a priority was recorded for (to check an officer may respond to it). */
export async function priorityCsp(db: Db, priorityId: string): Promise<string | undefined> {
  const row = await db.kysely
    .selectFrom('priorities')
    .select(['csp_code', 'assigned_csp_code'])
    .where('id', '=', priorityId)
    .executeTakeFirst();
  return row ? (row.assigned_csp_code ?? row.csp_code) : undefined;
}
