// Helpers shared by the store tests: push requests, row counts, known places.
import type { Place, Priority } from '../../src/domain/priority';
import { PROTOCOL_VERSION, type PushRequest } from '../../src/domain/sync-protocol';
import type { Db } from '../../src/server/db/tables';
import { samplePriority } from '../domain/fixtures';

export { samplePriority };

/** A push of new records (baseVersion 0) unless a record says otherwise. */
export function pushRequest(
  deviceId: string,
  priorities: readonly (Priority & { baseVersion?: number; withdrawn?: boolean })[],
): PushRequest {
  return {
    protocol: PROTOCOL_VERSION,
    deviceId,
    priorities: priorities.map((p) => ({ baseVersion: 0, ...p })),
  };
}

/** Priorities for one device (samplePriority makes a new device id each time). */
export function devicePriorities(n: number, overrides: Partial<Priority> = {}): Priority[] {
  const deviceId = overrides.deviceId ?? samplePriority().deviceId;
  return Array.from({ length: n }, () => samplePriority({ ...overrides, deviceId }));
}

export async function countRows(db: Db, ids?: readonly string[]): Promise<number> {
  let q = db.kysely.selectFrom('priorities').select((eb) => eb.fn.countAll<number>().as('n'));
  if (ids) q = q.where('id', 'in', ids);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

export const point = (lon: number, lat: number): Place => ({
  kind: 'point',
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

/** Rugby town centre, in a Rugby (E07000220) ward. */
export const RUGBY_CENTRE = point(-1.2606, 52.3709);
/** Trafalgar Square: in no Warwickshire ward. */
export const CENTRAL_LONDON = point(-0.1281, 51.508);
