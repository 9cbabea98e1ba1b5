// Priorities agreed at PACT/NAG meetings in the period, with the latest action reported
// against each ("you said, we did"), for the summary's agreed-priorities section. The summary is
// published, so the public agenda's rules apply: sensitive priorities left out, a priority's own
// words only once moderation published them, actions only as the one rule for progress words
// (progress-words.ts) lets them leave the store.
import { shareableProgressWords } from '../../domain/progress-words';
import { themeLabel } from '../../domain/taxonomy/themes';
import type { MeetingAgreed } from '../../reports/consultation/input';
import type { Db } from '../db/tables';
import { publicStanding } from './meetings/public-agenda';
import { staffNames } from './staff-names';

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
  const [{ sensitive, published }, names] = await Promise.all([
    publicStanding(
      db,
      rows.map((r) => r.priority_id),
    ),
    staffNames(db),
  ]);
  return rows.flatMap((r) => {
    if (sensitive.has(r.priority_id)) return [];
    const response = latest.get(r.priority_id);
    const area = r.neighbourhood || r.ward_name || 'Unknown area';
    // Until published (moderated, no personal details), a priority is named by its theme.
    const issue =
      published.has(r.priority_id) && r.description.trim()
        ? r.description
        : `${themeLabel(r.theme_key)} in ${area}`;
    const action = shareableProgressWords(
      { action: response?.action || r.intended_action || '', reason: '' },
      names,
    ).action;
    return {
      meetingDate: r.meeting_date.slice(0, 10),
      areaName: area,
      issue,
      action: action || null,
      actionDate: response ? response.responded_at.slice(0, 10) : null,
    };
  });
}
