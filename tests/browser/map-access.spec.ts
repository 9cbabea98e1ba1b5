// A map that works without dragging and without sight, on a phone: move buttons beside zoom,
// Enter (or a button) places the pin at the centre cross and the place is said by its ward,
// never its coordinates; every dot and cluster is a named Tab stop that Enter chooses as a tap
// does; ward labels never cover each other or the dots; and a note says when the street map
// could not load.
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';
import { publishedPriority, seedPublished } from './support/public-data';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const DIRECTIONS = ['north', 'south', 'east', 'west'] as const;
const captureMap = (page: Page) => page.getByRole('application', { name: /^Map of the area/ });
const publicMap = (page: Page) => page.getByRole('application', { name: /^Map of published priorities/ });
const pinStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^Pin placed/ });
const streetMapNote = (page: Page) => page.locator('.leaflet-container').getByRole('status');

async function bordersDrawn(page: Page) {
  await expect(page.locator('.leaflet-overlay-pane path:not([d="M0 0"])').first()).toBeVisible();
}

async function zoomIn(page: Page, times: number) {
  for (let i = 0; i < times; i++) await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
}

/** Presses Tab until `target` has focus (a bounded number of times). */
async function tabTo(page: Page, target: Locator, most = 12) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** What a sighted keyboard user sees on focus: a solid ring at least 3 px wide. */
async function expectFocusRing(target: Locator) {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth) };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(3);
}

test('the capture map moves by its buttons, and Enter at the centre cross places the pin, said by ward', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await bordersDrawn(page);
  const map = captureMap(page);

  // Four move buttons, each a thumb-sized real button beside the zoom buttons.
  for (const d of DIRECTIONS) {
    const button = map.getByRole('button', { name: `Move the map ${d}`, exact: true });
    const box = await button.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
  }

  await zoomIn(page, 2);
  // Enter on the map itself: the pin goes under the cross, and the place is said in words.
  await map.focus();
  await page.keyboard.press('Enter');
  await expect(pinStatus(page)).toHaveText('Pin placed in Wolston and the Lawfords ward.');
  const mapBox = await map.boundingBox();
  const pinBox = await page.locator('.leaflet-marker-icon.np-pin').boundingBox();
  if (!mapBox || !pinBox) throw new Error('map or pin not laid out');
  // The pin's point (the bottom of its icon) is the centre of the map, where the cross is.
  expect(Math.abs(pinBox.x + pinBox.width / 2 - (mapBox.x + mapBox.width / 2))).toBeLessThan(3);
  expect(Math.abs(pinBox.y + pinBox.height - (mapBox.y + mapBox.height / 2))).toBeLessThan(3);

  // Move east by keyboard on the button, then place the pin again with the visible button:
  // it lands in another ward (which one depends on how wide the phone's map is), named in words,
  // and nothing said has coordinates in it.
  const east = map.getByRole('button', { name: 'Move the map east' });
  await east.focus();
  await page.keyboard.press('Space');
  await expectFocusRing(east);
  const placeAtCross = page.getByRole('button', { name: 'Place the pin at the centre cross' });
  await expect(async () => {
    await placeAtCross.click();
    await expect(pinStatus(page)).toHaveText(/^Pin placed in (?!Wolston and the Lawfords).+ ward\.$/, {
      timeout: 1000,
    });
  }).toPass();
  await expect(page.getByText(/\d+\.\d{3,}/)).toHaveCount(0);

  // And back west with the keyboard's Space on the map: Space places the pin like Enter.
  await map.getByRole('button', { name: 'Move the map west' }).press('Enter');
  await expect(async () => {
    await map.focus();
    await page.keyboard.press(' ');
    await expect(pinStatus(page)).toHaveText('Pin placed in Wolston and the Lawfords ward.', {
      timeout: 1000,
    });
  }).toPass();
  await expectAccessible(page);
});

test('while an area is drawn, Enter on the map adds a corner at the cross, and no pin', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await bordersDrawn(page);
  await zoomIn(page, 3);
  await page.getByRole('button', { name: 'Draw an area instead' }).click();
  // The pin button steps aside: the cross adds corners meanwhile.
  await expect(page.getByRole('button', { name: 'Place the pin at the centre cross' })).toHaveCount(0);
  const map = captureMap(page);
  for (const d of ['east', 'south'] as const) {
    await map.focus();
    await page.keyboard.press('Enter');
    await map.getByRole('button', { name: `Move the map ${d}` }).click();
  }
  await expect(async () => {
    await map.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('3 corners so far.')).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.getByRole('button', { name: 'Finish the area' }).click();
  await expect(page.getByText('Area drawn with 3 corners.')).toBeVisible();
  await expect(pinStatus(page)).toHaveCount(0);
});

