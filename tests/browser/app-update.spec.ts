// A new app version is offered, not forced: "Reload to update" swaps the service worker, and
// the open draft and the outbox survive the reload.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectAccessible, test, waitForServiceWorker, waitForWardList } from './support/fixtures';
import { goTo } from './support/navigation';
import { startStoreServer } from './support/store-server';

test('an app update while a draft is open keeps the draft and the unsent priorities', async ({
  context,
  page,
}) => {
  // A copy of the build this store serves, so the test can publish a "new version" of it.
  const dist = mkdtempSync(join(tmpdir(), 'np-dist-'));
  cpSync('dist', dist, { recursive: true });
  const store = await startStoreServer({ STATIC_DIR: dist, TILE_URL: '' });
  try {
    await page.goto(store.baseUrl);
    await waitForServiceWorker(page);
    await waitForWardList(page);

    // One priority waiting to send (the device is offline), and a draft half written.
    await context.setOffline(true);
    await page.getByLabel('Or choose a ward instead of a pin').selectOption({ label: 'Benn' });
    await page.getByLabel('What should be prioritised?').selectOption({ label: 'Noise' });
    await page.getByLabel('I live here').check();
    await page.getByRole('button', { name: 'Save priority' }).click();
    await expect(page.getByText('1 waiting to send', { exact: false })).toBeVisible();
    await page.getByLabel('What should be prioritised?').selectOption({ label: 'Street lighting' });
    await page.getByLabel('Describe it briefly (optional)').fill('Half the lamps on the cut-through are out');

    // Publish a new version: the worker script changes by a byte, as every release's does.
    appendFileSync(join(dist, 'sw.js'), `\n// release ${Date.now()}\n`);
    await context.setOffline(false);
    await context.route('**/api/v1/sync/**', (route) => route.abort());
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('A new version of the app is ready.', { exact: false })).toBeVisible();
    await expectAccessible(page);

    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Reload to update' }).click(),
    ]);
    await expect(page.getByLabel('Describe it briefly (optional)')).toHaveValue(
      'Half the lamps on the cut-through are out',
    );
    await expect(page.getByLabel('What should be prioritised?')).toHaveValue('local.street-lighting');
    await expect(page.getByText('A new version of the app is ready.', { exact: false })).toHaveCount(0);
    // The worker that was waiting is now the active one.
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
    ).toBeNull();
    await goTo(page, 'my');
    await expect(page.getByRole('listitem').filter({ hasText: 'Noise' })).toBeVisible();

    // The outbox went through the update intact: it is sent, once.
    await context.unroute('**/api/v1/sync/**');
    await goTo(page, 'add');
    await goTo(page, 'my');
    await expect(page.getByRole('listitem').filter({ hasText: 'Noise' })).toContainText('Sent', {
      timeout: 30_000,
    });
    expect(store.query('select theme_key from priorities')).toEqual([{ theme_key: 'local.noise' }]);
  } finally {
    await store.close();
    rmSync(dist, { recursive: true, force: true });
  }
});
