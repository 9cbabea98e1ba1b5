// The consultation summary as a Word document ready to drop into the strategic assessment:
// Word heading styles (so it joins the assessment's contents), real tables with repeating
// header rows, the figures as SVG with a PNG fallback and alt text, the method note and licence.
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, type Table, TextRun } from 'docx';
import type { ConsultationSummary } from '../../domain/summary';
import type { Figure } from './charts';
import { docxTable } from './docx-table';
import { headline, monthName, periodText, summaryTables, type TextTable } from './text';

export interface RenderedFigure extends Figure {
  /** The same figure as PNG, for Word versions and viewers without SVG support. */
  readonly png: Uint8Array;
}

const FIGURE_WIDTH = 600;

function table(t: TextTable): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [new Paragraph({ text: t.title, heading: HeadingLevel.HEADING_3 })];
  if (t.caption) out.push(new Paragraph({ children: [new TextRun({ text: t.caption, italics: true })] }));
  if (t.rows.length === 0) return [...out, new Paragraph('None in this period.')];
  // 9 pt: the summary's tables hold many columns of figures.
  out.push(docxTable(t.head, t.rows, { numeric: t.numeric, size: 18 }));
  return out;
}

function figure(f: RenderedFigure, n: number): Paragraph[] {
  const height = Math.round((FIGURE_WIDTH * f.height) / f.width);
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: 'svg',
          data: new TextEncoder().encode(f.svg),
          fallback: { type: 'png', data: f.png },
          transformation: { width: FIGURE_WIDTH, height },
          altText: { name: `figure-${n}`, title: f.title, description: f.alt },
        }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: `Figure ${n}: ${f.title}.`, italics: true })] }),
  ];
}

export async function summaryToDocx(
  s: ConsultationSummary,
  figures: readonly RenderedFigure[] = [],
): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({
      children: [
        new TextRun({
          text: `${periodText(s.period)}, compared with ${periodText(s.comparison)}. Generated ${s.generatedAt.slice(0, 10)}.`,
          color: '505A5F',
        }),
      ],
    }),
    new Paragraph(headline(s)),
    new Paragraph({ text: 'What residents raised', heading: HeadingLevel.HEADING_2 }),
    ...figures.flatMap((f, i) => figure(f, i + 1)),
    ...summaryTables(s).flatMap(table),
    new Paragraph({ text: 'Who took part', heading: HeadingLevel.HEADING_2 }),
    new Paragraph(s.participation.caveat),
  ];
  if (s.quotes.length > 0) {
    children.push(new Paragraph({ text: 'In residents’ words', heading: HeadingLevel.HEADING_2 }));
    for (const q of s.quotes)
      children.push(
        new Paragraph({
          indent: { left: 567 },
          children: [new TextRun({ text: `“${q.text}”`, italics: true })],
        }),
        new Paragraph({
          indent: { left: 567 },
          children: [
            new TextRun({
              text: `${q.themeLabel}${q.areaName ? `, ${q.areaName}` : ''}, ${monthName(q.month)}`,
              color: '505A5F',
            }),
          ],
        }),
      );
  }
  children.push(new Paragraph({ text: 'Method', heading: HeadingLevel.HEADING_2 }));
  for (const m of s.method)
    children.push(
      new Paragraph({ children: [new TextRun({ text: `${m.heading}. `, bold: true }), new TextRun(m.text)] }),
    );
  children.push(new Paragraph({ text: 'Caveats', heading: HeadingLevel.HEADING_2 }));
  for (const c of s.caveats) children.push(new Paragraph({ text: c, bullet: { level: 0 } }));
  children.push(new Paragraph({ text: 'Sources and licence', heading: HeadingLevel.HEADING_2 }));
  for (const a of s.attribution) children.push(new Paragraph({ text: a, bullet: { level: 0 } }));

  const doc = new Document({
    creator: 'Neighbourhood priorities',
    title: s.title,
    description: `Consultation summary, ${periodText(s.period)}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
