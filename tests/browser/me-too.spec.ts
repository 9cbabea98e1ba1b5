// "Me too": published priorities kept on the device, backed offline from the list and from the
// capture screen's nearby offers, and counted exactly once when two tabs come back online.
import { expect, expectAccessible, test, waitForServiceWorker } from './support/fixtures';
import { goTo } from './support/navigation';
import { publishedPriority, pushToStore, seedPublished, supportRows } from './support/public-data';

test('"me too" given offline in one tab is synced once, with two tabs open', async ({
  context,
  page,
  store,
}) => {
  const backed = publishedPriority({ description: 'Cars race along Clifton Road every night' });
  const other = publishedPriority({
    themeKey: 'local.parking',
    description: 'Parking on the pavement by the school',
  });
  const hidden = publishedPriority({ description: 'Not yet moderated' });
  await seedPublished(store, [backed, other]);
  await pushToStore(store, [hidden]);

  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await goTo(page, 'area-list');
  await expect(page.getByText(/^2 published priorities · updated/)).toBeVisible();
  const list = page.getByRole('list', { name: 'Published priorities' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).not.toContainText('Not yet moderated');
  await expectAccessible(page);

  await context.setOffline(true);
  const second = await context.newPage();
  await second.goto(store.baseUrl);
  await goTo(second, 'area-list');
  // The published set came from the device's copy: no network.
  await expect(second.getByText(/^2 published priorities · updated/)).toBeVisible();

  await page.reload();
  await goTo(page, 'area-list');
  const item = page.getByRole('listitem').filter({ hasText: backed.description });
  await item.getByRole('button', { name: 'Me too' }).click();
  await expect(item).toContainText('You back this · waiting to send');
  // One per device: the other tab sees it at once and offers no second "me too".
  const sameInSecond = second.getByRole('listitem').filter({ hasText: backed.description });
  await expect(sameInSecond).toContainText('You back this · waiting to send');
  await expect(sameInSecond.getByRole('button', { name: 'Me too' })).toHaveCount(0);
  await expectAccessible(page);
  expect(supportRows(store)).toEqual([]);

  await context.setOffline(false);
  await expect(item).toContainText('You back this · counted', { timeout: 30_000 });
  await expect(sameInSecond).toContainText('You back this · counted', { timeout: 30_000 });
  // Both tabs' sync engines ran: once each tab says everything is sent, no late round is left.
  await second.reload();
  for (const tab of [page, second]) {
    await expect(
      tab
        .getByRole('banner')
        .getByRole('status')
        .filter({ hasText: /^Online/ }),
    ).toContainText('everything sent');
  }
  const rows = supportRows(store);
  expect(rows).toHaveLength(1);
  expect(rows[0]?.priority_id).toBe(backed.id);
});

test('a new pin near a published priority of the same theme offers "me too" instead of a duplicate', async ({
  context,
  page,
  store,
}) => {
  const nearby = publishedPriority({
    themeKey: 'local.fly-tipping',
    description: 'Mattresses dumped behind the shops',
    place: { kind: 'point', geometry: { type: 'Point', coordinates: [-1.2606, 52.3709] } },
  });
  await seedPublished(store, [nearby]);
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await goTo(page, 'area');
  await expect(page.getByText(/^1 published priority · updated/)).toBeVisible();
  await goTo(page, 'add');

  await context.setOffline(true);
  await page.evaluate(() => window.dispatchEvent(new Event('offline')));
  // Place the pin through the map's non-map twin: "use my location" at a granted position.
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 52.3712, longitude: -1.2601, accuracy: 10 });
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.getByText(/Location found/)).toBeVisible();
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Speeding' });
  await expect(page.getByRole('heading', { name: 'Already raised nearby' })).toHaveCount(0);
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Fly-tipping' });
  const offers = page.getByRole('region', { name: 'Already raised nearby' });
  await expect(offers).toContainText('Mattresses dumped behind the shops');
  await expectAccessible(page);
  await offers.getByRole('button', { name: 'Me too' }).click();
  await expect(offers).toContainText('You back this · waiting to send');

  await context.setOffline(false);
  await expect(offers).toContainText('You back this · counted', { timeout: 30_000 });
  expect(supportRows(store)).toEqual([expect.objectContaining({ priority_id: nearby.id })]);
});
