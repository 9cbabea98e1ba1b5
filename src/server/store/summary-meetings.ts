// Priorities agreed at PACT/NAG meetings in the period, with the latest action reported
// against each ("you said, we did"), for the summary's agreed-priorities section.
import { themeLabel } from '../../domain/taxonomy/themes';
import type { MeetingAgreed } from '../../reports/consultation/input';
import type { Db } from '../db/tables';

export async function agreedAtMeetings(
  db: Db,
  cspCodes: readonly string[],
  period: { from: string; to: string },
): Promise<MeetingAgreed[]> {
  const rows = await db.kysely
    .selectFrom('meeting_agreed as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .innerJoin('priorities as p', 'p.id', 'a.priority_id')
    .leftJoin('area_units as w', 'w.code', 'm.ward_code')
    .select([
      'a.priority_id',
      'a.intended_action',
      'a.rank',
      'm.meeting_date',
      'm.neighbourhood',
      'w.name as ward_name',
      'p.description',
      'p.theme_key',
      'p.personal_details',
    ])
    .where('m.csp_code', 'in', [...cspCodes])
    .where('m.meeting_date', '>=', period.from)
    .where('m.meeting_date', '<=', period.to)
    .orderBy('m.meeting_date')
    .orderBy('a.rank')
    .execute();
  if (rows.length === 0) return [];
  const responses = await db.kysely
    .selectFrom('priority_responses')
    .select(['priority_id', 'action', 'status', 'responded_at'])
    .where(
      'priority_id',
      'in',
      rows.map((r) => r.priority_id),
    )
    .orderBy('responded_at')
    .execute();
  const latest = new Map(responses.map((r) => [r.priority_id, r]));
  return rows.map((r) => {
    const response = latest.get(r.priority_id);
    const area = r.neighbourhood || r.ward_name || 'Unknown area';
    // Agreed priorities are published (police.uk): text flagged as holding personal details is replaced by its theme.
    const issue =
      r.personal_details || !r.description.trim() ? `${themeLabel(r.theme_key)} in ${area}` : r.description;
    return {
      meetingDate: r.meeting_date.slice(0, 10),
      areaName: area,
      issue,
      action: response?.action || r.intended_action || null,
      actionDate: response ? response.responded_at.slice(0, 10) : null,
    };
  });
}
