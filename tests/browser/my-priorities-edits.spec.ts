// The author's own changes in My priorities: edit, a conflict with the store's copy shown and
// settled, and withdrawal, all checked against what the store holds.
import { saveWardPriority } from './support/capture-steps';
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';

test('edit, conflict and withdraw a priority from My priorities', async ({ context, page, store }) => {
  await page.goto(store.baseUrl);
  await saveWardPriority(page, { theme: 'Fly-tipping', description: 'Mattresses dumped by the garages' });
  await goTo(page, 'my');
  const item = page.getByRole('listitem').filter({ hasText: 'Fly-tipping' });
  await expect(item).toContainText('Sent');
  const held = () =>
    store.query<{ version: number; description: string; status: string }>(
      'select version, description, status from priorities',
    );

  // A plain edit is sent as version 2.
  await item.getByRole('button', { name: 'Edit Fly-tipping' }).click();
  await item.getByLabel('Change what you wrote').fill('Mattresses and a fridge by the garages');
  await item.getByRole('button', { name: 'Save change' }).click();
  await expect(item).toContainText('Sent');
  await expect
    .poll(held)
    .toEqual([{ version: 2, description: 'Mattresses and a fridge by the garages', status: 'received' }]);

  // Offline, the resident edits again while a moderator changes the store's copy.
  await context.setOffline(true);
  await item.getByRole('button', { name: 'Edit Fly-tipping' }).click();
  await item.getByLabel('Change what you wrote').fill('Fridge gone, mattresses still there');
  await item.getByRole('button', { name: 'Save change' }).click();
  await expect(item).toContainText('Waiting to send');
  store.exec(
    "update priorities set description = ?, version = version + 1, written_by = 'staff:moderator'",
    'Mattresses and a fridge by the [garage location removed]',
  );
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));

  // The store refuses to overwrite; the app shows both versions instead.
  await expect(item).toContainText('Changed elsewhere: choose which version to keep');
  const conflict = item.getByRole('group', { name: 'Two versions of this priority' });
  await expect(conflict).toContainText('Mattresses and a fridge by the [garage location removed]');
  await expect(conflict).toContainText('Fridge gone, mattresses still there');
  expect(held()[0]?.description).toBe('Mattresses and a fridge by the [garage location removed]');
  await expectAccessible(page);

  await conflict.getByRole('button', { name: 'Keep my version' }).click();
  await expect(item).toContainText('Sent');
  await expect
    .poll(held)
    .toEqual([{ version: 4, description: 'Fridge gone, mattresses still there', status: 'received' }]);

  // Withdrawal asks first, then is final.
  await item.getByRole('button', { name: 'Withdraw Fly-tipping' }).click();
  await item.getByRole('button', { name: 'Yes, withdraw it' }).click();
  await expect(item).toContainText('Withdrawn');
  await expect(item.getByRole('button', { name: /Edit|Withdraw/ })).toHaveCount(0);
  await expect.poll(() => held()[0]?.status).toBe('withdrawn');
  await expectAccessible(page);
});

test('an edit left open survives the list changing under it (another tab saves a priority)', async ({
  context,
  page,
  store,
}) => {
  const save = async (p: typeof page, theme: string) => {
    await saveWardPriority(p, { theme });
    await goTo(p, 'my');
  };
  await page.goto(store.baseUrl);
  await save(page, 'Fly-tipping');
  const item = page.getByRole('listitem').filter({ hasText: 'Fly-tipping' });
  await expect(item).toContainText('Sent');
  await item.getByRole('button', { name: 'Edit Fly-tipping' }).click();
  await item.getByLabel('Change what you wrote').fill('Half-written change');

  // Every change to the local store brings fresh rows (here from another tab, and its sync).
  const other = await context.newPage();
  await other.goto(store.baseUrl);
  await save(other, 'Graffiti');
  await expect(other.getByRole('listitem').filter({ hasText: 'Graffiti' })).toContainText('Sent');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(2);
  await other.close();

  // The open edit, and what the person typed, are still there to save.
  await expect(item.getByLabel('Change what you wrote')).toHaveValue('Half-written change');
  await item.getByRole('button', { name: 'Save change' }).click();
  await expect
    .poll(() => store.query<{ description: string }>('select description from priorities where version = 2'))
    .toEqual([{ description: 'Half-written change' }]);
});
