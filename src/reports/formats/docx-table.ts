// One way to write a table in Word, for every DOCX the store builds (the consultation summary, the
// meeting record): a bold, shaded header row that repeats on each page, rows that never split
// across a page break, numbers aligned right, and a line break in a cell as a new paragraph.
import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export interface DocxTableOptions {
  /** Indexes of the columns holding numbers: aligned right so the digits line up. */
  readonly numeric?: readonly number[];
  /** Text size in half-points (18 = 9 pt); the document's own size when left out. */
  readonly size?: number;
}

/** GOV.UK's light grey, for the header row. */
const HEADER_FILL = 'F3F2F1';

export function docxTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  options: DocxTableOptions = {},
): Table {
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            shading: header ? { fill: HEADER_FILL } : undefined,
            children: text.split('\n').map(
              (line) =>
                new Paragraph({
                  alignment: options.numeric?.includes(i) ? AlignmentType.RIGHT : AlignmentType.LEFT,
                  children: [new TextRun({ text: line, bold: header, size: options.size })],
                }),
            ),
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(head, true), ...rows.map((r) => row(r, false))],
  });
}
