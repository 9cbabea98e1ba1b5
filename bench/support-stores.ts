// Stores for the sync benchmarks: a fresh seeded SQLite store, and a PostgreSQL one when the
// test cluster helper can start PostgreSQL here (or TEST_DATABASE_URL points at one).

import { newDeviceId, newPriorityId } from '../src/domain/ids';
import type { PriorityRecord } from '../src/domain/sync-protocol';
import { backends, openSeededStore, type StoreBackend, type TestStore } from '../tests/support/backends';
import setupPostgres from '../tests/support/postgres-global-setup';

export async function benchBackends(): Promise<{ backends: StoreBackend[]; close: () => void }> {
  const teardown = await setupPostgres({ provide: () => undefined } as never).catch((error: unknown) => {
    console.warn(`PostgreSQL not available for benchmarks: ${String(error)}`);
    return undefined;
  });
  return { backends: backends(), close: () => teardown?.() };
}

export { openSeededStore, type TestStore };

const RUGBY_WARDS = [-1.2606, 52.3709] as const;

/** n new priorities from one device, spread a little around Rugby. */
export function devicePushRecords(n: number, deviceId = newDeviceId()): PriorityRecord[] {
  const now = new Date().toISOString();
  return Array.from({ length: n }, (_, i) => ({
    id: newPriorityId(),
    cspCode: 'E22000321',
    themeKey: 'local.speeding',
    place: {
      kind: 'point',
      geometry: {
        type: 'Point',
        coordinates: [RUGBY_WARDS[0] + ((i % 50) - 25) * 0.001, RUGBY_WARDS[1] + ((i % 37) - 18) * 0.001],
      },
      accuracyM: 12,
    },
    description: `Cars race down the high street after dark (${i})`,
    when: { timesOfDay: ['evening'], days: ['fri', 'sat'] },
    respondentType: 'lives',
    channel: 'online',
    deviceId,
    createdAt: now,
    updatedAt: now,
    version: 1,
    baseVersion: 0,
  }));
}
