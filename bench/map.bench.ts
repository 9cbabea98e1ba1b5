// The map side in real Chromium against the real store: time to first render and frame times
// while panning and zooming with 50,000 published priorities, and tiles pre-downloaded per
// second from the local tile server. Needs the production build (`npm run build`).
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { makeClusterIndex } from '../src/client/map/clusters';
import type { PublicPriority } from '../src/domain/public';
import { seedManyPublished } from '../tests/browser/support/public-data';
import { startStoreServer } from '../tests/browser/support/store-server';
import { areaSavingTiles, startTileServer } from '../tests/browser/support/tile-server';
import { formatNumber, median, percentile, table, timeRuns, writeSection } from './report';

const POINTS = 50_000;
const RUNS = 5;

async function openPublicView(page: Page): Promise<number> {
  const start = Date.now();
  await page.getByRole('button', { name: 'Priorities in your area' }).click();
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll<HTMLElement>('.np-cluster, .np-priority')].reduce(
        (s, el) => s + (el.classList.contains('np-cluster') ? Number(el.title.match(/^(\d+)/)?.[1]) : 1),
        0,
      ) === n,
    POINTS,
    { timeout: 120_000 },
  );
  return Date.now() - start;
}

/** Frame intervals (ms) recorded with requestAnimationFrame while `work` drives the map. */
async function frameTimes(page: Page, work: () => Promise<void>): Promise<number[]> {
  // A string, not a function: tsx's name-keeping helper does not exist inside the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    function tick(now) {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })()`);
  await work();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
}

async function panAndZoom(page: Page): Promise<void> {
  const box = await page.getByRole('application', { name: /Map of published priorities/ }).boundingBox();
  if (!box) throw new Error('map not laid out');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let i = 0; i < 6; i++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const dx = i % 2 === 0 ? 160 : -160;
    for (let s = 1; s <= 12; s++) await page.mouse.move(cx + (dx * s) / 12, cy + (dx * s) / 24);
    await page.mouse.up();
    await page.waitForTimeout(150);
  }
  for (const name of ['Zoom in', 'Zoom in', 'Zoom in', 'Zoom out', 'Zoom out', 'Zoom out']) {
    await page.getByRole('button', { name, exact: true }).click();
    await page.waitForTimeout(400);
  }
}

async function predownload(page: Page, ward: string): Promise<{ tiles: number; ms: number }> {
  await page.getByRole('button', { name: 'Map for offline use' }).click();
  await page.getByLabel('Ward to save').selectOption({ label: ward });
  await page.getByLabel('From zoom level').selectOption('13');
  await page.getByLabel('To zoom level (more detail)').selectOption('17');
  const estimate = await page.locator('.estimate').textContent();
  const tiles = Number(estimate?.match(/^(\d+) tiles/)?.[1]);
  const start = Date.now();
  await page.getByRole('button', { name: 'Save this area for offline use' }).click();
  await page.getByText(`${ward} is saved for offline use`).waitFor({ timeout: 300_000 });
  const ms = Date.now() - start;
  await page.getByRole('button', { name: 'Remove saved map areas' }).click();
  await page.getByText('Saved map areas removed from this device.').waitFor();
  return { tiles, ms };
}

export async function run(): Promise<void> {
  if (!existsSync('dist/index.html'))
    throw new Error('Run `npm run build` first: the benchmark serves the production app.');
  const tiles = await startTileServer();
  const store = await startStoreServer(areaSavingTiles(tiles, 5000, 'Bench tiles'));
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  try {
    seedManyPublished(store, POINTS);
    const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    await page.goto(store.baseUrl);
    const cold = await openPublicView(page);
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.reload();
      warm.push(await openPublicView(page));
    }
    const frames: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await openPublicView(page);
      frames.push(...(await frameTimes(page, () => panAndZoom(page))));
    }
    const slow = frames.filter((f) => f > 50).length / frames.length;

    const downloads = [];
    for (let i = 0; i < 3; i++) downloads.push(await predownload(page, 'Benn'));
    const rates = downloads.map((d) => (d.tiles / d.ms) * 1000);

    // The same clustering in Node, without the browser: what supercluster itself costs.
    const items: PublicPriority[] = Array.from({ length: POINTS }, (_, i) => ({
      id: String(i),
      cspCode: 'E22000321',
      themeKey: 'local.speeding',
      wardCode: null,
      place: {
        kind: 'point',
        coordinates: [-1.33 + ((i * 7919) % 1000) / 7692, 52.34 + ((i * 104729) % 1000) / 16667],
      },
      description: '',
      supportCount: null,
      createdOn: '2026-05-01',
      status: 'published',
    }));
    const build = await timeRuns(RUNS, () => makeClusterIndex(items));
    const index = makeClusterIndex(items);
    const query = await timeRuns(RUNS, () => index.query([-1.4, 52.3, -1.1, 52.45], 12));

    writeSection(
      'map',
      'Map: 50,000 published priorities, and area pre-download',
      `Real Chromium (headless, 412×915 viewport) against the real store with ${formatNumber(POINTS)} published
points over Rugby, clustered with supercluster. "First render" is from choosing "Priorities in your area" until
the clusters on screen add up to all ${formatNumber(POINTS)}: cold = fetched from the store (25 pages of 2,000),
warm = from the copy on the device. Frame times are requestAnimationFrame intervals over 3 runs of 6 drags and
6 zoom steps. Pre-download saves ward Benn at zooms 13–17 from the local tile server (four requests at a time).

${table(
  ['what', 'median', 'p95 / other'],
  [
    ['first render, cold (fetch + cache + cluster + draw)', `${formatNumber(cold)} ms`, '1 run'],
    [
      'first render, warm (from the device)',
      `${formatNumber(median(warm))} ms`,
      `slowest ${formatNumber(Math.max(...warm))} ms`,
    ],
    [
      'frame time while panning and zooming',
      `${formatNumber(median(frames), 1)} ms`,
      `p95 ${formatNumber(percentile(frames, 95), 1)} ms, p99 ${formatNumber(percentile(frames, 99), 1)} ms, ${formatNumber(slow * 100, 1)}% of ${frames.length} frames over 50 ms`,
    ],
    [
      'tiles pre-downloaded per second',
      `${formatNumber(median(rates))} tiles/s`,
      `${downloads[0]?.tiles} tiles per run, 3 runs`,
    ],
    ['build the cluster index (Node)', `${formatNumber(median(build), 1)} ms`, `${RUNS} runs`],
    ['clusters for one view (Node)', `${formatNumber(median(query), 2)} ms`, `${RUNS} runs`],
  ],
)}`,
    );
    await context.close();
  } finally {
    await browser.close();
    await store.close();
    await tiles.close();
  }
}