test('every dot and cluster is a Tab stop named in words, and Enter chooses it as a tap does', async ({
  page,
  store,
}) => {
  const point = (lon: number, lat: number) => ({
    kind: 'point' as const,
    geometry: { type: 'Point' as const, coordinates: [lon, lat] as [number, number] },
  });
  await seedPublished(store, [
    publishedPriority({ themeKey: 'local.street-lighting', description: 'Lights out on Lawford Road' }),
    publishedPriority({ place: point(-1.2706, 52.3731), description: 'Racing on the ring road' }),
    publishedPriority({ place: point(-1.2709, 52.3733), description: 'Racing again' }),
    publishedPriority({ place: point(-1.30601, 52.38431), description: 'Speeding by the school' }),
  ]);
  await page.goto(store.baseUrl);
  await goTo(page, 'area');
  await expect(page.getByText(/^4 published priorities/)).toBeVisible();
  const map = publicMap(page);
  await bordersDrawn(page);

  // From the map, Tab reaches the markers in reading order: the lone dot above, then the group.
  await map.focus();
  await page.keyboard.press('Tab');
  const lone = map.getByRole('button', { name: 'Speeding, Wolston and the Lawfords ward' });
  await expectFocusRing(lone);
  await page.keyboard.press('Tab');
  const group = map.getByRole('button', { name: '3 priorities here: zoom in' });
  await expectFocusRing(group);

  // Enter on the group zooms into it, and focus stays on the map, not lost to the page.
  await page.keyboard.press('Enter');
  await expect(map).toBeFocused();
  const lights = map.getByRole('button', { name: 'Street lighting, Eastlands ward' });
  await tabTo(page, lights);
  await expectFocusRing(lights);
  await page.keyboard.press('Enter');
  const chosen = page.getByRole('region', { name: 'Chosen on the map' });
  await expect(chosen).toContainText('Lights out on Lawford Road');

  // Names say the theme and ward, never where exactly.
  const names = await map
    .locator('.leaflet-marker-icon[role="button"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).not.toMatch(/\d+\.\d+/);
  await expectAccessible(page);
});

test('ward labels never cover each other, the dots or the buttons', async ({ page, store }) => {
  await seedPublished(store, [
    publishedPriority(),
    publishedPriority({
      place: { kind: 'point', geometry: { type: 'Point', coordinates: [-1.2506, 52.3809] } },
    }),
  ]);
  await page.goto(store.baseUrl);
  await goTo(page, 'area');
  await expect(page.getByText(/^2 published priorities/)).toBeVisible();
  await zoomIn(page, 2);
  const labels = page.locator('.ward-label:not(.ward-label-hidden) span');
  await expect(labels.first()).toBeVisible();
  const clashes = await page.evaluate(() => {
    const boxes = (selector: string) =>
      [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect());
    const shown = boxes('.ward-label:not(.ward-label-hidden) span');
    const others = boxes('.np-priority, .np-cluster, .leaflet-control:not(:empty)');
    const clash = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return shown.flatMap((a, i) => [...shown.slice(i + 1), ...others].filter((b) => clash(a, b))).length;
  });
  expect(clashes).toBe(0);
});

test('a note on the map says when the street map cannot load, and goes when tiles load again', async ({
  context,
  page,
  store,
  tiles,
}) => {
  // The tile server unreachable (context routes cover the service worker's requests too).
  const tileUrls = tiles.urlTemplate.replace('{z}/{x}/{y}.png', '**');
  await context.route(tileUrls, (route) => route.abort('internetdisconnected'));
  await page.goto(store.baseUrl);
  await bordersDrawn(page);
  await expect(streetMapNote(page)).toHaveText('Street map unavailable offline here: ward boundaries only.');
  await expectAccessible(page);

  // Back in reach: moving the map asks again, the street map draws and the note goes.
  await context.unroute(tileUrls);
  await captureMap(page).getByRole('button', { name: 'Move the map north' }).click();
  await expect(streetMapNote(page)).toHaveText('');
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLImageElement>('img.leaflet-tile')].filter(
            (img) => img.complete && img.naturalWidth === 256,
          ).length,
      ),
    )
    .toBeGreaterThan(0);
});
