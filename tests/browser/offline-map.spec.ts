// Offline basemap: tiles viewed online show offline with the tile server gone (and when old,
// are fetched again online, yet drawn when the server cannot be reached); saving an area
// shows its size up front, a progress bar and cancel, respects the cap and the provider's terms;
// with no tiles at all, boundaries and their labels still draw.
import type { Page } from '@playwright/test';
import { countTiles, geometryBbox, zoomList } from '../../src/domain/tiles';
import { test as base, expect, expectAccessible, waitForServiceWorker } from './support/fixtures';
import { goTo } from './support/navigation';
import { startStoreServer } from './support/store-server';
import { areaSavingTiles, startTileServer } from './support/tile-server';

const loadedTiles = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLImageElement>('img.leaflet-tile')].filter(
        (img) => img.complete && img.naturalWidth === 256,
      ).length,
  );
const allTiles = (page: Page) => page.locator('img.leaflet-tile').count();
const savedTileCount = (page: Page) =>
  page.evaluate(async () => (await (await caches.open('np-tiles-saved')).keys()).length);

/**
 * `viewed`: the map viewed online once the service worker controls the page (it keeps tiles as it
 * sees them), from the test's own store and tile server; the number of tiles drawn.
 */
const test = base.extend<{ viewed: number }>({
  viewed: async ({ page, store }, use) => {
    await page.goto(store.baseUrl);
    await waitForServiceWorker(page);
    await page.reload();
    await expect.poll(() => loadedTiles(page)).toBeGreaterThan(3);
    await expect.poll(async () => (await loadedTiles(page)) === (await allTiles(page))).toBe(true);
    await use(await loadedTiles(page));
  },
});

test('map tiles viewed online still show offline once the tile server is gone', async ({
  context,
  page,
  tiles,
  viewed,
}) => {
  await tiles.close();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(/Offline/)).toBeVisible();
  await expect.poll(() => loadedTiles(page)).toBe(viewed);
  await expect(page.locator('.leaflet-overlay-pane path').first()).toBeVisible();
});

/** Makes every viewed tile look `days` old, as the service worker judges a tile's age. */
const ageViewedTiles = (page: Page, days: number) =>
  page.evaluate(async (days) => {
    const cache = await caches.open('np-tiles-viewed');
    for (const key of await cache.keys()) {
      const held = (await cache.match(key))!;
      const headers = new Headers(held.headers);
      headers.set('date', new Date(Date.now() - days * 86_400_000).toUTCString());
      await cache.put(key, new Response(await held.blob(), { status: 200, headers }));
    }
  }, days);
const newestViewedTileDays = (page: Page) =>
  page.evaluate(async () => {
    const cache = await caches.open('np-tiles-viewed');
    const dates = await Promise.all(
      (await cache.keys()).map(async (k) => Date.parse((await cache.match(k))!.headers.get('date')!)),
    );
    return Math.floor((Date.now() - Math.max(...dates)) / 86_400_000);
  });

test('viewed tiles over 30 days old are fetched again online, and still drawn when the tile server cannot be reached', async ({
  context,
  page,
  tiles,
  viewed,
}) => {
  // The page's own image cache would otherwise draw the tiles again without asking the worker.
  const devtools = await context.newCDPSession(page);
  await devtools.send('Network.enable');
  await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
  await ageViewedTiles(page, 40);
  await page.reload();
  await expect.poll(() => newestViewedTileDays(page)).toBe(0);

  // No way to reach the tile server: the old tiles are drawn rather than grey squares.
  await ageViewedTiles(page, 40);
  await tiles.close();
  await page.reload();
  await expect.poll(() => loadedTiles(page)).toBe(viewed);
});

