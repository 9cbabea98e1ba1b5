// Ward assignment on the real Warwickshire boundaries: how many points per second the store
// can place in their ward, district and CSP (the step every incoming priority goes through).
import { AreaIndex } from '../src/server/geo/area-index';
import { loadSeedCsps, loadSeedWards } from '../src/server/seed/load';
import { formatNumber, median, table, timeRuns, writeSection } from './report';

const POINTS = 200_000;
const RUNS = 5;

function randomPoints(n: number, [minLon, minLat, maxLon, maxLat]: readonly number[]): [number, number][] {
  // A fixed linear congruential sequence, so every run places the same points.
  let seed = 42;
  const next = () => {
    seed = (seed * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return seed / 2 ** 32;
  };
  return Array.from({ length: n }, () => [
    (minLon ?? 0) + next() * ((maxLon ?? 0) - (minLon ?? 0)),
    (minLat ?? 0) + next() * ((maxLat ?? 0) - (minLat ?? 0)),
  ]);
}

export async function run(): Promise<void> {
  const wards = loadSeedWards();
  const csps = loadSeedCsps(new Set(wards.map((w) => w.districtCode)));
  const cspsOfDistrict = new Map<string, string[]>();
  for (const c of csps)
    for (const d of c.districtCodes) cspsOfDistrict.set(d, [...(cspsOfDistrict.get(d) ?? []), c.code]);

  const buildRuns = await timeRuns(RUNS, () =>
    AreaIndex.ofWards(
      wards.map((w) => ({ code: w.code, districtCode: w.districtCode, geometry: w.geometry })),
      cspsOfDistrict,
    ),
  );
  const index = AreaIndex.ofWards(
    wards.map((w) => ({ code: w.code, districtCode: w.districtCode, geometry: w.geometry })),
    cspsOfDistrict,
  );
  // Warwickshire's extent, so most points land in a ward and some fall outside every ward.
  const points = randomPoints(POINTS, [-1.98, 51.95, -1.17, 52.69]);
  let inside = 0;
  const assignRuns = await timeRuns(RUNS, () => {
    inside = 0;
    for (const [lon, lat] of points) {
      const a = index.assign({ kind: 'point', geometry: { type: 'Point', coordinates: [lon, lat] } });
      if (!a.outsideArea) inside++;
    }
  });
  const perSecond = POINTS / (median(assignRuns) / 1000);
  writeSection(
    'ward-assignment',
    'Ward assignment (Warwickshire, point in polygon)',
    `${formatNumber(POINTS)} pseudo-random points over Warwickshire's extent
(${formatNumber((100 * inside) / POINTS, 1)}% inside a ward), assigned to ward, district and CSP
through the flatbush index and an exact point-in-polygon test; ${RUNS} runs after a warm-up.

${table(
  ['what', 'median', 'slowest run'],
  [
    [
      `build the index (${wards.length} wards)`,
      `${formatNumber(median(buildRuns), 1)} ms`,
      `${formatNumber(Math.max(...buildRuns), 1)} ms`,
    ],
    [
      'assign one point',
      `${formatNumber((1000 * median(assignRuns)) / POINTS, 2)} µs`,
      `${formatNumber((1000 * Math.max(...assignRuns)) / POINTS, 2)} µs`,
    ],
    [
      'throughput',
      `${formatNumber(perSecond)} points/s`,
      `${formatNumber(POINTS / (Math.max(...assignRuns) / 1000))} points/s`,
    ],
  ],
)}`,
  );
}
