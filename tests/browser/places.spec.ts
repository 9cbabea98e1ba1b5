// Saying where: a drawn area synced as a Polygon (by pointer and by keyboard), "use my location"
// with its accuracy circle, and clear messages when permission is refused or the fix is poor.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';

async function mapBox(page: Page) {
  const map = page.getByRole('application', { name: /Map of the area/ });
  await expect(page.locator('.leaflet-overlay-pane path:not([d="M0 0"])').first()).toBeVisible();
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  if (!box) throw new Error('map not laid out');
  return box;
}

async function fillAndSave(page: Page, theme: string) {
  await page.getByLabel('What should be prioritised?').selectOption({ label: theme });
  await page.getByLabel('I live here').check();
  await page.getByRole('button', { name: 'Save priority' }).click();
  await expect(page.getByText(/Saved on this device/)).toBeVisible();
}

test('an area drawn by tapping its corners is saved and synced as a Polygon', async ({ page, store }) => {
  await page.goto(store.baseUrl);
  await mapBox(page);
  // From the whole partnership down to a few streets.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Draw an area instead' }).click();
  await expect(page.getByRole('heading', { name: 'Drawing an area' })).toBeVisible();
  await expectAccessible(page);
  // Measured at each tap: a press of a button below the map may have scrolled the page.
  const at = async (dx: number, dy: number) => {
    const box = await mapBox(page);
    await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
  };
  await at(-40, -30);
  await at(40, -30);
  // Too few corners: the person is told why.
  await page.getByRole('button', { name: 'Finish the area' }).click();
  await expect(page.getByRole('alert')).toHaveText('An area needs at least 3 corners.');
  await at(40, 30);
  await at(-40, 30);
  await expect(page.getByText('4 corners so far.')).toBeVisible();
  await expect(page.locator('.np-corner')).toHaveCount(4);
  // Tapping while drawing adds corners; it does not drop a pin.
  await expect(page.getByText(/^Pin placed/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Finish the area' }).click();
  await expect(page.getByText('Area drawn with 4 corners.')).toBeVisible();
  await expect(page.locator('path.np-drawn-area')).toBeVisible();

  await fillAndSave(page, 'Litter and dog fouling');
  await goTo(page, 'my');
  const item = page.getByRole('listitem').filter({ hasText: 'Litter and dog fouling' });
  await expect(item).toContainText('Sent');
  const [row] = store.query<{ place_kind: string; geometry: string }>(
    'select place_kind, geometry from priorities',
  );
  expect(row?.place_kind).toBe('area');
  const geometry = JSON.parse(row?.geometry ?? '{}') as { type: string; coordinates: number[][][] };
  expect(geometry.type).toBe('Polygon');
  expect(geometry.coordinates[0]).toHaveLength(5);
  expect(geometry.coordinates[0]?.[0]).toEqual(geometry.coordinates[0]?.[4]);
});

test('an area can be drawn with the keyboard alone, by moving the map under the centre cross', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await mapBox(page);
  await page.getByRole('button', { name: 'Draw an area instead' }).click();
  const addCorner = page.getByRole('button', { name: 'Add a corner at the centre of the map' });
  const map = page.getByRole('application', { name: /Map of the area/ });
  await map.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  // Keyboard panning glides: a corner added before the map has moved on lands where the last
  // one did and is dropped as a repeat, so each corner is pressed until it counts.
  let corners = 0;
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', undefined]) {
    corners += 1;
    const counted = page.getByText(`${corners} corner${corners === 1 ? '' : 's'} so far.`);
    await expect(async () => {
      if (await counted.isVisible()) return;
      await addCorner.press('Enter');
      await expect(counted).toBeVisible({ timeout: 1000 });
    }).toPass();
    if (!key) break;
    await map.focus();
    await page.keyboard.press(key);
    await page.keyboard.press(key);
  }
  await page.getByRole('button', { name: 'Undo the last corner' }).press('Enter');
  await expect(page.getByText('3 corners so far.')).toBeVisible();
  await page.getByRole('button', { name: 'Finish the area' }).press('Enter');
  await expect(page.getByText('Area drawn with 3 corners.')).toBeVisible();
  await fillAndSave(page, 'Graffiti');
  await expect
    .poll(() => store.query<{ geometry: string }>('select geometry from priorities').length, {
      timeout: 30_000,
    })
    .toBe(1);
  const [row] = store.query<{ geometry: string }>('select geometry from priorities');
  expect(JSON.parse(row!.geometry).coordinates[0]).toHaveLength(4);
});

test('"use my location" places the pin with an accuracy circle, and says when the fix is poor', async ({
  context,
  page,
  store,
}) => {
  await context.grantPermissions(['geolocation'], { origin: store.baseUrl });
  await context.setGeolocation({ latitude: 52.3709, longitude: -1.2606, accuracy: 18 });
  await page.goto(store.baseUrl);
  await mapBox(page);
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.getByText('Location found (to within 18 m).')).toBeVisible();
  await expect(page.getByText('Pin placed in Eastlands ward.')).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon.np-pin')).toBeVisible();
  await expect(page.locator('path.np-accuracy')).toBeVisible();
  await expectAccessible(page);

  await context.setGeolocation({ latitude: 52.371, longitude: -1.261, accuracy: 1500 });
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(
    page.getByText('Location found, but only to within 1500 m. Drag the pin to the right place if you can.'),
  ).toBeVisible();
  await fillAndSave(page, 'Speeding');
  await expect
    .poll(() => store.query<{ accuracy_m: number }>('select accuracy_m from priorities'), { timeout: 30_000 })
    .toEqual([{ accuracy_m: 1500 }]);
});

test('"use my location" explains a refused permission and offers the other ways', async ({
  context,
  page,
  store,
}) => {
  await context.clearPermissions();
  await page.goto(store.baseUrl);
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(
    page.getByText(/Location permission was refused\. Tap the map or choose a ward instead/),
  ).toBeVisible();
  await expect(page.getByText(/^Pin placed/)).toHaveCount(0);
});

test('a dropped pin can be dragged to adjust it, into the next ward', async ({ page, store }) => {
  await page.goto(store.baseUrl);
  const box = await mapBox(page);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const status = page.getByText(/^Pin placed in .+ ward\.$/);
  const first = await status.textContent();
  const pin = page.locator('.leaflet-marker-icon.np-pin');
  const pinBox = await pin.boundingBox();
  if (!pinBox) throw new Error('no pin');
  await page.mouse.move(pinBox.x + pinBox.width / 2, pinBox.y + pinBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(pinBox.x + 60, pinBox.y + 40, { steps: 8 });
  await page.mouse.up();
  // Said in words: the ward the pin now stands in.
  await expect(status).not.toHaveText(first ?? '');
});
