// The summary's counts aggregated in SQL against a straightforward count in JavaScript of the
// same priorities, one by one, on SQLite and PostgreSQL; and the two ways of reading each
// priority's ward and CSP (its own columns, or the per-vintage assignments) agree.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGE_BANDS, PREFER_NOT, SEXES } from '../../../src/domain/equality';
import { newDeviceId, newPriorityId } from '../../../src/domain/ids';
import { CHANNELS, type Priority, RESPONDENT_TYPES } from '../../../src/domain/priority';
import { loadAreaIndex } from '../../../src/server/geo/area-index';
import { pushPriorities } from '../../../src/server/store/push';
import { summaryCounts } from '../../../src/server/store/summary-counts';
import { vintagesFor } from '../../../src/server/store/summary-vintages';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { point, pushRequest, samplePriority } from '../../support/backends-fixtures';

const RUGBY = 'E22000321';
const q = {
  cspCodes: [RUGBY],
  period: { from: '2026-04-01', to: '2027-03-31' },
  comparison: { from: '2025-04-01', to: '2026-03-31' },
};
const THEMES = ['local.speeding', 'local.parking', 'local.fly-tipping', 'asb.nuisance'];

// Around Rugby and a little beyond, so some fall outside the CSP and in other wards.
const arbitraryPriority = fc.record({
  theme: fc.constantFrom(...THEMES),
  lon: fc.double({ min: -1.33, max: -1.18, noNaN: true }),
  lat: fc.double({ min: 52.33, max: 52.42, noNaN: true }),
  day: fc.integer({ min: 0, max: 760 }),
  channel: fc.constantFrom(...CHANNELS),
  type: fc.constantFrom(...RESPONDENT_TYPES),
  times: fc.subarray(['morning', 'afternoon', 'evening', 'night'] as const),
  days: fc.subarray(['mon', 'sat', 'sun'] as const),
  residents: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  age: fc.option(fc.constantFrom(...AGE_BANDS, PREFER_NOT), { nil: undefined }),
  sex: fc.option(fc.constantFrom(...SEXES, PREFER_NOT), { nil: undefined }),
  supports: fc.nat({ max: 2 }),
});

describe.each(backends())('summary counts in SQL on $name', (backend) => {
  let store: TestStore;
  let items: Priority[];
  let supports: Map<string, number>;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    const deviceId = samplePriority().deviceId;
    const start = Date.parse('2025-03-20T00:00:00Z');
    const drawn = fc.sample(arbitraryPriority, { numRuns: 400, seed: 6 });
    items = drawn.map((d) => {
      const at = new Date(start + d.day * 86_400_000 + 3_600_000).toISOString();
      return samplePriority({
        deviceId,
        cspCode: RUGBY,
        themeKey: d.theme,
        place: point(d.lon, d.lat),
        channel: d.channel,
        respondentType: d.type,
        when: { timesOfDay: [...d.times], days: [...d.days] },
        createdAt: at,
        updatedAt: at,
        ...(d.residents !== undefined && d.channel === 'survey' ? { residentCount: d.residents } : {}),
        ...(d.age || d.sex ? { equality: { consent: true as const, ageBand: d.age, sex: d.sex } } : {}),
      });
    });
    const areas = await loadAreaIndex(store.db);
    await pushPriorities(store.db, pushRequest(deviceId, items), areas.assign);
    supports = new Map(drawn.map((d, i) => [items[i]!.id, d.supports]));
    const rows = items.flatMap((p) =>
      Array.from({ length: supports.get(p.id)! }, () => ({
        id: newPriorityId(),
        priority_id: p.id,
        device_id: newDeviceId(),
        created_at: p.createdAt,
        received_at: p.createdAt,
      })),
    );
    await store.db.kysely.insertInto('supports').values(rows).execute();
    // A withdrawn one is not counted.
    await store.db.kysely
      .updateTable('priorities')
      .set({ status: 'withdrawn' })
      .where('id', '=', items[0]!.id)
      .execute();
  });
  afterAll(() => store.close());

  it('equals a direct count of the priorities one by one', async () => {
    const held = await store.db.kysely
      .selectFrom('priorities')
      .select(['id', 'ward_code', 'assigned_csp_code', 'status'])
      .execute();
    const byId = new Map(held.map((r) => [r.id, r]));
    const inPeriod = (p: Priority, period: { from: string; to: string }) =>
      p.createdAt >= period.from && p.createdAt < `${period.to}T99`;
    const counted = items.filter((p) => {
      const r = byId.get(p.id)!;
      return r.status !== 'withdrawn' && (r.assigned_csp_code ?? p.cspCode) === RUGBY;
    });
    const current = counted.filter((p) => inPeriod(p, q.period));
    const residents = (p: Priority) => p.residentCount ?? 1;
    const sum = (list: Priority[]) => list.reduce((s, p) => s + residents(p), 0);
    const c = await summaryCounts(store.db, q);
    expect(current.length).toBeGreaterThan(100);
    expect(c.total).toBe(sum(current));
    expect(c.records).toBe(current.length);
    expect(c.previousTotal).toBe(sum(counted.filter((p) => inPeriod(p, q.comparison))));
    for (const t of THEMES) {
      const ofTheme = current.filter((p) => p.themeKey === t);
      expect(c.themes.get(t) ?? 0).toBe(sum(ofTheme));
      expect(c.supports.get(t) ?? 0).toBe(ofTheme.reduce((s, p) => s + supports.get(p.id)!, 0));
      for (const ward of new Set(current.map((p) => byId.get(p.id)!.ward_code)))
        expect(c.themeWard.get(t)?.get(ward ?? '') ?? 0).toBe(
          sum(ofTheme.filter((p) => byId.get(p.id)!.ward_code === ward)),
        );
    }
    for (const ch of CHANNELS)
      expect(c.channels.get(ch) ?? 0).toBe(sum(current.filter((p) => p.channel === ch)));
    expect(c.timesOfDay.get('evening') ?? 0).toBe(
      sum(current.filter((p) => p.when.timesOfDay.includes('evening'))),
    );
    expect(c.days.get('sat') ?? 0).toBe(sum(current.filter((p) => p.when.days.includes('sat'))));
    // One answer per record; the other residents on a record are not stated.
    for (const band of AGE_BANDS)
      expect(c.ages.get(band) ?? 0).toBe(current.filter((p) => p.equality?.ageBand === band).length);
    expect(c.sexes.get(PREFER_NOT) ?? 0).toBe(current.filter((p) => p.equality?.sex === PREFER_NOT).length);
    const ageTotal = [...c.ages.values()].reduce((a, b) => a + b, 0);
    expect(ageTotal).toBe(c.total);
  });

  it('reads the same from the priorities’ own columns as from the per-vintage assignments', async () => {
    expect((await vintagesFor(store.db, q.period)).own).toBe(true);
    const own = await summaryCounts(store.db, q);
    const joined = await summaryCounts(store.db, q, true);
    expect(own).toEqual(joined);
  });
});
