// A known set of priorities for the summary and export tests, pushed through the store.
import type { Priority } from '../../src/domain/priority';
import { loadAreaIndex } from '../../src/server/geo/area-index';
import { pushPriorities } from '../../src/server/store/push';
import type { TestStore } from './backends';
import { CENTRAL_LONDON, point, pushRequest, RUGBY_CENTRE, samplePriority } from './backends-fixtures';

const STRATFORD = point(-1.7071, 52.1917);

/**
 * For Rugby (E22000321), 2026-04-01..2027-03-31: speeding 3 (2 in Eastlands, 1 outside the
 * area), parking 1 (Eastlands). Out of period or counted elsewhere: 3 more.
 */
export async function pushSummaryFixture(store: TestStore): Promise<void> {
  const deviceId = samplePriority().deviceId;
  const at = (createdAt: string, more: Partial<Priority>) =>
    samplePriority({ deviceId, createdAt, updatedAt: createdAt, cspCode: 'E22000321', ...more });
  const items = [
    at('2026-04-01T00:00:00.000Z', { themeKey: 'local.speeding', place: RUGBY_CENTRE }),
    at('2027-03-31T23:30:00.000Z', { themeKey: 'local.speeding', place: RUGBY_CENTRE }),
    at('2026-09-10T12:00:00.000Z', { themeKey: 'local.speeding', place: CENTRAL_LONDON }),
    at('2026-09-10T12:00:00.000Z', { themeKey: 'local.parking', place: RUGBY_CENTRE }),
    // Not counted for Rugby: before/after the period, or placed in South Warwickshire.
    at('2026-03-31T23:59:59.000Z', { themeKey: 'local.parking', place: RUGBY_CENTRE }),
    at('2027-04-01T00:00:00.000Z', { themeKey: 'local.parking', place: RUGBY_CENTRE }),
    at('2026-09-10T12:00:00.000Z', { themeKey: 'local.parking', place: STRATFORD }),
  ];
  const areas = await loadAreaIndex(store.db);
  await pushPriorities(store.db, pushRequest(deviceId, items), areas.assign);
}
