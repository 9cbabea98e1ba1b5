// Playwright fixtures: a fresh store and tile server per test, and axe-core checks.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { type StoreServer, startStoreServer } from './store-server';
import { startTileServer, type TileServer } from './tile-server';

export const test = base.extend<{ tiles: TileServer; store: StoreServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take a destructured first argument.
  tiles: async ({}, use) => {
    const tiles = await startTileServer();
    await use(tiles);
    await tiles.close();
  },
  store: async ({ tiles }, use) => {
    const store = await startStoreServer({ TILE_URL: tiles.urlTemplate, TILE_ATTRIBUTION: 'Test tiles' });
    await use(store);
    await store.close();
  },
});

export { expect };

/** WCAG 2.2 AA checks on what the page shows now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

/**
 * Wait until the production service worker controls the page, so offline reloads are served by it.
 * The predicate is synchronous on purpose: waitForFunction treats a returned Promise as truthy
 * and stops at once, so an async predicate would never wait.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    polling: 100,
    timeout: 30_000,
  });
}

/**
 * Wait until the area's wards are on the device: the no-pin list offers the demo's Benn ward.
 * Wards come with the area's boundaries after the first start, so offline steps need them first.
 */
export async function waitForWardList(page: Page): Promise<void> {
  await expect(
    page.getByLabel('Or choose a ward instead of a pin').locator('option', { hasText: 'Benn' }),
  ).toHaveCount(1);
}
