// The meeting record as a Word document (docx library; server and CLI only, never the client).
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { MeetingRecord } from '../domain/meeting-record';
import { meetingRecordDocument, type RecordSection } from './meeting-record-rows';

const header = (text: string) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })] });
const body = (text: string) =>
  new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)) });

function sectionTable(section: RecordSection): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: section.columns.map(header) }),
      ...section.rows.map((row) => new TableRow({ children: row.map(body) })),
    ],
  });
}

export async function meetingRecordDocx(record: MeetingRecord): Promise<Buffer> {
  const doc = meetingRecordDocument(record);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    ...doc.facts.map(
      ([label, value]) =>
        new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
    ),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    if (section.note) children.push(new Paragraph(section.note));
    children.push(section.rows.length > 0 ? sectionTable(section) : new Paragraph('None.'));
  }
  return Packer.toBuffer(
    new Document({
      creator: 'Neighbourhood priorities',
      title: doc.title,
      sections: [{ children }],
    }),
  );
}
