// An officer moderates from the PWA with the keyboard: approve, hide with a reason, redact,
// merge a duplicate; the store holds each decision; the screen passes axe.
import { samplePriority } from '../support/backends-fixtures';
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';
import { pushToStore } from './support/public-data';
import { addStaffAccount, signInOnDevice } from './support/staff-account';

test('an officer works through the queue from the keyboard', async ({ page, store }) => {
  addStaffAccount(store, 'pc.khan', 'officer', 'PC Asha Khan');
  const texts = [
    'Vans parked on the pavement by the school',
    'Parking on the pavement again',
    'Loud car meets at night',
  ];
  const themes = ['local.parking', 'local.parking', 'local.speeding'];
  const items = texts.map((description, i) =>
    samplePriority({
      description,
      themeKey: themes[i],
      createdAt: `2026-05-0${i + 1}T10:00:00.000Z`,
      updatedAt: `2026-05-0${i + 1}T10:00:00.000Z`,
    }),
  );
  await pushToStore(store, items);

  await page.goto(store.baseUrl);
  await signInOnDevice(page, 'pc.khan', { submitWith: 'enter' });
  await goTo(page, 'moderation');
  await expect(page.getByRole('heading', { name: 'Moderation' })).toBeVisible();
  const card = (text: string) => page.getByRole('listitem').filter({ hasText: text });
  await expect(card(texts[0]!)).toBeVisible();
  await expect(card(texts[2]!)).toContainText('Eastlands ward');
  await expectAccessible(page);

  // Approve, by keyboard.
  await card(texts[2]!).getByRole('button', { name: 'Approve' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Speeding: published.' })).toBeVisible();
  await expect(card(texts[2]!)).toHaveCount(0);

  // Merge the second parking report into the first.
  await card(texts[1]!).getByRole('button', { name: 'Merge as duplicate' }).click();
  await card(texts[1]!)
    .getByLabel('Duplicate of')
    .selectOption({ label: `Inconsiderate parking: ${texts[0]} (Eastlands)` });
  await card(texts[1]!).getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(card(texts[1]!)).toHaveCount(0);
  await expect(card(texts[0]!)).toContainText('2 residents');

  // Redact, then hide with a reason.
  await card(texts[0]!).getByRole('button', { name: 'Redact text' }).click();
  await card(texts[0]!).getByLabel('Text to publish').fill('Vans parked on the pavement');
  await card(texts[0]!).getByLabel('Why (optional)').fill('names a school');
  await expectAccessible(page);
  await card(texts[0]!).getByRole('button', { name: 'Save redacted text' }).click();
  await expect(card('Vans parked on the pavement')).toBeVisible();
  await card('Vans parked on the pavement').getByRole('button', { name: 'Hide' }).click();
  await card('Vans parked on the pavement')
    .getByLabel('Reason for hiding')
    .fill('Not a community safety matter');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Nothing here for Rugby.')).toBeVisible();

  await page.getByLabel('Show').selectOption({ label: 'Hidden' });
  await expect(card('Vans parked on the pavement')).toContainText('Hidden: Not a community safety matter');

  const rows = store.query<{ id: string; status: string; description: string; merged_into: string | null }>(
    'select id, status, description, merged_into from priorities order by created_at',
  );
  expect(rows).toEqual([
    { id: items[0]!.id, status: 'hidden', description: 'Vans parked on the pavement', merged_into: null },
    { id: items[1]!.id, status: 'merged', description: texts[1], merged_into: items[0]!.id },
    { id: items[2]!.id, status: 'published', description: texts[2], merged_into: null },
  ]);
  const audit = store.query<{ action: string }>(
    "select action from audit_log where action like 'moderation.%' order by id",
  );
  expect(audit.map((a) => a.action)).toEqual([
    'moderation.approve',
    'moderation.merge',
    'moderation.redact',
    'moderation.hide',
  ]);
});

test('an analyst signs in but is offered no moderation', async ({ page, store }) => {
  addStaffAccount(store, 'ana.lyst', 'analyst', 'Ana Lyst');
  await page.goto(store.baseUrl);
  await signInOnDevice(page, 'ana.lyst');
  await expect(page.getByText(/Signed in as Ana Lyst \(Analyst\)/)).toBeVisible();
  const tools = page.getByRole('navigation', { name: 'Staff tools' });
  await expect(tools.getByRole('link', { name: 'Strategic assessment' })).toBeVisible();
  await expect(tools.getByRole('link', { name: 'Moderation' })).toHaveCount(0);
  // The address typed in opens no queue either, and says why.
  await page.goto(new URL('/staff/moderation', store.baseUrl).toString());
  await expect(page.getByText('Your role does not include moderation.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Moderation' })).toHaveCount(0);
});
