// Police neighbourhoods, where the store holds their boundaries: kept on the device for offline
// use, drawn with their names instead of wards at the person's choice, named for the pin and for
// "Which ward am I in?" (the non-map path), and offered by "Save this area for offline use".
import { countTiles, geometryBbox, zoomList } from '../../src/domain/tiles';
import { expect, expectAccessible, test, waitForServiceWorker } from './support/fixtures';
import { goTo } from './support/navigation';
import { importNeighbourhoods } from './support/neighbourhoods';
import { startStoreServer } from './support/store-server';
import { areaSavingTiles, startTileServer } from './support/tile-server';

test('police neighbourhoods are kept offline, drawn with their names, named for a place and saveable', async ({
  context,
  page,
}) => {
  const tiles = await startTileServer();
  const store = await startStoreServer(areaSavingTiles(tiles, 600));
  try {
    const shapes = await importNeighbourhoods(store);
    await page.goto(store.baseUrl);
    await waitForServiceWorker(page);
    const boundaries = page.getByRole('group', { name: 'Boundaries on the map' });
    await expect(boundaries.getByLabel('Wards')).toBeChecked();

    // "Save this area for offline use" offers the neighbourhoods next to the wards.
    await goTo(page, 'offline-map');
    await page
      .getByLabel('Ward or police neighbourhood to save')
      .selectOption({ label: 'Rugby Town Centre' });
    await page.getByLabel('From zoom level').selectOption('13');
    await page.getByLabel('To zoom level (more detail)').selectOption('14');
    const expected = countTiles(geometryBbox(shapes['Rugby Town Centre']), zoomList(13, 14));
    await expect(page.getByText(`${expected} tiles, about`)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save this area for offline use' }).click();
    await expect(
      page.getByText(`Rugby Town Centre is saved for offline use (${expected} tiles).`),
    ).toBeVisible();

    // Offline, after a reload: the neighbourhoods come from the device's copy.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText(/Offline/)).toBeVisible();
    // A reload stays on the screen it was on: back to the capture map.
    await goTo(page, 'add');
    await expect.poll(() => page.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(10);
    const wardPaths = await page.locator('.leaflet-overlay-pane path').count();
    await boundaries.getByLabel('Police neighbourhoods').check();
    await expect(page.locator('.leaflet-overlay-pane path')).toHaveCount(2);
    await expect(page.locator('.neighbourhood-label')).toHaveText(['Rugby Town Centre', 'Rugby East']);
    await expect(page.locator('.ward-label:not(.neighbourhood-label)')).toHaveCount(0);
    await expect(page.locator('.leaflet-control-attribution')).toContainText('data.police.uk');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.locator('.neighbourhood-label').filter({ hasText: 'Rugby East' })).toBeVisible();
    await expectAccessible(page);

    // The non-map path: the neighbourhood named in words, offline.
    await context.grantPermissions(['geolocation'], { origin: store.baseUrl });
    await context.setGeolocation({ latitude: 52.3709, longitude: -1.2606, accuracy: 20 });
    await page.getByRole('button', { name: 'Which ward am I in?' }).click();
    await expect(
      page.getByText('You are in Eastlands ward, in the Rugby East police neighbourhood.'),
    ).toBeVisible();

    await boundaries.getByLabel('Wards').check();
    await expect(page.locator('.leaflet-overlay-pane path')).toHaveCount(wardPaths);
  } finally {
    await store.close();
    await tiles.close();
  }
});

test('where no neighbourhood boundaries are held, the map shows wards and offers no switch', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await expect(page.locator('.leaflet-overlay-pane path').first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Boundaries on the map' })).toHaveCount(0);
  await goTo(page, 'offline-map');
  await expect(page.getByText('Ward or police neighbourhood to save')).toHaveCount(0);
});
