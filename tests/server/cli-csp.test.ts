// Setting CSPs up from the ONS lookup on both stores: a district split between CSPs mapped by
// ward (from CSP boundaries by overlap, or from a ward list), and a county strategy group.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspsInGroup } from '../../src/server/boundaries/csp-setup';
import { main } from '../../src/server/cli';
import { migrate } from '../../src/server/db/migrate';
import { loadAreaIndex } from '../../src/server/geo/load-area-index';
import { listCsps } from '../../src/server/store/areas';
import { backends, type TestStore } from '../support/backends';
import { point } from '../support/backends-fixtures';

const rect = (w: number, s: number, e: number, n: number) => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];
const feature = (properties: Record<string, string>, coordinates: unknown) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates },
});
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

// Four synthetic Buckinghamshire (E06000060) wards in a row around Aylesbury and High Wycombe.
const BUCKS_WARDS = [0, 1, 2, 3].map((i) =>
  feature(
    { WD24CD: `E0501000${i}`, WD24NM: `Bucks Ward ${i}`, LAD24CD: 'E06000060', LAD24NM: 'Buckinghamshire' },
    rect(-0.9 + i * 0.1, 51.7, -0.8 + i * 0.1, 51.8),
  ),
);
// CSP boundaries that do not follow the wards exactly: Aylesbury Vale takes most of wards 0–1.
const CSPS = [
  feature({ CSP24CD: 'E22000303', CSP24NM: 'Aylesbury Vale' }, rect(-0.95, 51.65, -0.705, 51.85)),
  feature({ CSP24CD: 'E22000318', CSP24NM: 'Wycombe' }, rect(-0.705, 51.65, -0.45, 51.85)),
];

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe.each(backends())('csp commands on $name', (backend) => {
  let store: TestStore;
  let dir: string;
  const cli = async (...argv: string[]) => {
    const c = capture();
    const code = await main(argv, store.env, c.io);
    return { code, out: c.out.join(''), err: c.err.join('') };
  };
  beforeAll(async () => {
    store = await backend.open();
    await migrate(store.db);
    dir = mkdtempSync(join(tmpdir(), 'np-csp-'));
    writeFileSync(join(dir, 'bucks-wards.geojson'), collection(BUCKS_WARDS));
    writeFileSync(join(dir, 'bucks-csps.geojson'), collection(CSPS));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sets up a CSP of a split district and says its wards are not mapped yet', async () => {
    expect((await cli('areas', 'import', join(dir, 'bucks-wards.geojson'), '--level', 'ward')).code).toBe(0);
    const r = await cli('csp', 'add', 'Aylesbury Vale');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Set up CSP E22000303 Aylesbury Vale: Buckinghamshire (E06000060).');
    expect(r.out).toMatch(/Buckinghamshire \(E06000060\) is split between 4 CSPs .*not known yet/);
    const index = await loadAreaIndex(store.db);
    expect(index.assign(point(-0.85, 51.75))).toMatchObject({
      wardCode: 'E05010000',
      districtCode: 'E06000060',
      cspCode: null,
    });
  });

  it('maps the wards by overlap once CSP boundaries are imported, and re-assigns', async () => {
    expect((await cli('areas', 'import', join(dir, 'bucks-csps.geojson'), '--level', 'csp')).code).toBe(0);
    const r = await cli('csp', 'add', 'E22000303');
    expect(r.out).toContain('4 wards mapped by overlap with CSP boundaries');
    const mapped = await store.db.kysely
      .selectFrom('csp_wards')
      .select(['ward_code', 'csp_code', 'source'])
      .orderBy('ward_code')
      .execute();
    expect(mapped.map((m) => `${m.ward_code}→${m.csp_code}`)).toEqual([
      'E05010000→E22000303',
      'E05010001→E22000303',
      'E05010002→E22000318',
      'E05010003→E22000318',
    ]);
    const index = await loadAreaIndex(store.db);
    expect(index.assign(point(-0.65, 51.75)).cspCode).toBe('E22000318');
    // The device map of Aylesbury Vale shows its own two wards.
    const csp = (await listCsps(store.db)).find((c) => c.code === 'E22000303');
    expect(csp?.bbox).toEqual([-0.95, 51.65, -0.705, 51.85]);
  });

  it('maps a split district from a ward list (North Northamptonshire)', async () => {
    const wards = [0, 1].map((i) =>
      feature(
        { WD24CD: `E0502000${i}`, WD24NM: `NN Ward ${i}`, LAD24CD: 'E06000061' },
        rect(-0.7 + i * 0.1, 52.4, -0.6 + i * 0.1, 52.5),
      ),
    );
    writeFileSync(join(dir, 'nn.geojson'), collection(wards));
    writeFileSync(
      join(dir, 'nn-wards.csv'),
      'WD24CD,WD24NM,CSP24CD\nE05020000,NN Ward 0,E22000233\nE05020001,NN Ward 1,E22000236\n',
    );
    expect((await cli('areas', 'import', join(dir, 'nn.geojson'), '--level', 'ward')).code).toBe(0);
    const r = await cli('csp', 'add', 'E22000233', '--wards', join(dir, 'nn-wards.csv'));
    expect(r.out).toContain('North Northamptonshire (E06000061) is split between 4 CSPs');
    expect(r.out).toContain('2 wards mapped by the ward list');
    const index = await loadAreaIndex(store.db);
    expect(index.assign(point(-0.65, 52.45)).cspCode).toBe('E22000233');
    expect(index.assign(point(-0.55, 52.45)).cspCode).toBe('E22000236');
  });

  it('makes a county strategy group of every CSP in a force area, setting them up', async () => {
    const r = await cli('csp', 'group', '--force', 'E23000017');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(
      'CSP group E23000017 Warwickshire CSPs: E22000319, E22000320, E22000321, E22000359.',
    );
    expect(await cspsInGroup(store.db, 'E23000017')).toEqual([
      'E22000319',
      'E22000320',
      'E22000321',
      'E22000359',
    ]);
    const named = await cli(
      'csp',
      'group',
      'SW-RUGBY',
      '--name',
      'Rugby and South Warwickshire',
      'E22000321',
      'E22000359',
    );
    expect(named.code).toBe(0);
    expect((await cli('areas', 'list')).out).toMatch(
      /SW-RUGBY\s+group\s+Rugby and South Warwickshire \(E22000321, E22000359\)/,
    );
  });

  it('names near matches for an unknown CSP and refuses a bad group', async () => {
    const r = await cli('csp', 'add', 'Warwick');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no CSP "Warwick" in the lookup; did you mean .*North Warwickshire/);
    expect((await cli('csp', 'group', 'G1', '--name', 'Only one', 'E22000321')).code).toBe(2);
    expect((await cli('csp', 'group', '--force', 'E23999999')).code).toBe(2);
  });

  it('sets the month a CSP writes its strategic assessment, which devices are given', async () => {
    const r = await cli('csp', 'set', 'E22000303', '--assessment-month', 'October');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe('Aylesbury Vale (E22000303) writes its strategic assessment in October.\n');
    const month = async () => (await listCsps(store.db)).find((c) => c.code === 'E22000303')?.assessmentMonth;
    expect(await month()).toBe(10);
    expect((await cli('csp', 'set', 'E22000303', '--assessment-month', '3')).code).toBe(0);
    expect(await month()).toBe(3);
    const cleared = await cli('csp', 'set', 'E22000303', '--assessment-month', 'none');
    expect(cleared.out).toContain('no assessment month');
    expect(await month()).toBeNull();
  });

  it('refuses a month it cannot read, a missing option and an unknown CSP', async () => {
    const bad = await cli('csp', 'set', 'E22000303', '--assessment-month', 'Smarch');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--assessment-month must be 1 to 12');
    expect((await cli('csp', 'set', 'E22000303')).code).toBe(2);
    const unknown = await cli('csp', 'set', 'E22999999', '--assessment-month', '10');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no CSP with code E22999999');
  });
});
