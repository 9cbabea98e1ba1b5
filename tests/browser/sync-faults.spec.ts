// Faults between device and store, with the real app in Chromium and the real store process:
// answers lost after the commit, a network that keeps dropping during a 1,000-item sync, the
// store killed mid-sync, and device clocks that are days out.
import type { Page } from '@playwright/test';
import { API } from '../../src/domain/sync-protocol';
import { saveWardPriority } from './support/capture-steps';
import { expect, test } from './support/fixtures';
import { goTo } from './support/navigation';
import { appDeviceId, seedOutbox, wardPriorities } from './support/seed-outbox';
import type { StoreServer } from './support/store-server';

// The sync engine runs in the page; without the worker every request is the page's own, so
// Playwright can cut it at exactly the moment each test needs.
test.use({ serviceWorkers: 'block' });

/** Start the app again over the seeded outbox: it syncs on start, and its lists show the seeded records. */
const restartApp = (page: Page) => page.reload();

function heldCount(store: StoreServer, ids: readonly string[]): number {
  const held = new Set(store.query<{ id: string }>('select id from priorities').map((r) => r.id));
  return ids.filter((id) => held.has(id)).length;
}

/**
 * Pushes the store answered with a refusal (4xx), with its answer. The faults here are network
 * and process faults, so there must be none: a refusal means the test sent something wrong.
 */
function refusedPushes(page: Page): string[] {
  const refused: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith(API.push) || response.status() < 400 || response.status() >= 500) return;
    refused.push(`${response.status()} ${await response.text().catch(() => '(no body)')}`);
  });
  return refused;
}

/** Wait until the app says everything is sent; stop at once, saying why, if the store refuses a push. */
async function everythingSent(page: Page, refused: readonly string[]): Promise<void> {
  const sent = page.getByText(/everything sent/);
  await expect
    .poll(
      async () => {
        if (refused.length > 0) return `the store refused a push: ${refused[0]}`;
        return (await sent.isVisible()) ? 'everything sent' : 'still sending';
      },
      { timeout: 90_000, intervals: [250] },
    )
    .toBe('everything sent');
}

test('an answer lost after the store committed: the retry is a duplicate, one row each', async ({
  page,
  store,
}) => {
  const refused = refusedPushes(page);
  await page.goto(store.baseUrl);
  const items = wardPriorities(await appDeviceId(page), 3);
  let pushes = 0;
  await page.route(`**${API.push}`, async (route) => {
    pushes++;
    if (pushes === 1) {
      await route.fetch(); // the store stores the batch…
      await route.abort('connectionreset'); // …and the device never hears back
      return;
    }
    await route.continue();
  });
  await seedOutbox(page, items);
  await restartApp(page);
  // The lost answer, then the retry: wait for both before trusting "everything sent", which the
  // badge can also say in the moment before the restarted app has read its outbox.
  await expect.poll(() => pushes, { timeout: 90_000 }).toBeGreaterThanOrEqual(2);
  await everythingSent(page, refused);
  expect(store.query('select id from priorities')).toHaveLength(3);
  await goTo(page, 'my');
  await expect(page.getByRole('listitem').filter({ hasText: 'Sent' })).toHaveCount(3);
});

