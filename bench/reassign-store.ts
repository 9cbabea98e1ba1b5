// Re-assignment after a boundary import, on a real store holding 100,000 priorities (SQLite and
// PostgreSQL): each run imports a new ward vintage of the Warwickshire wards, every ward re-coded,
// in force today, so every priority gains rows for the new vintage and every one's own ward
// changes (the worst case: each needs a new change stamp).
import { storeBoundarySet } from '../src/server/boundaries/store-set';
import { loadAreaIndex } from '../src/server/geo/load-area-index';
import { loadSeedWards } from '../src/server/seed/load';
import { pushPriorities } from '../src/server/store/push';
import { reassignVintage } from '../src/server/store/reassign';
import { benchBackends, devicePushRecords, openSeededStore } from './support-stores';

export const REASSIGN_PRIORITIES = 100_000;
const BATCH = 1_000;
const RUNS = 3;

export interface ReassignFigures {
  readonly store: string;
  /** Seconds per re-assignment of every priority, one per run. */
  readonly seconds: readonly number[];
  /** Seconds to re-import the last vintage unchanged (a corrected file: no priority moves). */
  readonly unchanged: number;
}

export async function measureReassign(): Promise<ReassignFigures[]> {
  const { backends, close } = await benchBackends();
  const wards = loadSeedWards();
  const figures: ReassignFigures[] = [];
  try {
    for (const backend of backends) {
      const store = await openSeededStore(backend);
      try {
        const index = await loadAreaIndex(store.db);
        for (let i = 0; i < REASSIGN_PRIORITIES; i += BATCH) {
          const records = devicePushRecords(BATCH);
          await pushPriorities(
            store.db,
            { deviceId: records[0]!.deviceId, priorities: records },
            index.assign,
          );
        }
        const seconds: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          const year = String(2023 + run);
          await storeBoundarySet(store.db, {
            level: 'ward',
            vintage: year,
            inForceFrom: `${year}-01-01`,
            source: 'bench',
            areas: wards.map((w) => ({
              code: `E05${year.slice(-1)}${w.code.slice(-5)}`,
              name: w.name,
              parentCode: w.districtCode,
              parentName: w.districtName,
              geometry: w.geometry,
            })),
          });
          const t0 = performance.now();
          const done = await reassignVintage(store.db, await loadAreaIndex(store.db), year);
          seconds.push((performance.now() - t0) / 1000);
          if (done !== REASSIGN_PRIORITIES)
            throw new Error(`re-assigned ${done}, expected ${REASSIGN_PRIORITIES}`);
        }
        const t0 = performance.now();
        await reassignVintage(store.db, await loadAreaIndex(store.db), String(2022 + RUNS));
        const unchanged = (performance.now() - t0) / 1000;
        figures.push({ store: backend.name, seconds, unchanged });
        console.log(
          `re-assign ${REASSIGN_PRIORITIES} on ${backend.name}: ${seconds.map((s) => s.toFixed(2)).join(', ')} s`,
        );
      } finally {
        await store.close();
      }
    }
  } finally {
    close();
  }
  return figures;
}
