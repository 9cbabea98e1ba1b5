// Background Sync: priorities saved offline are sent by the service worker when the browser
// fires `sync`, with no page of the app open to send them, and each reaches the store once.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { BACKGROUND_SYNC_TAG } from '../../src/client/sync/background-sync';
import { saveWardPriority } from './support/capture-steps';
import { expect, test, waitForServiceWorker, waitForWardList } from './support/fixtures';
import { goTo } from './support/navigation';

const TAG = BACKGROUND_SYNC_TAG;

async function saveForWard(page: Page, ward: string, description: string): Promise<void> {
  await saveWardPriority(page, { ward, theme: 'Fly-tipping', description });
  await expect(
    page.getByText('Saved on this device. It will be sent when you are back online.'),
  ).toBeVisible();
}

/** The tags the page has asked the service worker to sync. */
const syncTags = (page: Page) =>
  page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
      sync?: { getTags(): Promise<string[]> };
    };
    return registration.sync ? registration.sync.getTags() : [];
  });

async function workerRegistration(cdp: CDPSession, origin: string): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const mine = registrations.find((r) => r.scopeURL.startsWith(origin) && !r.isDeleted);
      if (mine) resolve(mine.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return found;
}

/**
 * Opens the app until its worker runs and the wards are on the device, then goes offline.
 * Returns a way to fire the worker's `sync` event as Chromium does when connectivity returns.
 */
async function openAppOffline(context: BrowserContext, page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await waitForServiceWorker(page);
  await waitForWardList(page);
  const cdp = await context.newCDPSession(page);
  const registrationId = await workerRegistration(cdp, baseUrl);
  await context.setOffline(true);
  const origin = new URL(baseUrl).origin;
  return () =>
    cdp.send('ServiceWorker.dispatchSyncEvent', { origin, registrationId, tag: TAG, lastChance: false });
}

test('the service worker sends what was saved offline with the app closed, each item once', async ({
  context,
  page,
  store,
}) => {
  const fireSync = await openAppOffline(context, page, store.baseUrl);
  const stamp = Date.now();
  const descriptions = [`Sofa dumped by the garages ${stamp}`, `Mattresses in the lane ${stamp}`];
  for (const d of descriptions) await saveForWard(page, 'Benn', d);
  // Saved while offline: the page asked for a background sync.
  await expect.poll(() => syncTags(page)).toContain(TAG);

  // Close the app: this page leaves it and no other page has it open.
  await page.goto('about:blank');
  expect(context.pages().map((p) => p.url())).toEqual(['about:blank']);
  expect(store.query('select id from priorities')).toHaveLength(0);
  // The network returns. Chromium fires `sync` by itself when it sees that; firing it through
  // DevTools as well makes the test independent of when it does (a second round finds nothing).
  await context.setOffline(false);
  await fireSync();

  await expect
    .poll(() => store.query<{ description: string }>('select description from priorities').length, {
      timeout: 30_000,
    })
    .toBe(2);
  const held = store.query<{ description: string; n: number }>(
    'select description, count(*) as n from priorities group by description order by description',
  );
  expect(held).toEqual([...descriptions].sort().map((description) => ({ description, n: 1 })));

  // The worker kept the device's own record straight: opened again, the app has nothing to send.
  await page.goto(store.baseUrl);
  await expect(page.getByText(/everything sent/)).toBeVisible();
  await goTo(page, 'my');
  for (const d of descriptions) {
    await expect(page.getByRole('listitem').filter({ hasText: d })).toContainText('Sent');
  }
  expect(store.query('select id from priorities')).toHaveLength(2);
});

test('the page and the worker syncing at once send each item once and agree on what is sent', async ({
  context,
  page,
  store,
}) => {
  const fireSync = await openAppOffline(context, page, store.baseUrl);
  const descriptions = Array.from({ length: 3 }, (_, i) => `Bags of rubbish by bin ${i} ${Date.now()}`);
  for (const d of descriptions) await saveForWard(page, 'Benn', d);
  await expect.poll(() => syncTags(page)).toContain(TAG);

  // Back online: the page's engine (on `online`) and the worker's sync start together.
  await context.setOffline(false);
  await fireSync();
  await expect(page.getByText(/everything sent/)).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(() => store.query<{ n: number }>('select count(*) as n from priorities')[0]?.n, { timeout: 30_000 })
    .toBe(3);
  const ids = store.query<{ id: string }>('select id from priorities');
  expect(new Set(ids.map((r) => r.id)).size).toBe(3);
  await goTo(page, 'my');
  for (const d of descriptions) {
    await expect(page.getByRole('listitem').filter({ hasText: d })).toContainText('Sent');
  }
});
