// The public agenda: a ward's last meeting and the progress on what it agreed, cut down to what
// anyone may read. A priority's own words appear only once moderation has published them (the
// rules of public-priorities.ts); sensitive priorities are left out; the agreed action and the
// progress go through the one rule for progress words (progress-words.ts), so they never name
// the officer or carry a personal detail, and the progress gives its month, not its time.
import type { AgendaAgreed, MeetingAgenda, RecordAgreed } from '../../../domain/meeting-record';
import { isSensitive } from '../../../domain/moderation';
import { publicProgress, shareableProgressWords } from '../../../domain/progress-words';
import type { Db } from '../../db/tables';
import { publicRows } from '../public-priorities';
import { staffNames } from '../staff-names';
import { latestMeeting } from './read';

function toPublic(a: RecordAgreed, published: boolean, names: readonly string[]): AgendaAgreed {
  return {
    rank: a.rank,
    themeKey: a.themeKey,
    description: published ? a.description : '',
    votes: a.votes,
    leadAgency: a.leadAgency,
    action: shareableProgressWords({ action: a.action, reason: '' }, names).action,
    response: a.response && publicProgress(a.response, names),
  };
}

/** Of these priorities: which must stay out of public view (sensitive) and whose words may be shown (published). */
export async function publicStanding(
  db: Db,
  ids: readonly string[],
): Promise<{ sensitive: Set<string>; published: Set<string> }> {
  if (ids.length === 0) return { sensitive: new Set(), published: new Set() };
  const [flags, published] = await Promise.all([
    db.kysely
      .selectFrom('priorities')
      .select(['id', 'theme_key', 'sensitive'])
      .where('id', 'in', [...ids])
      .execute(),
    publicRows(db)
      .select('p.id')
      .where('p.id', 'in', [...ids])
      .execute(),
  ]);
  return {
    sensitive: new Set(flags.filter((f) => isSensitive(f.theme_key, f.sensitive === 1)).map((f) => f.id)),
    published: new Set(published.map((p) => p.id)),
  };
}

export async function publicMeetingAgenda(db: Db, cspCode: string, wardCode: string): Promise<MeetingAgenda> {
  const meeting = await latestMeeting(db, cspCode, wardCode);
  if (!meeting) return { cspCode, wardCode, previous: null };
  const [{ sensitive, published }, names] = await Promise.all([
    publicStanding(
      db,
      meeting.agreed.map((a) => a.priorityId),
    ),
    staffNames(db),
  ]);
  return {
    cspCode,
    wardCode,
    previous: {
      ...meeting,
      agreed: meeting.agreed
        .filter((a) => !sensitive.has(a.priorityId))
        .map((a) => toPublic(a, published.has(a.priorityId), names)),
    },
  };
}
