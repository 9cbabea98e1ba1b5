// The walking skeleton end to end: capture offline, survive a closed tab, sync exactly once.
import { saveWardPriority } from './support/capture-steps';
import { expect, expectAccessible, test, waitForServiceWorker, waitForWardList } from './support/fixtures';
import { goTo } from './support/navigation';

test('a priority saved offline survives a closed tab and reaches the store exactly once', async ({
  context,
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await expect(page.getByRole('heading', { name: 'Neighbourhood priorities' })).toBeVisible();
  await waitForServiceWorker(page);
  // The area's wards have reached the device once it lists them for the no-pin path.
  await waitForWardList(page);
  await expectAccessible(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(/Offline/)).toBeVisible();
  await expect(page.locator('.leaflet-overlay-pane path').first()).toBeVisible();

  const map = page.getByRole('application', { name: /Map of the area/ });
  const box = await map.boundingBox();
  if (!box) throw new Error('map not laid out');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByText(/^Pin placed/)).toBeVisible();

  const description = `Cars race past the school gates ${Date.now()}`;
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Speeding' });
  await page.getByLabel('Describe it briefly (optional)').fill(description);
  await page.getByLabel('Evening').check();
  await page.getByLabel('I live here').check();
  await page.getByRole('button', { name: 'Save priority' }).click();
  await expect(
    page.getByText('Saved on this device. It will be sent when you are back online.'),
  ).toBeVisible();

  await page.close();
  const second = await context.newPage();
  await second.goto(store.baseUrl);
  await goTo(second, 'my');
  const item = second.getByRole('listitem').filter({ hasText: description });
  await expect(item).toContainText('Waiting to send');
  await expect(second.getByText(/1 waiting to send/)).toBeVisible();
  await expectAccessible(second);
  expect(store.query('select id from priorities')).toHaveLength(0);

  await context.setOffline(false);
  await expect(item).toContainText('Sent', { timeout: 30_000 });
  await expect(item).toContainText(/ ward/);
  const rows = store.query<{ theme_key: string; ward_code: string | null; channel: string }>(
    'select theme_key, ward_code, channel from priorities where description = ?',
    description,
  );
  expect(rows).toEqual([
    { theme_key: 'local.speeding', ward_code: expect.stringMatching(/^E05/), channel: 'online' },
  ]);
  expect(store.query('select id from priorities')).toHaveLength(1);
});

test('a form with missing answers says what is missing and saves nothing', async ({ page, store }) => {
  await page.goto(store.baseUrl);
  await page.getByRole('button', { name: 'Save priority' }).click();
  // Listed under "There is a problem", in the same words as beside each field.
  const problems = page.locator('.error-summary');
  await expect(
    problems.getByRole('link', {
      name: 'Say where: tap the map, use your location, draw an area, or choose a ward.',
    }),
  ).toBeVisible();
  await expect(problems.getByRole('link', { name: 'Choose a theme.' })).toBeVisible();
  await expectAccessible(page);
  await goTo(page, 'my');
  await expect(page.getByText('You have not recorded any priorities on this device yet.')).toBeVisible();
});

test('a priority can be recorded for a ward with no pin', async ({ page, store }) => {
  await page.goto(store.baseUrl);
  await saveWardPriority(page, {
    theme: 'Fly-tipping',
    landmark: 'Railway Terrace',
    connection: 'I work here',
  });
  await expect(page.getByText(/Saved on this device/)).toBeVisible();
  await goTo(page, 'my');
  await expect(page.getByRole('listitem').filter({ hasText: 'Fly-tipping' })).toContainText('Sent');
  const rows = store.query<{ ward_code: string; landmark: string }>(
    'select ward_code, landmark from priorities',
  );
  expect(rows).toEqual([{ ward_code: 'E05008974', landmark: 'Railway Terrace' }]);
});
