// Safety wording and personal details: warned and offered for removal on the device, and
// what is kept anyway arrives flagged in the store.
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';

test('capture says it is not for emergencies and signposts help for sensitive themes', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await expect(page.getByText('Not for emergencies: call 999. For non-emergencies call 101.')).toBeVisible();
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Domestic abuse' });
  await expect(page.getByRole('note')).toContainText('This will never be shown publicly');
  await expect(page.getByRole('note')).toContainText('0808 2000 247');
  await expectAccessible(page);
});

test('personal details are highlighted, can be removed, and the store flags any that are kept', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  const description = page.getByLabel('Describe it briefly (optional)');
  await description.fill('Mr Smith at 14 Oak Road races his car AB12 CDE, ring 07700 900123');
  const check = page.locator('#description-details');
  await expect(check).toContainText('This may identify someone.');
  await expect(check.locator('mark')).toHaveText(['Mr Smith', '14 Oak Road', 'AB12 CDE', '07700 900123']);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Remove phone number 07700 900123' }).click();
  await expect(description).toHaveValue('Mr Smith at 14 Oak Road races his car AB12 CDE, ring [removed]');
  await page.getByRole('button', { name: 'Remove name Mr Smith' }).click();
  await expect(check.locator('mark')).toHaveText(['14 Oak Road', 'AB12 CDE']);

  // The person keeps the rest: it is saved and sent, and the store flags it for moderation.
  await page.getByLabel('Or choose a ward instead of a pin').selectOption({ label: 'Benn' });
  await page.getByLabel('Street or landmark (optional)').fill('near CV21 2AB');
  await expect(page.locator('#landmark-details mark')).toHaveText(['CV21 2AB']);
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Speeding' });
  await page.getByLabel('I live here').check();
  await page.getByRole('button', { name: 'Save priority' }).click();
  await goTo(page, 'my');
  await expect(page.getByRole('listitem').filter({ hasText: 'Speeding' })).toContainText('Sent');
  expect(store.query('select description, personal_details from priorities')).toEqual([
    {
      description: '[removed] at 14 Oak Road races his car AB12 CDE, ring [removed]',
      personal_details: '["address","postcode","vehicle"]',
    },
  ]);
});

test('removing every detail at once leaves nothing flagged', async ({ page, store }) => {
  await page.goto(store.baseUrl);
  const description = page.getByLabel('Describe it briefly (optional)');
  await description.fill('email jo@example.com or call 01926 123456');
  await page.getByRole('button', { name: 'Remove all of these' }).click();
  await expect(description).toHaveValue('email [removed] or call [removed]');
  await expect(page.locator('#description-details')).toBeEmpty();
});
