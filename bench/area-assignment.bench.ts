// Assigning 1,000,000 points to boundaries the size of all wards of England and Wales: a
// synthetic tiling of ~7,500 wards (wiggly shared edges, 40 vertices each) grouped into 300
// districts, one CSP per district. Reports points per second through AreaIndex.assign, which
// answers ward, district and CSP for every vintage held (here one). Then re-assignment after a
// boundary import on real stores of 100,000 priorities (bench/reassign-store.ts).
import { cpus, loadavg } from 'node:os';
import { AreaIndex } from '../src/server/geo/area-index';
import type { AreaGeometry } from '../src/server/geo/geometry';
import { measureReassign, REASSIGN_PRIORITIES } from './reassign-store';
import { formatNumber, median, table, timeRuns, writeSection } from './report';

const COLUMNS = 100;
const ROWS = 75;
const SEGMENTS = 10; // per side: 40 vertices a ward
const POINTS = 1_000_000;
const RUNS = 3;
// England and Wales' extent, roughly.
const [WEST, SOUTH, EAST, NORTH] = [-5.7, 50.0, 1.8, 55.8];

/** A lattice point moved by a smooth wiggle: neighbours share edges exactly, no gaps. */
function lattice(i: number, j: number): [number, number] {
  const w = (EAST - WEST) / (COLUMNS * SEGMENTS);
  const h = (NORTH - SOUTH) / (ROWS * SEGMENTS);
  const onBorder = i === 0 || j === 0 || i === COLUMNS * SEGMENTS || j === ROWS * SEGMENTS;
  const dx = onBorder ? 0 : 0.3 * w * Math.sin(j * 1.7 + i * 0.3);
  const dy = onBorder ? 0 : 0.3 * h * Math.cos(i * 1.3 + j * 0.7);
  return [WEST + i * w + dx, SOUTH + j * h + dy];
}

function ward(c: number, r: number): AreaGeometry {
  const [i0, j0] = [c * SEGMENTS, r * SEGMENTS];
  const ring: [number, number][] = [];
  for (let k = 0; k < SEGMENTS; k++) ring.push(lattice(i0 + k, j0));
  for (let k = 0; k < SEGMENTS; k++) ring.push(lattice(i0 + SEGMENTS, j0 + k));
  for (let k = SEGMENTS; k > 0; k--) ring.push(lattice(i0 + k, j0 + SEGMENTS));
  for (let k = SEGMENTS; k > 0; k--) ring.push(lattice(i0, j0 + k));
  ring.push(ring[0] as [number, number]);
  return { type: 'Polygon', coordinates: [ring] };
}

function tiling() {
  const wards = [];
  for (let c = 0; c < COLUMNS; c++) {
    for (let r = 0; r < ROWS; r++) {
      // Districts are blocks of 5 × 5 wards.
      const district = `E07${String(Math.floor(c / 5) * 100 + Math.floor(r / 5)).padStart(6, '0')}`;
      wards.push({
        code: `E05${String(c * ROWS + r).padStart(6, '0')}`,
        districtCode: district,
        geometry: ward(c, r),
      });
    }
  }
  const cspsOfDistrict = new Map(
    [...new Set(wards.map((w) => w.districtCode))].map((d) => [d, [`E22${d.slice(3)}`]]),
  );
  return { wards, cspsOfDistrict };
}

