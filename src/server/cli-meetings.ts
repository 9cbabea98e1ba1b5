// `cli meeting list` and `cli meeting record`: a PACT/NAG meeting's record from the store, in the same words as the
// staff screen's downloads (src/reports/meeting-record-*), for minutes and spreadsheets.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MeetingIdSchema } from '../domain/meeting';
import { CspCodeSchema } from '../domain/priority';
import { check } from '../domain/validation';
import { meetingRecordCsv } from '../reports/meeting-record-csv';
import { meetingRecordDocx } from '../reports/meeting-record-docx';
import { meetingRecordMarkdown } from '../reports/meeting-record-md';
import { audit } from './auth/audit';
import { type CliIo, cliOperator, UsageError } from './cli-io';
import { withStore } from './cli-store';
import { listMeetings, meetingRecord } from './store/meetings/read';

const FORMATS = ['text', 'csv', 'docx'] as const;
type RecordFormat = (typeof FORMATS)[number];

export const MEETING_USAGE = `  cli meeting list --csp <code>
      The CSP's meetings held in the store, newest first: id, date, kind, ward, venue, attendance.
  cli meeting record <meeting-id> [--format ${FORMATS.join('|')}] [--out <file>]
      Writes a meeting's record: attendance, priorities raised and their votes, agreed priorities,
      actions and progress. text (the default) is Markdown; csv has one row per priority raised;
      docx is a Word document and needs --out. Without --out, text and csv go to stdout.`;

export async function meetingCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') return listCommand(rest, env, io);
  if (sub !== 'record')
    throw new UsageError(`unknown meeting command "${sub ?? ''}" (try: meeting list, meeting record)`);
  const { values, positionals } = parseArgs({
    args: rest,
    options: { format: { type: 'string', default: 'text' }, out: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('meeting record needs exactly one meeting id');
  const id = check(MeetingIdSchema, positionals[0]);
  if (!id.ok) throw new UsageError(`meeting id: ${id.issues.map((i) => i.message).join('; ')}`);
  const format = values.format as RecordFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  if (format === 'docx' && !values.out) throw new UsageError('--format docx needs --out <file>');

  return withStore(env, async (db) => {
    const record = await meetingRecord(db, id.value);
    if (!record) throw new Error(`no meeting ${id.value} in this consultation store`);
    const body =
      format === 'docx'
        ? await meetingRecordDocx(record)
        : format === 'csv'
          ? meetingRecordCsv(record)
          : meetingRecordMarkdown(record);
    // Exports of a record are audited whichever way they leave the store (the web route does too).
    await audit(db, cliOperator(env), 'export-meeting-record', {
      cspCode: record.meeting.cspCode,
      targetId: record.meeting.id,
      format,
    });
    if (values.out) {
      writeFileSync(values.out, body);
      io.err(
        `Wrote the record of the ${record.meeting.kind.toUpperCase()} meeting of ${record.meeting.date} in ${record.wardName ?? record.meeting.wardCode} to ${values.out} (${format})\n`,
      );
    } else io.out(body as string);
    return 0;
  });
}

async function listCommand(args: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { csp: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const csp = check(CspCodeSchema, values.csp ?? '');
  if (!csp.ok) throw new UsageError(`--csp: ${csp.issues.map((i) => i.message).join('; ')}`);
  return withStore(env, async (db) => {
    const meetings = await listMeetings(db, csp.value, 500);
    for (const m of meetings)
      io.out(
        `${m.id}  ${m.date}  ${m.kind.toUpperCase()}  ${m.wardName ?? m.wardCode}  ${m.venue}  (attendance ${m.attendance})\n`,
      );
    io.err(`${meetings.length} meeting${meetings.length === 1 ? '' : 's'} for ${csp.value}\n`);
    return 0;
  });
}
