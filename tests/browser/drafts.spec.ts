// Drafts save as the person types: a reload (or a closed tab) brings the unfinished priority back.
import { expect, expectAccessible, test } from './support/fixtures';

test('an unfinished priority survives a reload and is gone once saved', async ({ page, store }) => {
  await page.goto(store.baseUrl);
  await page.getByLabel('Or choose a ward instead of a pin').selectOption({ label: 'Benn' });
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Noise' });
  await page.getByLabel('Describe it briefly (optional)').fill('Music from the car park until 3am');
  await page.getByLabel('Night').check();
  // No debounce to wait out: each change is written at once.
  await page.reload();
  await expect(page.getByText(/Your unfinished priority from .* is back\./)).toBeVisible();
  await expect(page.getByLabel('Describe it briefly (optional)')).toHaveValue(
    'Music from the car park until 3am',
  );
  await expect(page.getByLabel('What should be prioritised?')).toHaveValue('local.noise');
  await expect(page.getByLabel('Or choose a ward instead of a pin')).toHaveValue('E05008974');
  await expect(page.getByLabel('Night')).toBeChecked();
  await expectAccessible(page);

  await page.getByLabel('I live here').check();
  await page.getByRole('button', { name: 'Save priority' }).click();
  await expect(page.getByText(/Saved on this device/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Describe it briefly (optional)')).toHaveValue('');
  await expect(page.getByText(/is back\./)).toHaveCount(0);
});
