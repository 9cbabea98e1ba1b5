// "Which ward am I in?" and the pin's ward, answered offline from the cached boundaries.
import { expect, expectAccessible, test, waitForServiceWorker, waitForWardList } from './support/fixtures';

test('the device names the ward of the pin and of where I am, offline', async ({ context, page, store }) => {
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await waitForWardList(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(/Offline/)).toBeVisible();

  const map = page.getByRole('application', { name: /Map of the area/ });
  const box = await map.boundingBox();
  if (!box) throw new Error('map not laid out');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByText(/^Pin placed/)).toBeVisible();
  await expect(page.getByText(/^The pin is in .+ ward\.$/)).toBeVisible();

  await context.grantPermissions(['geolocation'], { origin: store.baseUrl });
  await context.setGeolocation({ latitude: 52.3709, longitude: -1.2606, accuracy: 20 });
  await page.getByRole('button', { name: 'Which ward am I in?' }).click();
  await expect(page.getByText('You are in Eastlands ward.')).toBeVisible();

  // Somewhere far from Rugby: no ward, and the answer says so.
  await context.setGeolocation({ latitude: 51.508, longitude: -0.1281, accuracy: 20 });
  await page.getByRole('button', { name: 'Which ward am I in?' }).click();
  await expect(page.getByText('You are not in any of this area’s wards.')).toBeVisible();
  await expectAccessible(page);
});
