// 50,000 published priorities on the map: clusters whose counts add up exactly, a cluster that
// zooms in when chosen, a single priority that opens with "me too", and support counts in words.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';
import { publishedPriority, seedManyPublished, seedPublished, seedSupports } from './support/public-data';

const clusterTotal = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.np-cluster, .np-priority')].reduce(
      (sum, el) => sum + (el.classList.contains('np-cluster') ? Number(el.title.match(/^(\d+)/)?.[1]) : 1),
      0,
    ),
  );

/** The map's zoom, read from the basemap tiles it shows (z/x/y URLs from the test tile server). */
const tileZoom = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll<HTMLImageElement>('img.leaflet-tile')].map((img) =>
        Number(new URL(img.src).pathname.split('/')[1]),
      ),
    ),
  );

test('50,000 priorities cluster with exact counts, and a cluster zooms in when chosen', async ({
  page,
  store,
}) => {
  test.setTimeout(180_000);
  seedManyPublished(store, 50_000);
  await page.goto(store.baseUrl);
  await goTo(page, 'area');
  await expect(page.getByText(/^50000 published priorities · updated/)).toBeVisible({ timeout: 60_000 });
  // Every point is inside the first view, so the clusters on screen must add up to all of them.
  await expect.poll(() => clusterTotal(page), { timeout: 30_000 }).toBe(50_000);

  const zoomBefore = await tileZoom(page);
  const biggest = page.locator('.np-cluster').first();
  await biggest.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => tileZoom(page)).toBeGreaterThan(zoomBefore);
  // The same priorities without the map.
  await page
    .getByRole('navigation', { name: 'Show priorities as' })
    .getByRole('link', { name: 'List' })
    .click();
  await expect(page.getByText('Showing 20 of 50000')).toBeVisible();
});

test('a single published priority opens from the map with its support count and "me too"', async ({
  page,
  store,
}) => {
  const alone = publishedPriority({
    description: 'Broken street lights on Lawford Road',
    themeKey: 'local.street-lighting',
  });
  await seedPublished(store, [alone]);
  await page.goto(store.baseUrl);
  await goTo(page, 'area');
  const marker = page.getByRole('button', { name: 'Street lighting' });
  await expect(marker).toBeVisible();
  await marker.click();
  const chosen = page.getByRole('region', { name: 'Chosen on the map' });
  await expect(chosen).toContainText('Broken street lights on Lawford Road');
  await expect(chosen).toContainText('No one has backed this yet');
  await expect(chosen.getByRole('button', { name: 'Me too' })).toBeVisible();
  await expectAccessible(page);
});

test('support counts say none as none, hide 1 to 4, and give 5 and over', async ({ page, store }) => {
  const none = publishedPriority({ description: 'Nobody has backed this one' });
  const few = publishedPriority({ description: 'Three people backed this one' });
  const many = publishedPriority({ description: 'Seven people backed this one' });
  await seedPublished(store, [none, few, many]);
  seedSupports(store, few.id, 3);
  seedSupports(store, many.id, 7);
  await page.goto(store.baseUrl);
  await goTo(page, 'area-list');
  const card = (text: string) => page.getByRole('listitem').filter({ hasText: text });
  await expect(card(none.description)).toContainText('No one has backed this yet');
  await expect(card(few.description)).toContainText('Backed by fewer than 5 people so far');
  await expect(card(few.description)).not.toContainText(/Backed by \d/);
  await expect(card(many.description)).toContainText('Backed by 7 people');
  await expectAccessible(page);
});
