// A known set of priorities for the summary and export tests, pushed through the store.
import type { Priority } from '../../src/domain/priority';
import { loadAreaIndex } from '../../src/server/geo/area-index';
import { pushPriorities } from '../../src/server/store/push';
import type { TestStore } from './backends';
import { CENTRAL_LONDON, point, pushRequest, RUGBY_CENTRE, samplePriority } from './backends-fixtures';

const STRATFORD = point(-1.7071, 52.1917);
export const EASTLANDS = 'E05008986';

/**
 * For Rugby (E22000321), 2026-04-01..2027-03-31 (21): speeding 10 (8 in Eastlands, 2 outside
 * the area), parking 6 (Eastlands), fly-tipping 3 and graffiti 2 (Eastlands).
 * Comparison 2025-04-01..2026-03-31 (15): parking 10, speeding 5.
 * Not counted for Rugby: after the period, or placed in South Warwickshire (1 each).
 */
export async function pushSummaryFixture(store: TestStore): Promise<void> {
  const deviceId = samplePriority().deviceId;
  const at = (createdAt: string, more: Partial<Priority>) =>
    samplePriority({ deviceId, createdAt, updatedAt: createdAt, cspCode: 'E22000321', ...more });
  const times = (n: number, make: (i: number) => Priority) => Array.from({ length: n }, (_, i) => make(i));
  const items = [
    ...times(8, (i) =>
      at(i === 0 ? '2026-04-01T00:00:00.000Z' : '2027-03-31T23:30:00.000Z', {
        themeKey: 'local.speeding',
        place: RUGBY_CENTRE,
      }),
    ),
    ...times(2, () => at('2026-09-10T12:00:00.000Z', { themeKey: 'local.speeding', place: CENTRAL_LONDON })),
    ...times(6, () =>
      at('2026-09-10T12:00:00.000Z', { themeKey: 'local.parking', place: RUGBY_CENTRE, channel: 'patrol' }),
    ),
    ...times(3, () => at('2026-10-10T12:00:00.000Z', { themeKey: 'local.fly-tipping', place: RUGBY_CENTRE })),
    ...times(2, () => at('2026-10-11T12:00:00.000Z', { themeKey: 'local.graffiti', place: RUGBY_CENTRE })),
    ...times(10, () => at('2025-06-01T08:00:00.000Z', { themeKey: 'local.parking', place: RUGBY_CENTRE })),
    ...times(5, () => at('2026-03-31T23:59:59.000Z', { themeKey: 'local.speeding', place: RUGBY_CENTRE })),
    at('2027-04-01T00:00:00.000Z', { themeKey: 'local.parking', place: RUGBY_CENTRE }),
    at('2026-09-10T12:00:00.000Z', { themeKey: 'local.parking', place: STRATFORD }),
  ];
  const areas = await loadAreaIndex(store.db);
  await pushPriorities(store.db, pushRequest(deviceId, items), areas.assign);
}
