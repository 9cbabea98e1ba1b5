// `cli priorities import` with a messy real-world spreadsheet: BOM, quoted commas and quotes,
// blank lines, UK dates, unknown categories, bad and swapped coordinates; idempotent re-import.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/server/cli';
import { backends, openSeededStore, type TestStore } from '../support/backends';
import { countRows } from '../support/backends-fixtures';

const MESSY = `\uFEFFRef,Date submitted,Concern,Latitude,Longitude,Ward code,Comments,How,Connection\r
S-001,03/05/2026,Speeding cars,52.3709,-1.2606,,"Cars race down the high street, every night",Paper survey,Resident\r
S-002,2026-05-04,Parking,,,E05008986,"Vans on the pavement, ""always"" outside the school",online,works here\r
\r
S-003,05/05/2026,Aliens,52.3709,-1.2606,,Strange lights,Paper survey,Resident\r
S-004,06/05/2026,Speeding cars,-1.2606,52.3709,,Swapped columns,Paper survey,Resident\r
S-005,07/05/2026,Fly-tipping,abc,-1.26,,Not a number,Paper survey,Resident\r
S-006,31/02/2026,Fly-tipping,52.3709,-1.2606,,Impossible date,Paper survey,Resident\r
,08/05/2026,Fly-tipping,52.3709,-1.2606,,No id,Paper survey,Resident\r
S-007,09/05/2026,Fly-tipping,,,,No place at all,Paper survey,Resident\r
S-008,10/05/2026,Fly-tipping,52.3709,-1.2606,,Rubbish dumped by the garages,Paper survey,Visitor\r
S-008,10/05/2026,Fly-tipping,52.3709,-1.2606,,Same id twice,Paper survey,Visitor\r
`;

const MAPPING = {
  categories: { 'Speeding cars': 'local.speeding', Parking: 'local.parking' },
  channels: { 'Paper survey': 'survey' },
  respondentTypes: { Resident: 'lives', 'works here': 'works', Visitor: 'visits' },
};

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe.each(backends())('cli priorities import on $name', (backend) => {
  let store: TestStore;
  let dir: string;
  let csv: string;
  let mapping: string;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    dir = mkdtempSync(join(tmpdir(), 'np-import-'));
    csv = join(dir, 'survey-2026.csv');
    mapping = join(dir, 'mapping.json');
    writeFileSync(csv, MESSY);
    writeFileSync(mapping, JSON.stringify(MAPPING));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the good rows and says why each other row was skipped', async () => {
    const c = capture();
    expect(
      await main(['priorities', 'import', csv, '--csp', 'E22000321', '--mapping', mapping], store.env, c.io),
    ).toBe(0);
    const report = c.out.join('');
    expect(report).toContain('10 rows read');
    expect(report).toContain('3 imported');
    expect(report).toContain('7 skipped');
    expect(report).toContain('line 5: unknown category "Aliens"');
    expect(report).toContain('line 6: coordinates -1.2606, 52.3709 are not in Great Britain');
    expect(report).toContain('line 7: coordinates "abc, -1.26" are not numbers');
    expect(report).toContain('line 8: date "31/02/2026" is not a date');
    expect(report).toContain('line 9: no source id');
    expect(report).toContain('line 10: no coordinates or area code');
    expect(report).toContain('line 12: repeats a source id');
    expect(await countRows(store.db)).toBe(3);

    const rows = await store.db.kysely
      .selectFrom('priorities')
      .select([
        'theme_key',
        'description',
        'channel',
        'respondent_type',
        'ward_code',
        'created_at',
        'assigned_csp_code',
      ])
      .orderBy('created_at')
      .execute();
    expect(rows.map((r) => [r.theme_key, r.channel, r.respondent_type, r.created_at.slice(0, 10)])).toEqual([
      ['local.speeding', 'survey', 'lives', '2026-05-03'],
      ['local.parking', 'online', 'works', '2026-05-04'],
      ['local.fly-tipping', 'survey', 'visits', '2026-05-10'],
    ]);
    expect(rows[0]!.description).toBe('Cars race down the high street, every night');
    expect(rows[1]!.description).toBe('Vans on the pavement, "always" outside the school');
    expect(rows.every((r) => r.assigned_csp_code === 'E22000321')).toBe(true);
    expect(rows[0]!.ward_code).toBe('E05008986');
  });

  it('a second import of the same file adds nothing', async () => {
    const c = capture();
    expect(
      await main(['priorities', 'import', csv, '--csp', 'E22000321', '--mapping', mapping], store.env, c.io),
    ).toBe(0);
    expect(c.out.join('')).toContain('0 imported');
    expect(c.out.join('')).toContain('3 already imported earlier');
    expect(await countRows(store.db)).toBe(3);
  });

  it('--dry-run reports without writing', async () => {
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'id,date,category,ward code\nX1,2026-06-01,Fly-tipping,E05008986\n');
    const c = capture();
    expect(
      await main(['priorities', 'import', other, '--csp', 'E22000321', '--dry-run'], store.env, c.io),
    ).toBe(0);
    expect(c.out.join('')).toContain('1 would be imported');
    expect(await countRows(store.db)).toBe(3);
  });

  it.each([
    [['priorities', 'import'], 'needs a CSV file'],
    [['priorities', 'import', 'missing.csv', '--csp', 'E22000321'], 'cannot read missing.csv'],
    [['priorities', 'frobnicate'], 'unknown priorities command'],
  ])('%j → exit 2 naming the problem', async (argv, message) => {
    const c = capture();
    expect(await main(argv, store.env, c.io)).toBe(2);
    expect(c.err.join('')).toContain(message);
  });

  it('names a bad mapping file and a missing column', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ categories: { Speeding: 'local.nope' } }));
    const c = capture();
    expect(
      await main(['priorities', 'import', csv, '--csp', 'E22000321', '--mapping', bad], store.env, c.io),
    ).toBe(2);
    expect(c.err.join('')).toContain('each category must map to a theme key');
    const d = capture();
    expect(
      await main(['priorities', 'import', csv, '--csp', 'E22000321', '--id-column', 'Nope'], store.env, d.io),
    ).toBe(2);
    expect(d.err.join('')).toContain('column "Nope" (for id) is not in the file');
  });
});
