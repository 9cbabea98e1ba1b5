// An officer hides a priority with the reason category the resident is told and a note for the
// resident: a note with personal details is refused beside its field before anything is sent.
import { samplePriority } from '../support/backends-fixtures';
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';
import { pushToStore } from './support/public-data';
import { addStaffAccount, signInOnDevice } from './support/staff-account';

test('Hide asks why, for the resident, and refuses a note with personal details', async ({ page, store }) => {
  addStaffAccount(store, 'pc.khan', 'officer', 'PC Asha Khan');
  const text = 'Bins left on the pavement all week';
  await pushToStore(store, [samplePriority({ description: text, themeKey: 'local.litter' })]);

  await page.goto(store.baseUrl);
  await signInOnDevice(page, 'pc.khan');
  await goTo(page, 'moderation');
  // At a desk the chosen priority's card is beside the list.
  await page.getByRole('link', { name: new RegExp(text) }).click();
  const card = page.locator('.moderation-detail');
  await card.getByRole('button', { name: 'Hide' }).click();
  const why = card.getByRole('group', { name: 'Why it is not published (the resident is told this)' });
  // "Another reason" until the officer chooses: what every hide meant before categories.
  await expect(why.getByLabel('Another reason')).toBeChecked();
  await why.getByLabel('Sent to the right service').check();
  await card.getByLabel('Reason for hiding').fill('Council waste team, ticket 88213');
  await expect(card.getByLabel('Reason for hiding')).toHaveAccessibleDescription(
    'For staff only: the resident never sees it.',
  );
  const note = card.getByLabel('Note for the resident (optional)');
  await note.fill('Mr Patel at the council will call you on 07700 900123.');
  await card.getByRole('button', { name: 'Hide priority' }).click();

  const summary = card.locator('.error-summary');
  await expect(summary).toBeFocused();
  const problem =
    'The note for the resident must not include personal details such as a name, phone number, email address, street address or vehicle registration.';
  await expect(summary.getByRole('link')).toHaveText([problem]);
  await expectAccessible(page);
  await summary.getByRole('link').press('Enter');
  await expect(note).toBeFocused();
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  expect(store.query<{ status: string }>('select status from priorities')).toEqual([{ status: 'received' }]);

  await note.fill('We have passed this to the council, who collect bins.');
  await card.getByRole('button', { name: 'Hide priority' }).click();
  await expect(page.getByRole('link', { name: new RegExp(text) })).toHaveCount(0);
  await expect
    .poll(() =>
      store.query<{ status: string; hidden_reason: string; hidden_category: string; resident_note: string }>(
        'select status, hidden_reason, hidden_category, resident_note from priorities',
      ),
    )
    .toEqual([
      {
        status: 'hidden',
        hidden_reason: 'Council waste team, ticket 88213',
        hidden_category: 'other-service',
        resident_note: 'We have passed this to the council, who collect bins.',
      },
    ]);
  await page.getByLabel('Show').selectOption({ label: 'Hidden' });
  await page.getByRole('link', { name: new RegExp(text) }).click();
  await expect(card).toContainText(
    'Hidden: Council waste team, ticket 88213 (the resident is told: Sent to the right service)',
  );
  await expectAccessible(page);
});
