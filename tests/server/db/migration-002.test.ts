// Migration 002 on a store that already holds wards and priorities (both backends): old rows
// are kept, the wards become the first ward vintage, priorities keep their assignment, and the
// new levels and extent-less CSPs are accepted.
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/server/db/migrate';
import * as m001 from '../../../src/server/db/migrations/001_initial';
import { backends, type TestStore } from '../../support/backends';

const WARD = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.27, 52.36],
      [-1.25, 52.36],
      [-1.25, 52.38],
      [-1.27, 52.38],
      [-1.27, 52.36],
    ],
  ],
};
const box = { min_lon: -1.27, min_lat: 52.36, max_lon: -1.25, max_lat: 52.38 };

describe.each(backends())('migration 002 on $name', (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await backend.open();
    const only001 = new Migrator({
      db: store.db.kysely,
      provider: { getMigrations: async () => ({ '001_initial': m001 }) },
    });
    const { error } = await only001.migrateToLatest();
    if (error) throw error;
    const k = store.db.kysely;
    await k
      .insertInto('area_units')
      .values([
        {
          code: 'E22000321',
          name: 'Rugby',
          level: 'csp',
          parent_code: null,
          vintage: '2024',
          geometry: null,
          ...box,
        },
        {
          code: 'E07000220',
          name: 'Rugby',
          level: 'district',
          parent_code: 'E22000321',
          vintage: '2024',
          geometry: null,
          ...box,
        },
        {
          code: 'E05008974',
          name: 'Benn',
          level: 'ward',
          parent_code: 'E07000220',
          vintage: '2022',
          geometry: JSON.stringify(WARD),
          ...box,
        },
      ])
      .execute();
    await k
      .insertInto('csp_districts')
      .values({ csp_code: 'E22000321', district_code: 'E07000220' })
      .execute();
    const at = '2025-01-01T00:00:00.000Z';
    await k
      .insertInto('priorities')
      .values({
        id: 'p-1',
        device_id: 'd-1',
        csp_code: 'E22000321',
        theme_key: 'local.speeding',
        place_kind: 'point',
        lon: -1.26,
        lat: 52.37,
        accuracy_m: null,
        geometry: null,
        area_code: null,
        landmark: null,
        description: 'x',
        times_of_day: '[]',
        days: '[]',
        respondent_type: 'lives',
        channel: 'online',
        created_at: at,
        updated_at: at,
        version: 1,
        status: 'received',
        ward_code: 'E05008974',
        district_code: 'E07000220',
        assigned_csp_code: 'E22000321',
        outside_area: 0,
        received_at: at,
        server_updated_at: at,
        change_seq: 1,
        change_tx: 1,
      } as never)
      .execute();
    await migrate(store.db);
  });
  afterAll(() => store.close());

  it('keeps the area units and makes the wards the first ward vintage', async () => {
    const units = await store.db.kysely
      .selectFrom('area_units')
      .select(['code', 'level', 'geometry', 'min_lon'])
      .orderBy('code')
      .execute();
    expect(units.map((u) => [u.code, u.level, u.min_lon])).toEqual([
      ['E05008974', 'ward', -1.27],
      ['E07000220', 'district', -1.27],
      ['E22000321', 'csp', -1.27],
    ]);
    expect(
      await store.db.kysely
        .selectFrom('boundary_sets')
        .select(['level', 'vintage', 'in_force_from', 'source'])
        .execute(),
    ).toEqual([{ level: 'ward', vintage: '2022', in_force_from: '2022-01-01', source: 'seed' }]);
    const held = await store.db.kysely.selectFrom('area_boundaries').selectAll().execute();
    expect(held).toMatchObject([
      { level: 'ward', vintage: '2022', code: 'E05008974', parent_code: 'E07000220' },
    ]);
    expect(JSON.parse(held[0]?.geometry ?? 'null')).toEqual(WARD);
    // The CSP link survived the SQLite table rebuild.
    expect(await store.db.kysely.selectFrom('csp_districts').selectAll().execute()).toEqual([
      { csp_code: 'E22000321', district_code: 'E07000220' },
    ]);
  });

  it('keeps each priority’s assignment as its assignment in that vintage', async () => {
    const rows = await store.db.kysely
      .selectFrom('priority_areas')
      .select(['level', 'vintage', 'area_code'])
      .where('priority_id', '=', 'p-1')
      .orderBy('level')
      .execute();
    expect(rows).toEqual([
      { level: 'csp', vintage: '2022', area_code: 'E22000321' },
      { level: 'district', vintage: '2022', area_code: 'E07000220' },
      { level: 'ward', vintage: '2022', area_code: 'E05008974' },
    ]);
  });

  it('accepts police neighbourhoods, CSP groups and CSPs without an extent yet, and no other level', async () => {
    const unit = (code: string, level: string) => ({
      code,
      name: code,
      level: level as 'csp',
      parent_code: null,
      vintage: '2024',
      geometry: null,
      min_lon: null,
      min_lat: null,
      max_lon: null,
      max_lat: null,
    });
    await store.db.kysely
      .insertInto('area_units')
      .values([unit('E23000017_001', 'neighbourhood'), unit('G1', 'csp-group'), unit('E22000359', 'csp')])
      .execute();
    await expect(
      store.db.kysely.insertInto('area_units').values(unit('X1', 'county')).execute(),
    ).rejects.toThrow();
  });
});
