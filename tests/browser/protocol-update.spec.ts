// Protocol version negotiation as a person sees it: when the store no longer speaks the app's
// sync protocol, the app says "please update the app", keeps what is waiting, and sends it once
// the app speaks the store's protocol again.
import { saveWardPriority } from './support/capture-steps';
import { expect, test, waitForWardList } from './support/fixtures';
import { goTo } from './support/navigation';

test('a store that no longer speaks the app’s protocol gets "please update the app", and nothing is lost', async ({
  page,
  store,
}) => {
  // What the store answers an app from an older protocol (src/server/routes/sync.ts).
  await page.route('**/api/v1/sync/push', (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        error: 'unsupported_protocol',
        message:
          'This app speaks sync protocol 2 but the consultation store speaks 3: please update the app (reload it while online).',
        supportedProtocols: [3],
      }),
    }),
  );
  await page.goto(store.baseUrl);
  await waitForWardList(page);
  const description = `Broken street light on the corner ${Date.now()}`;
  await saveWardPriority(page, { theme: 'Street lighting', description });

  await expect(page.getByRole('status').filter({ hasText: 'please update the app' })).toBeVisible();
  await goTo(page, 'my');
  await expect(page.getByRole('listitem').filter({ hasText: description })).toContainText('Waiting to send');
  expect(store.query('select id from priorities')).toHaveLength(0);

  // The updated app (here: the store's real answer again) sends it, once.
  await page.unroute('**/api/v1/sync/push');
  await page.reload();
  await goTo(page, 'my');
  await expect(page.getByRole('listitem').filter({ hasText: description })).toContainText('Sent', {
    timeout: 30_000,
  });
  expect(store.query('select id from priorities where description = ?', description)).toHaveLength(1);
});