test('the network flaps during a 1,000-item sync: all arrive exactly once', async ({
  context,
  page,
  store,
}) => {
  test.setTimeout(180_000);
  const refused = refusedPushes(page);
  await page.goto(store.baseUrl);
  const items = wardPriorities(await appDeviceId(page), 1000);
  let pushes = 0;
  let gzipped = 0;
  let flapping = true;
  await page.route(`**${API.push}`, async (route) => {
    pushes++;
    if (route.request().headers()['content-encoding'] === 'gzip') gzipped++;
    if (flapping && pushes % 3 === 1) return route.abort('internetdisconnected'); // lost on the way there
    if (flapping && pushes % 3 === 2) {
      await route.fetch(); // stored, but the answer is lost on the way back
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await seedOutbox(page, items);
  await restartApp(page);
  // Each flap waits until the app itself says it is online and has tried a push, then goes
  // offline and waits until the app says so: the flaps land mid-sync on a fast machine too.
  const connection = page
    .getByRole('banner')
    .getByRole('status')
    .filter({ hasText: /^(Online|Offline)/ });
  for (let flap = 0; flap < 6; flap++) {
    await expect(connection).toHaveText(/^Online/);
    const before = pushes;
    await expect.poll(() => pushes).toBeGreaterThan(before);
    await context.setOffline(true);
    await expect(connection).toHaveText(/^Offline/);
    await context.setOffline(false);
  }
  // The signal settles: the browser's "online" lets the app retry at once instead of backing off.
  flapping = false;
  await context.setOffline(true);
  await context.setOffline(false);
  await everythingSent(page, refused);
  expect(
    heldCount(
      store,
      items.map((p) => p.id),
    ),
  ).toBe(1000);
  expect(store.query('select id from priorities')).toHaveLength(1000);
  expect(gzipped).toBeGreaterThan(0);
  expect(pushes).toBeGreaterThan(5);
});

test('the store is killed with SIGKILL mid-sync and restarted: the device resumes, nothing doubles', async ({
  page,
  store,
}) => {
  test.setTimeout(180_000);
  const refused = refusedPushes(page);
  await page.goto(store.baseUrl);
  const items = wardPriorities(await appDeviceId(page), 1000);
  let killed: Promise<void> | undefined;
  await page.route(`**${API.push}`, async (route) => {
    if (!killed) {
      killed = (async () => {
        await new Promise((r) => setTimeout(r, 40));
        await store.stop('SIGKILL');
        await new Promise((r) => setTimeout(r, 1500));
        await store.restart();
      })();
    }
    await route.continue().catch(() => undefined);
  });
  await seedOutbox(page, items);
  await restartApp(page);
  await expect.poll(() => killed !== undefined).toBe(true);
  await killed;
  await everythingSent(page, refused);
  expect(
    heldCount(
      store,
      items.map((p) => p.id),
    ),
  ).toBe(1000);
  expect(store.query('select id from priorities')).toHaveLength(1000);
});

test('device clocks days out: the store’s time decides order and dates', async ({
  browser,
  context,
  page,
  store,
}) => {
  const DAY = 86_400_000;
  const record = async (p: Page, landmark: string) => {
    await p.goto(store.baseUrl);
    await saveWardPriority(p, { theme: 'Fly-tipping', landmark });
    await goTo(p, 'my');
    await expect(p.getByRole('listitem').filter({ hasText: 'Fly-tipping' })).toContainText('Sent');
  };
  // Device A thinks it is three days ago; device B five days ahead; device C is right.
  await context.clock.install({ time: Date.now() - 3 * DAY });
  const ahead = await browser.newContext({ serviceWorkers: 'block' });
  await ahead.clock.install({ time: Date.now() + 5 * DAY });
  const right = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await record(page, 'Behind');
    await record(await ahead.newPage(), 'Ahead');
    await record(await right.newPage(), 'Right');
    const rows = store.query<{ landmark: string; created_at: string; received_at: string }>(
      'select landmark, created_at, received_at from priorities order by change_tx, change_seq',
    );
    // Arrival order, as the store saw it, whatever the devices' clocks said.
    expect(rows.map((r) => r.landmark)).toEqual(['Behind', 'Ahead', 'Right']);
    const now = Date.now();
    for (const row of rows) {
      const created = Date.parse(row.created_at);
      expect(created, row.landmark).toBeLessThanOrEqual(Date.parse(row.received_at));
      expect(Math.abs(now - created), row.landmark).toBeLessThan(10 * 60_000);
    }
  } finally {
    await ahead.close();
    await right.close();
  }
});
