// A ward vintage imported before its in-force date changes nothing devices or today's readers
// see until that date: the ward list served, ward names, the priority's own ward, `areas list`.
// Summaries of a period ending after the date count on it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../../../src/domain/sync-protocol';
import { main } from '../../../src/server/cli';
import { loadAreaIndex } from '../../../src/server/geo/load-area-index';
import { pushPriorities } from '../../../src/server/store/push';
import { cspWards } from '../../../src/server/store/summary';
import { vintagesForPeriod } from '../../../src/server/store/vintages';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { point, pushRequest, samplePriority } from '../../support/backends-fixtures';
import { SHARED_DATA } from '../../support/shared-data';

const RUGBY_WARDS = `${SHARED_DATA}wards/E07000220_rugby_wards_dec2022.geojson`;
const FUTURE = '2099';
const RECODED = 'E05000000'; // a ward of the future set that does not exist yet
const NEW_NAME = 'Renamed in 2099';

interface WardFile {
  features: { properties: Record<string, string>; geometry: unknown }[];
}

describe.each(backends())('a future ward vintage on $name', (backend) => {
  let t: TestApp;
  let dir: string;
  const rugby = JSON.parse(readFileSync(RUGBY_WARDS, 'utf8')) as WardFile;
  const [first, second] = rugby.features.map((f) => f.properties.ward22_code ?? '');
  const priority = samplePriority({ cspCode: 'E22000321', place: point(-1.2606, 52.3709) });

  beforeAll(async () => {
    t = await openApp(backend);
    dir = mkdtempSync(join(tmpdir(), 'np-future-'));
    const index = await loadAreaIndex(t.store.db);
    await pushPriorities(t.store.db, pushRequest(priority.deviceId, [priority]), index.assign);
    // The 2099 set: Rugby's first ward re-coded, its second renamed, every other ward as it is.
    const features = rugby.features.map((f) => ({
      type: 'Feature',
      properties: {
        WD99CD: f.properties.ward22_code === first ? RECODED : f.properties.ward22_code,
        WD99NM: f.properties.ward22_code === second ? NEW_NAME : f.properties.ward22_name,
        LAD99CD: f.properties.lad24_code,
      },
      geometry: f.geometry,
    }));
    const file = join(dir, 'wards-2099.geojson');
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      ['areas', 'import', file, '--level', 'ward', '--vintage', FUTURE, '--in-force-from', '2099-05-01'],
      t.store.env,
      { out: (s) => out.push(s), err: (s) => err.push(s) },
    );
    expect(code, err.join('')).toBe(0);
    expect(out.join('')).toContain('Re-assigned 1 priorit');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('devices are still served the wards in force today, with today’s names', async () => {
    const res = await t.app.inject({ method: 'GET', url: API.boundaries('E22000321') });
    const features = res.json().features as { properties: { code: string; name: string } }[];
    const codes = features.map((f) => f.properties.code);
    expect(codes).toHaveLength(rugby.features.length);
    expect(codes).toContain(first);
    expect(codes).not.toContain(RECODED);
    expect(features.find((f) => f.properties.code === second)?.properties.name).not.toBe(NEW_NAME);
  });

  it('the ward names every reader joins (area catalogue) stay today’s', async () => {
    const held = await t.store.db.kysely
      .selectFrom('area_units')
      .select(['name', 'vintage'])
      .where('code', '=', second ?? '')
      .executeTakeFirstOrThrow();
    expect(held).toEqual({
      name: rugby.features.find((f) => f.properties.ward22_code === second)?.properties.ward22_name,
      vintage: '2022',
    });
  });

  it('the priority keeps the ward in force today and gains an assignment in the future set', async () => {
    const row = await t.store.db.kysely
      .selectFrom('priorities')
      .select(['ward_code'])
      .where('id', '=', priority.id)
      .executeTakeFirstOrThrow();
    const index = await loadAreaIndex(t.store.db);
    expect(row.ward_code).toBe(index.assign(priority.place as never).wardCode);
    const vintages = await t.store.db.kysely
      .selectFrom('priority_areas')
      .select('vintage')
      .where('priority_id', '=', priority.id)
      .where('level', '=', 'ward')
      .orderBy('vintage')
      .execute();
    expect(vintages.map((v) => v.vintage)).toEqual(['2022', FUTURE]);
  });

  it('areas list marks the 2022 set as the one in force', async () => {
    const out: string[] = [];
    await main(['areas', 'list'], t.store.env, { out: (s) => out.push(s), err: () => {} });
    expect(out.join('')).toMatch(/\* ward\s+2022/);
    expect(out.join('')).toMatch(/\n {2}ward\s+2099\s+from 2099-05-01/);
  });

  it('summaries count on the vintage in force at the end of their period', async () => {
    expect(await vintagesForPeriod(t.store.db, { to: '2027-03-31' })).toEqual({ ward: '2022' });
    expect(await vintagesForPeriod(t.store.db, { to: '2099-12-31' })).toEqual({ ward: FUTURE });
    const now = await cspWards(t.store.db, ['E22000321'], { from: '2026-04-01', to: '2027-03-31' });
    expect(now.wards.map((w) => w.code)).toContain(first);
    const later = await cspWards(t.store.db, ['E22000321'], { from: '2099-04-01', to: '2100-03-31' });
    expect(later.wards.map((w) => w.code)).toContain(RECODED);
    expect(later.wards.find((w) => w.code === second)?.name).toBe(NEW_NAME);
  });
});
