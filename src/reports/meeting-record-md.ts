// The meeting record as Markdown: for pasting into minutes, newsletters and the website.
import type { MeetingRecord } from '../domain/meeting-record';
import { meetingRecordDocument } from './meeting-record-rows';

/** Table cells must not break the table: escape pipes and fold line breaks. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

export function meetingRecordMarkdown(record: MeetingRecord): string {
  const doc = meetingRecordDocument(record);
  const lines = [`# ${doc.title}`, ''];
  for (const [label, value] of doc.facts) lines.push(`- **${label}:** ${cell(value)}`);
  for (const section of doc.sections) {
    lines.push('', `## ${section.heading}`, '');
    if (section.note) lines.push(section.note, '');
    if (section.rows.length === 0) {
      lines.push('None.');
      continue;
    }
    lines.push(`| ${section.columns.join(' | ')} |`, `|${section.columns.map(() => ' --- ').join('|')}|`);
    for (const row of section.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