function randomPoints(n: number): Float64Array {
  // A fixed linear congruential sequence, so every run places the same points.
  let seed = 7;
  const next = () => {
    seed = (seed * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return seed / 2 ** 32;
  };
  const out = new Float64Array(n * 2);
  for (let k = 0; k < n; k++) {
    // About a fifth fall outside the area, as stray fixes and other regions' points do.
    out[2 * k] = WEST - 0.5 + next() * (EAST - WEST + 1);
    out[2 * k + 1] = SOUTH - 0.3 + next() * (NORTH - SOUTH + 0.6);
  }
  return out;
}

export async function run(): Promise<void> {
  const { wards, cspsOfDistrict } = tiling();
  const buildRuns = await timeRuns(RUNS, () => AreaIndex.ofWards(wards, cspsOfDistrict));
  const index = AreaIndex.ofWards(wards, cspsOfDistrict);
  const points = randomPoints(POINTS);
  let inside = 0;
  const assignRuns = await timeRuns(RUNS, () => {
    inside = 0;
    for (let k = 0; k < POINTS; k++) {
      const a = index.assign({
        kind: 'point',
        geometry: { type: 'Point', coordinates: [points[2 * k] as number, points[2 * k + 1] as number] },
      });
      if (!a.outsideArea) inside++;
    }
  });
  // The ward lookup alone, to show what the per-vintage answer adds on top.
  const lookupRuns = await timeRuns(RUNS, () => {
    for (let k = 0; k < POINTS; k++) index.wardAt(points[2 * k] as number, points[2 * k + 1] as number);
  });
  const perSecond = POINTS / (median(assignRuns) / 1000);
  const reassign = await measureReassign();
  // Other suites share these 2 cores: say how busy the machine was, since it moves every figure.
  const [load1, load5, load15] = loadavg().map((l) => formatNumber(l, 1));
  writeSection(
    'area-assignment',
    'Area assignment at national scale (synthetic tiling of 7,500 wards)',
    `${formatNumber(POINTS)} pseudo-random points over a tiling of ${formatNumber(wards.length)} wards
(${COLUMNS} × ${ROWS}, ${SEGMENTS * 4} vertices each, wiggly shared edges) in ${cspsOfDistrict.size} districts
covering England and Wales' extent; ${formatNumber((100 * inside) / POINTS, 1)}% of points inside a ward.
Each point gets ward, district and CSP through the flatbush index and turf's exact
point-in-polygon test (AreaIndex.assign); ${RUNS} runs after a warm-up.

${table(
  ['what', 'median', 'slowest run'],
  [
    [
      `build the index (${formatNumber(wards.length)} wards)`,
      `${formatNumber(median(buildRuns), 1)} ms`,
      `${formatNumber(Math.max(...buildRuns), 1)} ms`,
    ],
    [
      `assign ${formatNumber(POINTS)} points`,
      `${formatNumber(median(assignRuns) / 1000, 2)} s`,
      `${formatNumber(Math.max(...assignRuns) / 1000, 2)} s`,
    ],
    [
      'throughput (assign)',
      `${formatNumber(perSecond)} points/s`,
      `${formatNumber(POINTS / (Math.max(...assignRuns) / 1000))} points/s`,
    ],
    [
      'throughput (ward lookup only)',
      `${formatNumber(POINTS / (median(lookupRuns) / 1000))} points/s`,
      `${formatNumber(POINTS / (Math.max(...lookupRuns) / 1000))} points/s`,
    ],
  ],
)}

Re-assignment after a boundary import (\`areas import\`), on a real store holding
${formatNumber(REASSIGN_PRIORITIES)} priorities: each run imports a new vintage of the 103 Warwickshire wards,
every ward re-coded and in force, so every priority gets rows for the new vintage (the old
vintages' rows are kept) and every priority's own ward changes, with a new change stamp (the
worst case). Pages of 2,000: assigned in memory, then one transaction of multi-row deletes,
inserts and UPDATE … FROM (VALUES …). ${reassign[0]?.seconds.length ?? 0} runs per store. Load average at
the end of the whole benchmark: ${load1} / ${load5} / ${load15} (1 / 5 / 15 min) on ${cpus().length} cores.

${table(
  [
    'store',
    'every ward re-coded (median)',
    'slowest run',
    'priorities/s (median)',
    'same file again (nothing moves)',
  ],
  reassign.map((r) => [
    r.store,
    `${formatNumber(median([...r.seconds]), 2)} s`,
    `${formatNumber(Math.max(...r.seconds), 2)} s`,
    formatNumber(REASSIGN_PRIORITIES / median([...r.seconds])),
    `${formatNumber(r.unchanged, 2)} s`,
  ]),
)}`,
  );
}
