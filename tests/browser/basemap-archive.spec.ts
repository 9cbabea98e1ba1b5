// A CSP that hosts its own basemap as one PMTiles file: the map reads it over the network,
// "Save the whole map" keeps it on the device, and the map then draws with the host gone.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, waitForServiceWorker } from './support/fixtures';
import { goTo } from './support/navigation';
import { makePmtiles } from './support/pmtiles-file';
import { startStoreServer } from './support/store-server';
import { startTileServer } from './support/tile-server';

const drawnTiles = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLImageElement>('img.leaflet-tile')].filter(
        (img) => img.complete && img.naturalWidth === 256,
      ).length,
  );

test('a PMTiles basemap can be saved whole and drawn offline with its host gone', async ({
  context,
  page,
}) => {
  const archive = makePmtiles(16);
  const host = await startTileServer({ pmtiles: archive });
  const store = await startStoreServer({
    TILE_URL: '',
    TILE_PMTILES_URL: host.pmtilesUrl,
    TILE_ATTRIBUTION: 'Test map',
  });
  try {
    await page.goto(store.baseUrl);
    await waitForServiceWorker(page);
    await expect.poll(() => drawnTiles(page)).toBeGreaterThan(3);

    await goTo(page, 'offline-map');
    await expect(page.getByText(`single file of 1 KB`)).toBeVisible();
    await expect(page.getByText(/terms do not allow/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Save the whole map' }).click();
    await expect(page.getByText('The whole map is saved on this device and will be used')).toBeVisible();
    await expect(page.getByText(/The whole map is saved on this device \(1 KB\)/)).toBeVisible();
    await expectAccessible(page);

    await host.close();
    await context.setOffline(true);
    // A reload stays on the screen it was on: back to the capture map to see the tiles drawn.
    await page.reload();
    await goTo(page, 'add');
    await expect.poll(() => drawnTiles(page)).toBeGreaterThan(3);

    await goTo(page, 'offline-map');
    await page.getByRole('button', { name: 'Remove the saved map' }).click();
    await expect(page.getByText('The saved map was removed from this device.')).toBeVisible();
    expect(archive.length).toBeLessThan(2048);
  } finally {
    await store.close();
    await host.close();
  }
});
