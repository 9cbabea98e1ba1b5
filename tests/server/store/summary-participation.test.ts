// The summary reads who took part from the consented equality answers and counts a patrol
// record once for each resident it stands for, on SQLite and PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Priority } from '../../../src/domain/priority';
import { loadAreaIndex } from '../../../src/server/geo/area-index';
import { seedPopulation } from '../../../src/server/population';
import { pushPriorities } from '../../../src/server/store/push';
import { consultationSummary } from '../../../src/server/store/summary';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { pushRequest, RUGBY_CENTRE, samplePriority } from '../../support/backends-fixtures';

const RUGBY = 'E22000321';
const period = { from: '2026-04-01', to: '2027-03-31' };

describe.each(backends())('summary participation and resident counts on $name', (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    const deviceId = samplePriority().deviceId;
    const at = (more: Partial<Priority>) =>
      samplePriority({
        deviceId,
        cspCode: RUGBY,
        place: RUGBY_CENTRE,
        createdAt: '2026-09-10T12:00:00.000Z',
        updatedAt: '2026-09-10T12:00:00.000Z',
        themeKey: 'local.speeding',
        ...more,
      });
    const times = (n: number, make: () => Priority) => Array.from({ length: n }, make);
    const items = [
      // Six online residents aged 65-74 (women), five aged 25-34 (men), five who gave none.
      ...times(6, () => at({ equality: { consent: true, ageBand: '65-74', sex: 'female' } })),
      ...times(5, () => at({ equality: { consent: true, ageBand: '25-34', sex: 'male' } })),
      ...times(5, () => at({ equality: { consent: true, ageBand: 'prefer-not-to-say' } })),
      // Survey records standing for several residents each (resident_count): 3 records, 12 residents.
      ...times(3, () => at({ channel: 'survey', themeKey: 'local.parking', residentCount: 4 })),
    ];
    const areas = await loadAreaIndex(store.db);
    await pushPriorities(store.db, pushRequest(deviceId, items), areas.assign);
  });
  afterAll(() => store.close());

  it('counts residents (resident_count) everywhere and reports the records beside them', async () => {
    const result = await consultationSummary(store.db, { cspCodes: [RUGBY], period });
    if (!result.ok) throw new Error('no summary');
    const s = result.summary;
    expect(s.total).toBe(28);
    expect(s.records).toBe(19);
    const parking = s.themes.find((t) => t.themeKey === 'local.parking')!;
    // 3 records: suppressed, and speeding's 16 with it (else 19 - 16 would give the 3 away).
    expect([parking.count, parking.records]).toEqual([12, null]);
    expect(s.themes.find((t) => t.themeKey === 'local.speeding')).toMatchObject({ count: 16, records: null });
    expect(s.channels.find((c) => c.key === 'survey')?.count).toBe(12);
  });

  it('sets who took part against the residents of the same wards and districts', async () => {
    const result = await consultationSummary(
      store.db,
      { cspCodes: [RUGBY], period },
      { population: seedPopulation() },
    );
    if (!result.ok) throw new Error('no summary');
    const { age, sex, caveat } = result.summary.participation;
    const row = (list: typeof age, key: string) => list!.find((p) => p.key === key)!;
    expect(row(age, '65-74').participants).toBe(6);
    expect(row(age, '25-34').participants).toBe(5);
    // 5 preferred not to say and 12 residents on survey records gave nothing: 17 not stated.
    expect(row(age, 'not-stated').participants).toBe(17);
    expect(row(age, '65-74').participantShare).toBeCloseTo(6 / 11, 9);
    // Rugby's residents aged 65 to 74, from the ward file summed over its wards: about 10%.
    expect(row(age, '65-74').residentShare).toBeGreaterThan(0.07);
    expect(row(age, '65-74').residentShare).toBeLessThan(0.13);
    expect(row(sex, 'female').participants).toBe(6);
    expect(row(sex, 'male').participants).toBe(5);
    expect(row(sex, 'female').residentShare).toBeCloseTo(0.5, 1);
    expect(caveat).toMatch(/under-represented/);
  });
});
