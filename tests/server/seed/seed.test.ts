// Seeding: the demo area from the real files, CSP membership from the ONS lookup, a fresh store only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBoundarySet } from '../../../src/server/boundaries/store-set';
import { migrate } from '../../../src/server/db/migrate';
import { parseCsv, parseCsvRecords } from '../../../src/server/seed/csv';
import { loadSeedCsps, loadSeedWards, type SeedWard } from '../../../src/server/seed/load';
import { seedDemo } from '../../../src/server/seed/seed';
import { backends, openSeededStore, type TestStore } from '../../support/backends';

describe('seed files', () => {
  it('CSP membership comes from the lookup: South Warwickshire is two districts', () => {
    const csps = loadSeedCsps(new Set(['E07000218', 'E07000219', 'E07000220', 'E07000221', 'E07000222']));
    expect(csps.map((c) => [c.code, c.name, c.districtCodes])).toEqual([
      ['E22000319', 'North Warwickshire', ['E07000218']],
      ['E22000320', 'Nuneaton and Bedworth', ['E07000219']],
      ['E22000321', 'Rugby', ['E07000220']],
      ['E22000359', 'South Warwickshire', ['E07000221', 'E07000222']],
    ]);
  });

  it.each([
    [
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['"a,1","say ""hi"""\n', [['a,1', 'say "hi"']]],
    [
      '\uFEFFx,y\nz,',
      [
        ['x', 'y'],
        ['z', ''],
      ],
    ],
    [
      'a,b\n\n1,"line\nbreak"\n\n',
      [
        ['a', 'b'],
        ['1', 'line\nbreak'],
      ],
    ],
  ])('parseCsv(%j)', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('parseCsvRecords keys rows by the header and fills a short row with empty fields', () => {
    expect(parseCsvRecords('\uFEFFcode,name\r\nE1,"Rugby, Town"\r\nE2\r\n')).toEqual([
      { code: 'E1', name: 'Rugby, Town' },
      { code: 'E2', name: '' },
    ]);
  });
});

describe.each(backends())('seedDemo on $name', (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openSeededStore(backend);
  });
  afterAll(() => store.close());

  it('holds 135 wards, 6 districts and 5 CSPs (Warwickshire and Swansea), and a second seed adds nothing', async () => {
    const count = async (level: 'ward' | 'district' | 'csp') =>
      Number(
        (
          await store.db.kysely
            .selectFrom('area_units')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('level', '=', level)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect([await count('ward'), await count('district'), await count('csp')]).toEqual([135, 6, 5]);
    expect(await seedDemo(store.db)).toEqual({ inserted: 0 });
    expect(await count('ward')).toBe(135);
    const ward = await store.db.kysely
      .selectFrom('area_units')
      .selectAll()
      .where('level', '=', 'ward')
      .executeTakeFirstOrThrow();
    expect(ward.vintage).toBe('2022');
    expect(ward.parent_code).toMatch(/^E0700022[0-2]$|^E0700021[89]$/);
  });

  it('keeps Welsh names where the files give them, and none for English areas', async () => {
    const unit = (code: string) =>
      store.db.kysely
        .selectFrom('area_units')
        .select(['name', 'name_cy', 'level', 'parent_code'])
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
    expect(await unit('W05001056')).toEqual({
      name: 'Mumbles',
      name_cy: 'Y Mwmbwls',
      level: 'ward',
      parent_code: 'W06000011',
    });
    expect(await unit('W06000011')).toMatchObject({
      name: 'Swansea',
      name_cy: 'Abertawe',
      level: 'district',
    });
    // No public source gives the CSP a Welsh name: it keeps its ONS name only.
    expect(await unit('W14000011')).toMatchObject({ name: 'Swansea', name_cy: null, level: 'csp' });
    expect(await unit('E05008974')).toMatchObject({ name: 'Benn', name_cy: null });
    const boundary = await store.db.kysely
      .selectFrom('area_boundaries')
      .select('name_cy')
      .where('code', '=', 'W05001056')
      .executeTakeFirstOrThrow();
    expect(boundary.name_cy).toBe('Y Mwmbwls');
  });
});

describe.each(backends())('seedDemo leaves a real setup alone on $name', (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await backend.open();
    await migrate(store.db);
  });
  afterAll(() => store.close());

  const codes = async (table: 'area_units' | 'area_boundaries') =>
    (await store.db.kysely.selectFrom(table).select('code').orderBy('code').execute()).map((r) => r.code);

  it('adds nothing to a store an analyst has set up, however often the server starts', async () => {
    // An analyst's own CSP: one ward of vintage 2022 elsewhere, and its CSP from the lookup.
    await storeBoundarySet(store.db, {
      level: 'ward',
      vintage: '2022',
      inForceFrom: '2022-05-05',
      source: 'their-wards.geojson',
      areas: [
        {
          code: 'E05012345',
          name: 'Their Ward',
          parentCode: 'E06000060',
          parentName: 'Buckinghamshire',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-0.8, 51.8],
                [-0.7, 51.8],
                [-0.7, 51.9],
                [-0.8, 51.8],
              ],
            ],
          },
        },
      ],
    });
    const units = await codes('area_units');
    const boundaries = await codes('area_boundaries');
    for (let start = 0; start < 2; start++) expect(await seedDemo(store.db)).toEqual({ inserted: 0 });
    expect(await codes('area_units')).toEqual(units);
    expect(await codes('area_boundaries')).toEqual(boundaries);
    expect(await store.db.kysely.selectFrom('csp_districts').selectAll().execute()).toEqual([]);
    const sets = await store.db.kysely
      .selectFrom('boundary_sets')
      .select(['vintage', 'in_force_from', 'source'])
      .execute();
    expect(sets).toEqual([{ vintage: '2022', in_force_from: '2022-05-05', source: 'their-wards.geojson' }]);
  });
});

describe.each(backends())('seedDemo after the demo was corrected on $name', (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openSeededStore(backend);
  });
  afterAll(() => store.close());

  it('does not put back demo wards a replacing import dropped', async () => {
    const [kept] = loadSeedWards();
    await storeBoundarySet(store.db, {
      level: 'ward',
      vintage: '2022',
      inForceFrom: '2022-01-01',
      source: 'corrected.geojson',
      replace: true,
      areas: [{ ...(kept as SeedWard), parentCode: kept?.districtCode ?? null, parentName: null }],
    });
    expect(await seedDemo(store.db)).toEqual({ inserted: 0 });
    const held = await store.db.kysely.selectFrom('area_boundaries').select('code').execute();
    expect(held.map((r) => r.code)).toEqual([kept?.code]);
  });
});
