// The meeting record as a Word document (docx library; server and CLI only, never the client).
import { Document, HeadingLevel, Packer, Paragraph, type Table, TextRun } from 'docx';
import type { MeetingRecord } from '../domain/meeting-record';
import { docxTable } from './formats/docx-table';
import { meetingRecordDocument } from './meeting-record-rows';

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
    children.push(
      section.rows.length > 0 ? docxTable(section.columns, section.rows) : new Paragraph('None.'),
    );
  }
  return Packer.toBuffer(
    new Document({
      creator: 'Neighbourhood priorities',
      title: doc.title,
      sections: [{ children }],
    }),
  );
}
