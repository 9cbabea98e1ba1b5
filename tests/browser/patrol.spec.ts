// Patrol quick capture: a signed-in PCSO records for residents with the current location, the
// last theme remembered, and a count of residents; the store names the PCSO as recorder.
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';
import { addStaffAccount, signInOnDevice } from './support/staff-account';

test('patrol quick capture uses the location, remembers the theme and counts residents', async ({
  context,
  page,
  store,
}) => {
  addStaffAccount(store, 'pcso.patel', 'pcso', 'PCSO Asha Patel');
  await context.grantPermissions(['geolocation'], { origin: store.baseUrl });
  await context.setGeolocation({ latitude: 52.3709, longitude: -1.2606, accuracy: 9 });
  await page.goto(store.baseUrl);
  // Residents never see patrol mode.
  await expect(page.getByRole('button', { name: 'Patrol' })).toHaveCount(0);
  await signInOnDevice(page, 'pcso.patel');
  await goTo(page, 'patrol');
  await expect(page.getByText('Recording as PCSO Asha Patel.', { exact: false })).toBeVisible();
  await expect(page.getByText('Using your location (to within 9 m).')).toBeVisible();
  await expectAccessible(page);
  // Themes are grouped as on every other form.
  const groups = page.getByLabel('Theme').locator('optgroup');
  expect(await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute('label')))).toEqual([
    'Local concerns',
    'Anti-social behaviour',
    'Crime',
  ]);
  await expect(groups.first().locator('option', { hasText: 'Inconsiderate parking' })).toHaveCount(1);

  // A street conversation: three residents raise parking.
  await page.getByLabel('Theme').selectOption({ label: 'Inconsiderate parking' });
  await page.getByRole('button', { name: 'One more resident' }).click();
  await page.getByRole('button', { name: 'One more resident' }).click();
  await page.getByRole('button', { name: 'Save for 3 residents' }).click();
  await expect(
    page.getByText('Saved: Inconsiderate parking, 3 residents. Ready for the next.'),
  ).toBeVisible();

  // The next one is one tap: the theme is already chosen, the count back at one.
  await expect(page.getByLabel('Theme')).toHaveValue('local.parking');
  await expect(page.getByRole('button', { name: 'Inconsiderate parking', pressed: true })).toBeVisible();
  await page.getByRole('button', { name: 'Save for 1 resident' }).click();
  await expect(page.getByText('Saved: Inconsiderate parking, 1 resident.', { exact: false })).toBeVisible();

  // Remembered across a reload too.
  await page.reload();
  await goTo(page, 'patrol');
  await expect(page.getByLabel('Theme')).toHaveValue('local.parking');

  await expect.poll(() => store.query('select id from priorities').length, { timeout: 30_000 }).toBe(2);
  const rows = store.query<{
    channel: string;
    resident_count: number;
    recorded_by: string;
    lon: number;
    accuracy_m: number;
    theme_key: string;
  }>(
    'select channel, resident_count, recorded_by, lon, accuracy_m, theme_key from priorities order by resident_count',
  );
  const [pcso] = store.query<{ id: string }>("select id from users where username = 'pcso.patel'");
  expect(rows).toEqual([
    {
      channel: 'patrol',
      resident_count: 1,
      recorded_by: pcso?.id,
      lon: -1.2606,
      accuracy_m: 9,
      theme_key: 'local.parking',
    },
    {
      channel: 'patrol',
      resident_count: 3,
      recorded_by: pcso?.id,
      lon: -1.2606,
      accuracy_m: 9,
      theme_key: 'local.parking',
    },
  ]);
});
