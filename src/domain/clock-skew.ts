// Device clocks can be wrong by days (a dead battery, a manual date). The store measures the
// error from the push's sentAt (the device's clock when it sent) against its own clock, moves
// the record's times by that much, and never accepts a time in its own future. Ordering and
// conflicts never use device times at all: versions and the store's change stamps decide.

/** Closer than this, a device clock is taken as right (network delay, ordinary drift). */
export const SKEW_TOLERANCE_MS = 5 * 60_000;

/** How far the store's clock is ahead of the device's (negative: behind); 0 within tolerance. */
export function measureSkew(sentAt: string | undefined, serverNow: number): number {
  if (sentAt === undefined) return 0;
  const device = Date.parse(sentAt);
  if (!Number.isFinite(device)) return 0;
  const skew = serverNow - device;
  return Math.abs(skew) <= SKEW_TOLERANCE_MS ? 0 : skew;
}

export function correctDeviceTimes<T extends { createdAt: string; updatedAt: string }>(
  record: T,
  skewMs: number,
  serverNow: number,
): T {
  // The usual push (a right clock, times in the canonical form devices write) needs no change:
  // canonical ISO strings compare as their instants do, so no parsing or formatting is needed.
  if (skewMs === 0 && CANONICAL.test(record.createdAt) && CANONICAL.test(record.updatedAt)) {
    const nowIso = isoOf(serverNow);
    if (record.createdAt <= record.updatedAt && record.updatedAt <= nowIso) return record;
  }
  const shift = (iso: string) => Math.min(Date.parse(iso) + skewMs, serverNow);
  const created = shift(record.createdAt);
  const updated = Math.max(created, shift(record.updatedAt));
  const createdAt = new Date(created).toISOString();
  const updatedAt = new Date(updated).toISOString();
  if (createdAt === record.createdAt && updatedAt === record.updatedAt) return record;
  return { ...record, createdAt, updatedAt };
}

const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

let lastNow = Number.NaN;
let lastIso = '';
/** A push corrects all its records against one instant: format it once. */
function isoOf(ms: number): string {
  if (ms !== lastNow) {
    lastNow = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}
