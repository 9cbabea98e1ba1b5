// A resident hears back (issue 14, items 1 and 3): My priorities says where each priority has
// got in plain words (waiting to send, waiting for review, published with its link, not
// published and why with the officer's note, combined with another, back in review after an
// edit), offline after a reload too; an edit of a published priority is warned about before it
// is saved; and what happens next is said after Save and in My priorities.
import type { Page } from '@playwright/test';
import { assessmentDueWords } from '../../src/domain/assessment-due';
import type { Priority } from '../../src/domain/priority';
import { saveWardPriority } from './support/capture-steps';
import { expect, expectAccessible, test, waitForServiceWorker } from './support/fixtures';
import { goTo } from './support/navigation';
import { overflow } from './support/overflow';
import { publishedPriority, seedPublished } from './support/public-data';
import { appDeviceId, seedOutbox, wardPriorities } from './support/seed-outbox';
import { addStaffAccount, signInOverHttp } from './support/staff-account';
import { cli } from './support/staff-accounts';
import type { StoreServer } from './support/store-server';

async function moderate(store: StoreServer, token: string, id: string, decision: string, body: object) {
  const res = await fetch(`${store.baseUrl}/api/v1/moderation/priorities/${id}/${decision}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.text()).toBe(200);
}

const itemFor = (page: Page, theme: string) =>
  page
    .getByRole('list', { name: 'Priorities recorded on this device' })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', { name: theme }),
    });

/** Four of this device's priorities, sent through its own outbox, each of another theme. */
async function sendFour(page: Page, store: StoreServer): Promise<Priority[]> {
  const themes: [string, string][] = [
    ['local.speeding', 'Cars race down Railway Terrace after school'],
    ['local.parking', 'Vans block the pavement by the shops'],
    ['local.graffiti', 'Tags on the bus shelter again'],
    ['local.street-lighting', 'The lights by the footpath are out'],
  ];
  const records = wardPriorities(await appDeviceId(page), 4).map((p, i) => ({
    ...p,
    themeKey: themes[i]![0],
    description: themes[i]![1],
  }));
  await seedOutbox(page, records);
  await page.reload();
  await expect
    .poll(() => store.query<{ n: number }>('select count(*) as n from priorities')[0]?.n, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(4);
  return records;
}

test('My priorities says what became of each priority, in words, offline after a reload too', async ({
  context,
  page,
  store,
}) => {
  const original = publishedPriority({
    themeKey: 'local.graffiti',
    description: 'Graffiti all over the underpass',
  });
  await seedPublished(store, [original]);
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  // The fourth (street lighting) is left for review.
  const [published, hidden, merged] = await sendFour(page, store);

  addStaffAccount(store, 'amy.shaw', 'officer', 'PC Amy Shaw');
  const token = await signInOverHttp(store, 'amy.shaw');
  await moderate(store, token, published!.id, 'approve', {});
  await moderate(store, token, hidden!.id, 'hide', {
    reason: 'Internal: a known dispute between neighbours, case 4471',
    category: 'other-service',
    residentNote: 'We have passed this to the council parking team.',
  });
  await moderate(store, token, merged!.id, 'merge', { into: original.id });

  await page.reload();
  await goTo(page, 'my');
  const speeding = itemFor(page, 'Speeding');
  await expect(speeding).toContainText('Published', { timeout: 30_000 });
  await expect(speeding.getByRole('link', { name: 'See it as the public does' })).toHaveAttribute(
    'href',
    `/priorities/${published!.id}`,
  );
  const parking = itemFor(page, 'Inconsiderate parking');
  await expect(parking).toContainText('Not published');
  await expect(parking).toContainText('It has been passed to the service that deals with it.');
  await expect(parking).toContainText('We have passed this to the council parking team.');
  await expect(parking).not.toContainText('case 4471');
  const graffiti = itemFor(page, 'Graffiti');
  await expect(graffiti).toContainText('Combined with another priority');
  await expect(
    graffiti.getByRole('link', { name: 'See the priority yours was combined with' }),
  ).toHaveAttribute('href', `/priorities/${original.id}`);
  const lighting = itemFor(page, 'Street lighting');
  await expect(lighting).toContainText('Sent, waiting for review');
  await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
  await expectAccessible(page);

  // Saved offline: waiting to send. Then every state again from the device's own copy.
  await context.setOffline(true);
  await goTo(page, 'add');
  await saveWardPriority(page, { theme: 'Fly-tipping', description: 'Mattress by the garages' });
  await page.reload();
  await goTo(page, 'my');
  const flyTipping = itemFor(page, 'Fly-tipping');
  await expect(flyTipping).toContainText('Waiting to send');
  await expect(flyTipping).toContainText('saved on this device and will be sent when there is a connection');
  await expect(speeding).toContainText('Published');
  await expect(parking).toContainText('We have passed this to the council parking team.');
  await expect(graffiti).toContainText('Combined with another priority');
  await expect(lighting).toContainText('Sent, waiting for review');
  await expect(page.getByText(/Its next assessment is due to be written/)).toBeVisible();
  await expectAccessible(page);
  // The device never held the officer's internal reason.
  const held = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('neighbourhood-priorities');
      open.onsuccess = () => resolve(open.result);
    });
    const rows = await new Promise<unknown[]>((resolve) => {
      const req = db.transaction('priorities').objectStore('priorities').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return JSON.stringify(rows);
  });
  expect(held).toContain('council parking team');
  expect(held).not.toMatch(/case 4471|hiddenReason/);

  // Every state fits a 320 px phone at 200% text without sideways scrolling.
  await page.setViewportSize({ width: 320, height: 568 });
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  await expect.poll(() => overflow(page), { message: 'My priorities is wider than the screen' }).toBe('');
});

test('an edit of a published priority is warned about before it is saved, then shows back in review', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await saveWardPriority(page, { theme: 'Speeding', description: 'Cars race past the school' });
  await goTo(page, 'my');
  const item = itemFor(page, 'Speeding');
  await expect(item).toContainText('Sent, waiting for review', { timeout: 30_000 });
  const [row] = store.query<{ id: string }>('select id from priorities');
  addStaffAccount(store, 'amy.shaw', 'officer', 'PC Amy Shaw');
  await moderate(store, await signInOverHttp(store, 'amy.shaw'), row!.id, 'approve', {});
  await page.reload();
  await goTo(page, 'my');
  await expect(item).toContainText('Published', { timeout: 30_000 });

  // By keyboard: Edit opens the form with the warning read with the field, before Save.
  await item.getByRole('button', { name: 'Edit Speeding' }).press('Enter');
  const field = item.getByLabel('Change what you wrote');
  await field.focus();
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(
    'This priority is published. If you save a change, it goes back for review and is not shown in public until an officer has read it again.',
  );
  await expectAccessible(page);
  await field.fill('Cars race past the school every morning');
  await item.getByRole('button', { name: 'Save change' }).press('Enter');
  await expect(item).toContainText('Back in review after your edit', { timeout: 30_000 });
  await expect
    .poll(() => store.query<{ status: string }>('select status from priorities')[0]?.status)
    .toBe('received');
  await expect(item.getByRole('link', { name: 'See it as the public does' })).toHaveCount(0);
  await expectAccessible(page);
});

test('what happens next is said after Save, with when the assessment is due', async ({ page, store }) => {
  await page.goto(store.baseUrl);
  await saveWardPriority(page, { theme: 'Fly-tipping' });
  const confirmation = page.getByRole('status').filter({ hasText: 'Priority saved' });
  await expect(confirmation).toBeFocused();
  await expect(confirmation.getByRole('heading', { name: 'What happens next' })).toBeVisible();
  await expect(confirmation).toContainText('strategic assessment of Rugby Community Safety Partnership');
  // The demo CSP writes its assessment in October; the words depend on today's month.
  await expect(confirmation).toContainText(
    `Its next assessment is due to be written ${assessmentDueWords(10, new Date())}.`,
  );
  await expect(confirmation.getByRole('link', { name: 'My priorities' })).toHaveAttribute('href', '/my');
  await expectAccessible(page);
});

test('with no assessment month set, the app says so without a date', async ({ page, store }) => {
  cli(store, ['csp', 'set', 'E22000321', '--assessment-month', 'none']);
  await page.goto(store.baseUrl);
  await saveWardPriority(page, { theme: 'Fly-tipping' });
  const confirmation = page.getByRole('status').filter({ hasText: 'Priority saved' });
  await expect(confirmation).toContainText(
    'The partnership has not said yet when it will write its next assessment.',
  );
  await expect(confirmation).not.toContainText('due to be written');
  await expectAccessible(page);
});
