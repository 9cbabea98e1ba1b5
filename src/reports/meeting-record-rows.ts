// The meeting record as labelled rows, shared by the Markdown and DOCX builders so both say the same.
import { AGENCY_LABELS, MEETING_KIND_LABELS, SOURCE_LABELS } from '../domain/meeting';
import type { MeetingRecord, RecordAgreed } from '../domain/meeting-record';
import { RESPONSE_STATUS_LABELS } from '../domain/response';
import { themeLabel } from '../domain/taxonomy/themes';
import { tieOutcome, tieSummary } from './meeting-record-tie';

export interface RecordSection {
  readonly heading: string;
  readonly note?: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface RecordDocument {
  readonly title: string;
  readonly facts: readonly (readonly [string, string])[];
  readonly sections: readonly RecordSection[];
}

const priorityText = (themeKey: string, description: string) =>
  description ? `${themeLabel(themeKey)}: ${description}` : themeLabel(themeKey);

const progress = (a: RecordAgreed) =>
  a.response
    ? `${RESPONSE_STATUS_LABELS[a.response.status]} (${a.response.respondedAt.slice(0, 10)})${a.response.action ? ` — ${a.response.action}` : ''}${a.response.reason ? ` — ${a.response.reason}` : ''}`
    : 'Open — no update yet';

export function meetingRecordDocument(record: MeetingRecord): RecordDocument {
  const m = record.meeting;
  const where = record.wardName ? `${record.wardName} ward (${m.wardCode})` : m.wardCode;
  const sections: RecordSection[] = [];
  if (record.previous) {
    sections.push({
      heading: `Progress on the priorities agreed on ${record.previous.date}`,
      columns: ['Rank', 'Priority', 'Lead agency', 'Intended action', 'Progress'],
      rows: record.previous.agreed.map((a) => [
        String(a.rank),
        priorityText(a.themeKey, a.description),
        AGENCY_LABELS[a.leadAgency],
        a.action,
        progress(a),
      ]),
    });
  }
  sections.push({
    heading: 'Priorities raised',
    note: `${record.voters} attendees voted with up to ${m.votesPerAttendee} votes each. Votes are anonymous: only totals are kept.`,
    columns: ['Priority', 'Where', 'How it was raised', 'Votes'],
    rows: [...record.items]
      .sort((a, b) => b.votes - a.votes)
      .map((i) => [
        priorityText(i.themeKey, i.description),
        i.placeText || '—',
        SOURCE_LABELS[i.source],
        String(i.votes),
      ]),
  });
  sections.push({
    heading: 'Agreed priorities',
    columns: ['Rank', 'Priority', 'Votes', 'Lead agency', 'Intended action', 'Progress'],
    rows: record.agreed.map((a) => [
      tieOutcome(record.tie, a.priorityId) ? `${a.rank} (chosen by the chair after a tie)` : String(a.rank),
      priorityText(a.themeKey, a.description),
      String(a.votes),
      AGENCY_LABELS[a.leadAgency],
      a.action,
      progress(a),
    ]),
  });
  if (record.tie) {
    const tie = record.tie;
    sections.push({
      heading: `Tie for agreed place ${tie.place}`,
      note: tieSummary(tie),
      columns: ['Priority', 'Votes', 'Outcome'],
      rows: tie.candidates.map((c) => [
        priorityText(c.themeKey, c.description),
        String(tie.votes),
        c.chosen ? 'Agreed: chosen by the chair' : 'Not chosen',
      ]),
    });
  }
  return {
    title: `${m.kind.toUpperCase()} meeting record: ${record.wardName ?? m.wardCode}, ${m.date}`,
    facts: [
      ['Meeting', MEETING_KIND_LABELS[m.kind]],
      ['Ward', where],
      ...(m.neighbourhood ? [['Police neighbourhood', m.neighbourhood] as const] : []),
      ['Date', m.date],
      ['Venue', m.venue],
      ['Chair', m.chair],
      ['Partner agencies present', m.partners.map((p) => AGENCY_LABELS[p]).join(', ') || 'None recorded'],
      ['Attendance', String(m.attendance)],
    ],
    sections,
  };
}