test('saving a ward shows the size first, then progress, and can be cancelled', async ({ page }) => {
  const tiles = await startTileServer({ delayMs: 40 });
  const store = await startStoreServer(areaSavingTiles(tiles, 600));
  try {
    const wards = (await (await fetch(`${store.baseUrl}/api/v1/csps/E22000321/boundaries`)).json()) as {
      features: { properties: { name: string }; geometry: Parameters<typeof geometryBbox>[0] }[];
    };
    const benn = wards.features.find((f) => f.properties.name === 'Benn');
    if (!benn) throw new Error('no Benn ward');
    const box = geometryBbox(benn.geometry);

    await page.goto(store.baseUrl);
    await goTo(page, 'offline-map');
    await page.getByLabel('Ward to save').selectOption({ label: 'Benn' });
    await page.getByLabel('From zoom level').selectOption('13');
    await page.getByLabel('To zoom level (more detail)').selectOption('19');
    await expect(page.getByText(/more than the limit of 600 tiles/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save this area for offline use' })).toBeDisabled();

    await page.getByLabel('To zoom level (more detail)').selectOption('17');
    const expected = countTiles(box, zoomList(13, 17));
    expect(expected).toBeLessThanOrEqual(600);
    await expect(page.getByText(`${expected} tiles, about`)).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Save this area for offline use' }).click();
    const bar = page.getByLabel('Saving map tiles');
    await expect(bar).toBeVisible();
    await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(10);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Cancel saving' }).click();
    const cancelled = page.getByText(new RegExp(`Cancelled\\. (\\d+) of ${expected} tiles for Benn`));
    await expect(cancelled).toBeVisible();
    const kept = Number((await cancelled.textContent())?.match(/Cancelled\. (\d+)/)?.[1]);
    expect(kept).toBeGreaterThan(10);
    expect(kept).toBeLessThan(expected);
    expect(await savedTileCount(page)).toBe(kept);
    const requestsAtCancel = tiles.requests();
    // The screen's own count of what is saved catches up with the cancel: by then at most the
    // requests already in flight went out, and nothing fetched after the cancel was kept.
    await expect(page.getByText(/map tiles saved for offline use/)).toContainText(
      `On this device: ${kept} map tiles saved`,
    );
    expect(tiles.requests() - requestsAtCancel).toBeLessThanOrEqual(4);
    expect(await savedTileCount(page)).toBe(kept);

    // Saving again fetches only what is missing and finishes.
    await page.getByLabel('To zoom level (more detail)').selectOption('15');
    const small = countTiles(box, zoomList(13, 15));
    await page.getByRole('button', { name: 'Save this area for offline use' }).click();
    await expect(page.getByText(`Benn is saved for offline use (${small} tiles).`)).toBeVisible();
    expect(await savedTileCount(page)).toBeGreaterThanOrEqual(small);
    await expect(page.getByText(/map tiles saved for offline use/)).toContainText(
      String(await savedTileCount(page)),
    );

    await page.getByRole('button', { name: 'Remove saved map areas' }).click();
    await expect(page.getByText('Saved map areas removed from this device.')).toBeVisible();
    expect(await savedTileCount(page)).toBe(0);
  } finally {
    await store.close();
    await tiles.close();
  }
});

test('OpenStreetMap-style providers: no area saving, and the reason is given', async ({ page }) => {
  const store = await startStoreServer({ TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' });
  try {
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
    await page.goto(store.baseUrl);
    await goTo(page, 'offline-map');
    await expect(page.getByText(/terms do not allow saving whole areas/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save this area for offline use' })).toHaveCount(0);
    await expectAccessible(page);
  } finally {
    await store.close();
  }
});

test('with no basemap at all, ward boundaries and their names still show', async ({ page }) => {
  const store = await startStoreServer({ TILE_URL: '' });
  try {
    await page.goto(store.baseUrl);
    await expect(page.locator('.leaflet-overlay-pane path').first()).toBeVisible();
    expect(await allTiles(page)).toBe(0);
    // Names show from zoom 11, where they fit between the boundaries: a phone's first view of the
    // whole partnership is wider than that, so zoom in until one shows.
    await expect(async () => {
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await expect(
        page.locator('.ward-label:not(.ward-label-hidden)').filter({ hasText: /\w/ }).first(),
      ).toBeVisible({
        timeout: 1000,
      });
    }).toPass();
    await expectAccessible(page);
  } finally {
    await store.close();
  }
});
