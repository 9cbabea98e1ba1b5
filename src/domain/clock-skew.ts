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
  const shift = (iso: string) => Math.min(Date.parse(iso) + skewMs, serverNow);
  const created = shift(record.createdAt);
  const updated = Math.max(created, shift(record.updatedAt));
  const createdAt = new Date(created).toISOString();
  const updatedAt = new Date(updated).toISOString();
  if (createdAt === record.createdAt && updatedAt === record.updatedAt) return record;
  return { ...record, createdAt, updatedAt };
}
