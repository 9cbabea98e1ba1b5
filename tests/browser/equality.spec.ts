// Who is speaking: equality questions appear only after consent, each can be skipped, and the
// answers reach the store only when the person agreed.
import { saveWardPriority } from './support/capture-steps';
import { expect, expectAccessible, test } from './support/fixtures';

test('equality questions need consent, are skippable, and are stored only with consent', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await expect(page.getByLabel('Your age')).toHaveCount(0);
  await page.getByLabel('I agree to answer some questions about me').check();
  await expect(page.getByLabel('Your age')).toBeVisible();
  await expect(page.getByLabel('Your ethnic group')).toHaveValue('');
  await expectAccessible(page);
  await page.getByLabel('Your age').selectOption({ label: '65-74' });
  await page.getByLabel('Your sex').selectOption({ label: 'Prefer not to say' });
  await page.getByLabel(/day-to-day activities limited/).selectOption({ label: 'Yes, limited a little' });
  // Ethnic group skipped.

  await saveWardPriority(page, { theme: 'Speeding', connection: 'I visit here' });
  await expect(page.getByText(/Saved on this device/)).toBeVisible();

  // Changed mind: consent given, then withdrawn before saving, sends nothing.
  await page.getByLabel('I agree to answer some questions about me').check();
  await page.getByLabel('Your age').selectOption({ label: '25-34' });
  await page.getByLabel('I agree to answer some questions about me').uncheck();
  await expect(page.getByLabel('Your age')).toHaveCount(0);
  await saveWardPriority(page, { theme: 'Graffiti' });
  await expect(page.getByText(/Saved on this device/)).toBeVisible();

  await expect.poll(() => store.query('select id from priorities').length, { timeout: 30_000 }).toBe(2);
  const rows = store.query<{ theme_key: string; respondent_type: string; equality: string | null }>(
    'select theme_key, respondent_type, equality from priorities order by theme_key',
  );
  expect(rows).toEqual([
    { theme_key: 'local.graffiti', respondent_type: 'lives', equality: null },
    {
      theme_key: 'local.speeding',
      respondent_type: 'visits',
      equality: JSON.stringify({
        consent: true,
        ageBand: '65-74',
        sex: 'prefer-not-to-say',
        disability: 'limited-a-little',
      }),
    },
  ]);
});
