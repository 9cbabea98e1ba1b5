// The one Word table builder both DOCX exports use: opened as Word would read it (the package
// unzipped, its XML checked): a repeating header row, rows kept whole, numbers right-aligned.
import { Document, Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxTable } from '../../src/reports/formats/docx-table';

async function documentXml(...args: Parameters<typeof docxTable>): Promise<string> {
  const doc = new Document({ sections: [{ children: [docxTable(...args)] }] });
  return strFromU8(unzipSync(new Uint8Array(await Packer.toBuffer(doc)))['word/document.xml']!);
}

const rowsOf = (xml: string) => [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);

describe('docxTable', () => {
  it('repeats only the header row on each page and never splits a row across pages', async () => {
    const xml = await documentXml(
      ['Theme', 'Priorities'],
      [
        ['Speeding', '12'],
        ['Inconsiderate parking', '6'],
      ],
    );
    const rows = rowsOf(xml);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.includes('<w:tblHeader/>'))).toEqual([true, false, false]);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    expect(rows[0]).toContain('<w:b/>');
    expect(rows[0]).toContain('w:fill="F3F2F1"');
    expect(rows[1]).not.toContain('<w:b/>');
  });

  it('aligns the numeric columns right and the rest left', async () => {
    const xml = await documentXml(['Theme', 'Priorities'], [['Speeding', '12']], { numeric: [1] });
    const cells = [...rowsOf(xml)[1]!.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => m[0]);
    expect(cells[0]).toContain('<w:jc w:val="left"/>');
    expect(cells[1]).toContain('<w:jc w:val="right"/>');
  });

  it('keeps each line of a cell as its own paragraph, and sets the text size when asked', async () => {
    const xml = await documentXml(['Action'], [['Patrols on Fridays\nSpeed sign moved']], { size: 18 });
    const cell = rowsOf(xml)[1]!;
    expect(cell.match(/<w:p>/g)).toHaveLength(2);
    expect(cell).toContain('Patrols on Fridays');
    expect(cell).toContain('Speed sign moved');
    expect(cell).toContain('<w:sz w:val="18"/>');
  });
});
