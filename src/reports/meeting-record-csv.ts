// The meeting record as CSV for spreadsheets: one row per priority raised, with its votes and,
// when agreed, its rank, lead agency, intended action and latest progress, and whether it tied
// for the last agreed place (and whether the chair chose it). The meeting's facts
// repeat on every row so the files of many meetings can be stacked into one table. Never the
// name of the officer who recorded progress. Same CSV conventions as the summary export.
import { AGENCY_LABELS, MEETING_KIND_LABELS, SOURCE_LABELS } from '../domain/meeting';
import type { MeetingRecord } from '../domain/meeting-record';
import { RESPONSE_STATUS_LABELS } from '../domain/response';
import { themeLabel } from '../domain/taxonomy/themes';
import { spreadsheetCsv } from './formats/spreadsheet-csv';
import { tieOutcome } from './meeting-record-tie';

export const MEETING_RECORD_CSV_COLUMNS = [
  'meeting_id',
  'meeting_kind',
  'meeting_date',
  'csp_code',
  'ward_code',
  'ward_name',
  'venue',
  'attendance',
  'voters',
  'priority_id',
  'theme_key',
  'theme_label',
  'description',
  'place',
  'how_raised',
  'votes',
  'agreed_rank',
  'lead_agency',
  'intended_action',
  'progress_status',
  'progress_date',
  'progress_action',
  'progress_reason',
  'tie',
] as const;

export function meetingRecordCsv(record: MeetingRecord): string {
  const m = record.meeting;
  const agreed = new Map(record.agreed.map((a) => [a.priorityId, a]));
  const rows = record.items.map((item) => {
    const a = agreed.get(item.priorityId);
    const progress = item.response;
    return [
      m.id,
      MEETING_KIND_LABELS[m.kind],
      m.date,
      m.cspCode,
      m.wardCode,
      record.wardName ?? '',
      m.venue,
      m.attendance,
      record.voters,
      item.priorityId,
      item.themeKey,
      themeLabel(item.themeKey),
      item.description,
      item.placeText,
      SOURCE_LABELS[item.source],
      item.votes,
      a?.rank ?? '',
      a ? AGENCY_LABELS[a.leadAgency] : '',
      a?.action ?? '',
      progress ? RESPONSE_STATUS_LABELS[progress.status] : '',
      progress ? progress.respondedAt.slice(0, 10) : '',
      progress?.action ?? '',
      progress?.reason ?? '',
      tieOutcome(record.tie, item.priorityId),
    ];
  });
  // Free text typed by residents and officers is made formula-safe with every other text cell.
  return spreadsheetCsv(MEETING_RECORD_CSV_COLUMNS, rows);
}
