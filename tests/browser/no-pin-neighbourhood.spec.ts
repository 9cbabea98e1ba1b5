// The no-pin path with a police neighbourhood: chosen from the list (beside the wards) with no
// signal, from the lists kept on the device; sent when the signal returns; held by the store with
// the neighbourhood chosen and counted in the ward it overlaps most.
import { expect, expectAccessible, test, waitForServiceWorker } from './support/fixtures';
import { goTo } from './support/navigation';
import { importNeighbourhoods } from './support/neighbourhoods';

test('a priority placed by choosing a police neighbourhood offline is sent and counted in its ward', async ({
  context,
  page,
  store,
}) => {
  await importNeighbourhoods(store);
  // A restart: the store's assignment index has the neighbourhoods at once (it would within 15 s).
  await store.restart();
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  const where = page.getByLabel('Or choose a ward or police neighbourhood instead of a pin');
  await expect(where.locator('optgroup[label="Police neighbourhoods"] option')).toHaveCount(2);

  // No signal, and a fresh start: both lists come from the device's own copy.
  await context.setOffline(true);
  await page.reload();
  await expect(where.locator('optgroup[label="Wards"] option')).not.toHaveCount(0);
  // From the keyboard alone: focus the list and type the start of the name.
  await where.focus();
  await page.keyboard.type('Rugby East');
  await expect(where).toHaveValue('neighbourhood:E23000017_027');
  await expect(where).toHaveAccessibleDescription(
    'A police neighbourhood is counted in the ward it mostly covers.',
  );
  await page.getByLabel('Street or landmark (optional)').fill('the railway bridge');
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Speeding' });
  await page.getByLabel('Describe it briefly (optional)').fill('Cars race over the bridge at night');
  await page.getByLabel('I live here').check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save priority' }).click();
  await expect(page.getByText(/Saved on this device/)).toBeVisible();

  await goTo(page, 'my');
  const item = page.getByRole('listitem').filter({ hasText: 'Cars race over the bridge' });
  await expect(item).toContainText('Rugby East police neighbourhood, the railway bridge');
  await expect(item).toContainText('Waiting to send');

  await context.setOffline(false);
  await expect(item).toContainText('Sent', { timeout: 30_000 });
  expect(
    store.query(
      'select place_kind, area_code, landmark, ward_code, assigned_csp_code, outside_area from priorities',
    ),
  ).toEqual([
    {
      place_kind: 'neighbourhood',
      area_code: 'E23000017_027',
      landmark: 'the railway bridge',
      ward_code: 'E05008986',
      assigned_csp_code: 'E22000321',
      outside_area: 0,
    },
  ]);
  await expect(item).toContainText(
    'Rugby East police neighbourhood, counted in Eastlands ward, the railway bridge',
    {
      timeout: 30_000,
    },
  );
  await expectAccessible(page);
});
