// Boundary import end to end on both stores: the real Warwickshire files through the CLI, a
// CSP set up from the lookup, priorities assigned at ingest, a new ward vintage that comes into
// force mid-period, and a police.uk neighbourhood.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Priority } from '../../src/domain/priority';
import { main } from '../../src/server/cli';
import { migrate } from '../../src/server/db/migrate';
import { loadAreaIndex } from '../../src/server/geo/load-area-index';
import { listCsps } from '../../src/server/store/areas';
import { pushPriorities } from '../../src/server/store/push';
import { cspWards } from '../../src/server/store/summary';
import { summaryCounts } from '../../src/server/store/summary-counts';
import { vintagesFor } from '../../src/server/store/summary-vintages';
import { vintagesForPeriod } from '../../src/server/store/vintages';
import { backends, type TestStore } from '../support/backends';
import { point, pushRequest, samplePriority } from '../support/backends-fixtures';
import { SHARED_DATA } from '../support/shared-data';

const WARDS = `${SHARED_DATA}wards/`;
// The five Warwickshire districts' files (the folder also holds Swansea's, in another layout).
const WARWICKSHIRE_FILES = readdirSync(WARDS)
  .filter((f) => f.startsWith('E07'))
  .sort();
const LEAMINGTON = point(-1.5351, 52.2852);
const OLD_CODE = 'E05012622'; // Leamington Clarendon, December 2022
const NEW_CODE = 'E05099999'; // a synthetic 2024 re-warding of the same ground

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe.each(backends())('areas and csp commands on $name', (backend) => {
  let store: TestStore;
  let dir: string;
  const cli = async (...argv: string[]) => {
    const c = capture();
    const code = await main(argv, store.env, c.io);
    return { code, out: c.out.join(''), err: c.err.join('') };
  };
  const push = async (items: Priority[]) => {
    const index = await loadAreaIndex(store.db);
    await pushPriorities(store.db, pushRequest(items[0]?.deviceId ?? '', items), index.assign);
  };
  const areaRows = (id: string) =>
    store.db.kysely
      .selectFrom('priority_areas')
      .select(['level', 'vintage', 'area_code'])
      .where('priority_id', '=', id)
      .orderBy('level')
      .orderBy('vintage')
      .execute();

  beforeAll(async () => {
    store = await backend.open();
    await migrate(store.db);
    dir = mkdtempSync(join(tmpdir(), 'np-areas-'));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the five Warwickshire ward files into one vintage and lists it', async () => {
    for (const f of WARWICKSHIRE_FILES) {
      const r = await cli('areas', 'import', join(WARDS, f), '--level', 'ward');
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/Imported \d+ ward boundaries, vintage 2022/);
      expect(r.out).toContain('code from ward22_code, name from ward22_name, district from lad24_code');
      expect(r.out).toContain('skipped 0');
    }
    const list = await cli('areas', 'list');
    expect(list.out).toMatch(/\* ward\s+2022\s+from 2022-01-01\s+103 areas/);
  });

  it('sets up South Warwickshire from the lookup with both its districts', async () => {
    const r = await cli('csp', 'add', 'E22000359');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(
      'Set up CSP E22000359 South Warwickshire: Stratford-on-Avon (E07000221), Warwick (E07000222).',
    );
    const csps = await listCsps(store.db);
    const sw = csps.find((c) => c.code === 'E22000359');
    expect(sw?.districts.map((d) => d.code)).toEqual(['E07000221', 'E07000222']);
    // Its extent is its wards': west of Stratford to east of Leamington.
    expect(sw?.bbox[0]).toBeLessThan(-1.9);
    expect(sw?.bbox[2]).toBeGreaterThan(-1.4);
  });

  it('assigns priorities at ingest, flagging one outside every ward', async () => {
    const deviceId = samplePriority().deviceId;
    const before = samplePriority({
      deviceId,
      cspCode: 'E22000359',
      place: LEAMINGTON,
      createdAt: '2024-03-01T10:00:00.000Z',
    });
    const after = samplePriority({
      deviceId,
      cspCode: 'E22000359',
      place: LEAMINGTON,
      createdAt: '2024-06-01T10:00:00.000Z',
    });
    const outside = samplePriority({
      deviceId,
      cspCode: 'E22000359',
      place: point(-0.1281, 51.508),
      createdAt: '2024-06-02T10:00:00.000Z',
    });
    await push([before, after, outside]);
    expect(await areaRows(before.id)).toEqual([
      { level: 'csp', vintage: '2022', area_code: 'E22000359' },
      { level: 'district', vintage: '2022', area_code: 'E07000222' },
      { level: 'ward', vintage: '2022', area_code: OLD_CODE },
    ]);
    const flagged = await store.db.kysely
      .selectFrom('priorities')
      .selectAll()
      .where('id', '=', outside.id)
      .executeTakeFirstOrThrow();
    expect(flagged).toMatchObject({ outside_area: 1, ward_code: null });
    expect(await areaRows(outside.id)).toContainEqual({ level: 'ward', vintage: '2022', area_code: null });
  });

  it('a new ward vintage in force mid-period re-assigns priorities and keeps the old assignment', async () => {
    const warwick = JSON.parse(readFileSync(join(WARDS, 'E07000222_warwick_wards_dec2022.geojson'), 'utf8'));
    // The 2024 set in ONS's own naming (WD24CD…), with Leamington Clarendon re-coded.
    const features = WARWICKSHIRE_FILES.flatMap((f) =>
      JSON.parse(readFileSync(join(WARDS, f), 'utf8')).features.map(
        (x: { properties: Record<string, string>; geometry: unknown }) => ({
          type: 'Feature',
          properties: {
            WD24CD: x.properties.ward22_code === OLD_CODE ? NEW_CODE : x.properties.ward22_code,
            WD24NM:
              x.properties.ward22_code === OLD_CODE
                ? 'Leamington Clarendon and Milverton'
                : x.properties.ward22_name,
            LAD24CD: x.properties.lad24_code,
          },
          geometry: x.geometry,
        }),
      ),
    );
    expect(warwick.features.length).toBeGreaterThan(0);
    const file = join(dir, 'wards-2024.geojson');
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
    const seqBefore = await store.db.kysely.selectFrom('priorities').select(['id', 'change_seq']).execute();

    const r = await cli('areas', 'import', file, '--level', 'ward', '--in-force-from', '2024-05-02');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('vintage 2024 (in force from 2024-05-02)');
    expect(r.out).toContain('Re-assigned 3 priorities');

    const [first] = seqBefore;
    const rows = await areaRows(first?.id ?? '');
    expect(rows.filter((x) => x.level === 'ward')).toEqual([
      { level: 'ward', vintage: '2022', area_code: OLD_CODE },
      { level: 'ward', vintage: '2024', area_code: NEW_CODE },
    ]);
    // The vintage in force today (2024) is the priority's own ward now, with a new change stamp
    // so devices pull it.
    const now = await store.db.kysely
      .selectFrom('priorities')
      .select(['id', 'ward_code', 'change_seq'])
      .execute();
    const moved = now.find((p) => p.id === first?.id);
    expect(moved?.ward_code).toBe(NEW_CODE);
    expect(moved?.change_seq).toBeGreaterThan(first?.change_seq ?? Infinity);

    expect(await vintagesForPeriod(store.db, { to: '2024-03-31' })).toEqual({ ward: '2022' });
    expect(await vintagesForPeriod(store.db, { to: '2025-03-31' })).toEqual({ ward: '2024' });
    // A period spanning the change counts everything in the wards in force at its end…
    const counted = async (from: string, to: string, perVintage = false) => {
      const counts = await summaryCounts(
        store.db,
        {
          cspCodes: ['E22000359'],
          period: { from, to },
          comparison: { from: '2000-01-01', to: '2000-01-02' },
        },
        perVintage,
      );
      return [...counts.themeWard.values()]
        .flatMap((wards) => [...wards].map(([ward, n]) => `${ward || 'null'}: ${n}`))
        .sort();
    };
    // 2024 is in force today and was when imported, so the priorities' own columns hold it;
    // 2022 is not, so its per-vintage assignments are read.
    expect((await vintagesFor(store.db, { from: '2024-01-01', to: '2024-12-31' })).own).toBe(true);
    expect((await vintagesFor(store.db, { from: '2023-04-01', to: '2024-03-31' })).own).toBe(false);
    expect(await counted('2024-01-01', '2024-12-31', true)).toEqual(
      await counted('2024-01-01', '2024-12-31'),
    );
    expect(await counted('2024-01-01', '2024-12-31')).toEqual([`${NEW_CODE}: 2`, 'null: 1']);
    // …and a period that ended before it on the old wards.
    expect(await counted('2023-04-01', '2024-03-31')).toEqual([`${OLD_CODE}: 1`]);
    const wards = await cspWards(store.db, ['E22000359'], { from: '2024-01-01', to: '2024-12-31' });
    expect(wards.wards.find((w) => w.code === NEW_CODE)?.name).toBe('Leamington Clarendon and Milverton');
    expect(wards.vintage).toBe('December 2024 wards (in force from 2024-05-02)');
  });

  it('imports a police.uk neighbourhood boundary and assigns priorities in it', async () => {
    const file = join(dir, 'leamington-boundary.json');
    const [lon, lat] = [-1.5351, 52.2852];
    writeFileSync(
      file,
      JSON.stringify(
        [
          [-0.01, -0.01],
          [0.01, -0.01],
          [0.01, 0.01],
          [-0.01, 0.01],
        ].map(([dx, dy]) => ({
          latitude: String(lat + (dy ?? 0)),
          longitude: String(lon + (dx ?? 0)),
        })),
      ),
    );
    const r = await cli(
      'areas',
      'import',
      file,
      '--level',
      'neighbourhood',
      '--code',
      'E23000017_021',
      '--name',
      'Leamington Town Centre',
      '--vintage',
      '2025',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('format: police.uk');
    const rows = await store.db.kysely
      .selectFrom('priority_areas')
      .select(['area_code'])
      .where('level', '=', 'neighbourhood')
      .orderBy('area_code')
      .execute();
    expect(rows.map((x) => x.area_code).sort((a, b) => String(a).localeCompare(String(b)))).toEqual(
      [null, 'E23000017_021', 'E23000017_021'].sort((a, b) => String(a).localeCompare(String(b))),
    );
    const index = await loadAreaIndex(store.db);
    expect(index.assign(LEAMINGTON).neighbourhoodCode).toBe('E23000017_021');
  });

  it('reports broken features and imports the rest; refuses bad calls with exit 2', async () => {
    const file = join(dir, 'broken.geojson');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { LAD24CD: 'E07000220', LAD24NM: 'Rugby' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [-1.4, 52.3],
                  [-1.2, 52.3],
                  [-1.2, 52.5],
                  [-1.4, 52.3],
                ],
              ],
            },
          },
          {
            type: 'Feature',
            properties: { LAD24CD: 'E07000218', LAD24NM: 'North Warwickshire' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [-1.6, 52.5],
                  [-1.5, 52.5],
                  [-1.5, 52.6],
                ],
              ],
            },
          },
        ],
      }),
    );
    const r = await cli('areas', 'import', file, '--level', 'district', '--vintage', '2024');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(
      'skipped feature 2 (E07000218): broken ring (outer ring): 3 positions; a ring needs at least 4',
    );
    expect(r.out).toContain('Imported 1 district boundaries');
    expect(r.out).toContain('skipped 1');
    expect((await cli('areas', 'import', file, '--level', 'county')).code).toBe(2);
    expect((await cli('areas', 'import', join(dir, 'missing.geojson'), '--level', 'ward')).err).toMatch(
      /cannot read/,
    );
    const noVintage = await cli('areas', 'import', file, '--level', 'district', '--code-prop', 'LAD24CD');
    expect(noVintage.code).toBe(2);
    expect(noVintage.err).toContain('pass --vintage YYYY');
  });
});
