// Re-assignment after a boundary import, in pages with set-based statements: more priorities
// than one page, on both stores. The old vintage's answers are kept, the new vintage's written,
// and only priorities whose ward in force changes get a new change stamp (unique per row).
import { pointOnFeature } from '@turf/point-on-feature';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBoundarySet } from '../../../src/server/boundaries/store-set';
import { loadAreaIndex } from '../../../src/server/geo/load-area-index';
import { loadSeedWards } from '../../../src/server/seed/load';
import { alignAllPriorities } from '../../../src/server/store/align-priorities';
import { pushPriorities } from '../../../src/server/store/push';
import { reassignVintage } from '../../../src/server/store/reassign';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { devicePriorities, point, pushRequest } from '../../support/backends-fixtures';

const N = 2_600; // more than one page (2,000)
const rugby = loadSeedWards().filter((w) => w.districtCode === 'E07000220');
/** The first three Rugby wards get new codes in the new vintage; the rest keep theirs. */
const RECODED = new Map(rugby.slice(0, 3).map((w) => [w.code, `E0598${w.code.slice(-4)}`]));
const recode = (code: string, prefix = '') =>
  prefix ? `${prefix}${code.slice(-4)}` : (RECODED.get(code) ?? code);

function wardSet(vintage: string, inForceFrom: string, prefix = '') {
  return {
    level: 'ward' as const,
    vintage,
    inForceFrom,
    source: `wards-${vintage}.geojson`,
    areas: rugby.map((w) => ({
      code: recode(w.code, prefix),
      name: w.name,
      parentCode: w.districtCode,
      parentName: w.districtName,
      geometry: w.geometry,
    })),
  };
}

describe.each(backends())('re-assignment in batches on $name', (backend) => {
  let store: TestStore;
  const held = () =>
    store.db.kysely
      .selectFrom('priorities')
      .select(['id', 'ward_code', 'change_seq'])
      .execute()
      .then((rows) => new Map(rows.map((r) => [r.id, { ward: r.ward_code, seq: Number(r.change_seq) }])));
  const rowCount = async (vintage: string) =>
    Number(
      (
        await store.db.kysely
          .selectFrom('priority_areas')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('vintage', '=', vintage)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    store = await openSeededStore(backend);
    const index = await loadAreaIndex(store.db);
    const items = devicePriorities(N, { cspCode: 'E22000321' }).map((p, i) => {
      const [lon, lat] = pointOnFeature(rugby[i % rugby.length]?.geometry as never).geometry.coordinates;
      return { ...p, place: point(lon ?? 0, lat ?? 0) };
    });
    for (let start = 0; start < N; start += 500) {
      const batch = items.slice(start, start + 500);
      await pushPriorities(store.db, pushRequest(batch[0]?.deviceId ?? '', batch), index.assign);
    }
  });
  afterAll(() => store.close());

  it('writes the new vintage for every priority, keeps the old, and restamps only the moved', async () => {
    const before = await held();
    const top = Math.max(...[...before.values()].map((b) => b.seq));
    await storeBoundarySet(store.db, wardSet('2024', '2024-05-02'));
    const done = await reassignVintage(store.db, await loadAreaIndex(store.db), '2024');
    expect(done).toBe(N);
    expect(await rowCount('2022')).toBe(N * 3);
    expect(await rowCount('2024')).toBe(N * 3);

    const after = await held();
    let moved = 0;
    for (const [id, b] of before) {
      const a = after.get(id);
      expect(a?.ward).toBe(recode(b.ward ?? ''));
      if (a?.ward !== b.ward) {
        moved++;
        expect(a?.seq).toBeGreaterThan(top);
      } else expect(a?.seq).toBe(b.seq);
    }
    expect(moved).toBe([...before.values()].filter((b) => RECODED.has(b.ward ?? '')).length);
    expect(moved).toBeGreaterThan(0);
    expect(new Set([...after.values()].map((a) => a.seq)).size).toBe(N);
    // The old vintage still answers with the old codes.
    const old = await store.db.kysely
      .selectFrom('priority_areas')
      .select('area_code')
      .where('vintage', '=', '2022')
      .where('level', '=', 'ward')
      .where('area_code', 'in', [...RECODED.values()])
      .execute();
    expect(old).toEqual([]);
  });

  it('running it again changes nothing', async () => {
    const before = await held();
    expect(await reassignVintage(store.db, await loadAreaIndex(store.db), '2024')).toBe(N);
    expect(await held()).toEqual(before);
    expect(await rowCount('2024')).toBe(N * 3);
  });

  it('a vintage imported ahead of its date moves the priorities only when that date comes', async () => {
    await storeBoundarySet(store.db, wardSet('2099', '2099-05-01', 'E0597'));
    await reassignVintage(store.db, await loadAreaIndex(store.db), '2099');
    const before = await held();
    expect([...before.values()].some((b) => b.ward?.startsWith('E0597'))).toBe(false);
    expect(await alignAllPriorities(store.db, (await loadAreaIndex(store.db)).current)).toBe(0);

    const then = await loadAreaIndex(store.db, '2099-06-01');
    expect(await alignAllPriorities(store.db, then.current)).toBe(N);
    const after = await held();
    for (const [id, b] of before) expect(after.get(id)?.ward).toBe(`E0597${(b.ward ?? '').slice(-4)}`);
  });
});
