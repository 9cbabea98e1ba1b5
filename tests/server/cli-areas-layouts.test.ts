// A synthetic boundary file in the awkward layouts analysts receive, imported through the CLI
// into both stores and used for assignment: British National Grid named in its crs, MapIt's
// nested codes.gss, a MultiPolygon ward with a hole holding an island ward and an empty hole, a
// second part elsewhere, and a broken ring reported and skipped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/server/cli';
import { migrate } from '../../src/server/db/migrate';
import { loadAreaIndex } from '../../src/server/geo/load-area-index';
import { pushPriorities } from '../../src/server/store/push';
import { backends, type TestStore } from '../support/backends';
import { devicePriorities, point, pushRequest } from '../support/backends-fixtures';
import { collection, square, toBng } from './boundaries/layouts';

const DONUT = 'E05000101';
const ISLAND = 'E05000102';
const outer = square(-1.3, 52.34, 0.06);
const hole = square(-1.28, 52.36, 0.02);
const emptyHole = square(-1.295, 52.345, 0.005);
const farPart = square(-1.2, 52.34, 0.02);

const mapit = (gss: string, name: string, geometry: unknown) => ({
  type: 'Feature',
  properties: { name, type: 'DIW', codes: { gss, unit_id: '99' } },
  geometry,
});

const FILE = collection(
  [
    mapit(DONUT, 'Ring Ward', {
      type: 'MultiPolygon',
      coordinates: [[toBng(outer), toBng(hole), toBng(emptyHole)], [toBng(farPart)]],
    }),
    mapit(ISLAND, 'Island Ward', { type: 'Polygon', coordinates: [toBng(hole)] }),
    mapit('E05000103', 'Broken Ward', {
      type: 'Polygon',
      coordinates: [toBng(square(-1.1, 52.3)).slice(0, 2)],
    }),
  ],
  { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } } },
);

describe.each(backends())('importing a synthetic layout on $name', (backend) => {
  let store: TestStore;
  let dir: string;
  let out = '';
  beforeAll(async () => {
    store = await backend.open();
    await migrate(store.db);
    dir = mkdtempSync(join(tmpdir(), 'np-layout-'));
    const file = join(dir, 'mapit-bng.geojson');
    writeFileSync(file, FILE);
    // What the analyst sees on the terminal: the summary and the reasons for anything skipped.
    const print = (s: string) => {
      out += s;
    };
    const code = await main(['areas', 'import', file, '--level', 'ward', '--vintage', '2024'], store.env, {
      out: print,
      err: print,
    });
    expect(code, out).toBe(0);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says what it read and skipped', () => {
    expect(out).toContain('Imported 2 ward boundaries, vintage 2024');
    expect(out).toContain('code from codes.gss');
    expect(out).toMatch(/British National Grid|EPSG:27700/);
    expect(out).toMatch(/feature 3.*E05000103/);
  });

  it.each([
    ['in the ring', -1.29, 52.39, DONUT],
    ['in the part elsewhere', -1.19, 52.35, DONUT],
    ['in the hole holding the island', -1.27, 52.37, ISLAND],
    ['in the empty hole', -1.2925, 52.3475, null],
    ['outside both', -1.0, 52.0, null],
  ])('a priority %s is assigned to %s', async (_where, lon, lat, ward) => {
    const index = await loadAreaIndex(store.db);
    const [p] = devicePriorities(1, { place: point(lon, lat) });
    await pushPriorities(store.db, pushRequest(p?.deviceId ?? '', [p as never]), index.assign);
    const row = await store.db.kysely
      .selectFrom('priorities')
      .select(['ward_code', 'outside_area'])
      .where('id', '=', p?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ ward_code: ward, outside_area: ward ? 0 : 1 });
  });
});
