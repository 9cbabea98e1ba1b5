// The summary CSV: BOM, header, one row per theme and ward, quoting that Excel reads.
import { describe, expect, it } from 'vitest';
import { CSV_BOM, SUMMARY_CSV_COLUMNS, summaryToCsv, UNASSIGNED_WARD_LABEL } from '../../src/reports/csv';
import { buildSummary } from '../../src/reports/summary';
import { parseCsv } from '../../src/server/seed/csv';

const summary = buildSummary({
  cspCode: 'E22000321',
  cspName: 'Rugby',
  from: '2026-04-01',
  to: '2027-03-31',
  rows: [
    { themeKey: 'local.speeding', wardCode: 'E05008974', wardName: 'Benn', count: 3 },
    { themeKey: 'local.speeding', wardCode: null, wardName: null, count: 1 },
    { themeKey: 'local.parking', wardCode: 'E05008975', wardName: 'Bilton, "Old"', count: 1 },
  ],
});

describe('summaryToCsv', () => {
  const csv = summaryToCsv(summary);

  it('starts with a UTF-8 byte-order mark and a header row', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(parseCsv(csv)[0]).toEqual([...SUMMARY_CSV_COLUMNS]);
  });

  it('has one row per theme and ward in rank order', () => {
    const [, ...rows] = parseCsv(csv);
    expect(rows).toEqual([
      ['1', 'local.speeding', 'Speeding', '4', '0.8000', 'E05008974', 'Benn', '3'],
      ['1', 'local.speeding', 'Speeding', '4', '0.8000', '', UNASSIGNED_WARD_LABEL, '1'],
      ['2', 'local.parking', 'Inconsiderate parking', '1', '0.2000', 'E05008975', 'Bilton, "Old"', '1'],
    ]);
  });

  it('an empty summary is just the header', () => {
    const empty = summaryToCsv({ ...summary, total: 0, themes: [] });
    expect(parseCsv(empty)).toEqual([[...SUMMARY_CSV_COLUMNS]]);
  });
});
