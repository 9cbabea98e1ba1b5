// "You said, we did": an officer's progress reaches the resident who raised the priority (and
// stays readable offline), shows on the staff screen, and opens the next meeting's agenda.
import { MEETINGS_API } from '../../src/domain/meetings-api';
import { sampleBundle } from '../domain/meeting-fixtures';
import { expect, expectAccessible, test, waitForServiceWorker } from './support/fixtures';
import { openMeetings, setUpMeeting } from './support/meeting-steps';
import { addStaffAccount, STAFF_PASSWORD, signInOverHttp } from './support/staff-account';

test('a status update reaches the resident who raised the priority and shows offline', async ({
  context,
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await page.getByLabel('Or choose a ward instead of a pin').selectOption({ label: 'Benn' });
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Fly-tipping' });
  await page.getByLabel('I live here').check();
  await page.getByRole('button', { name: 'Save priority' }).click();
  await page.getByRole('button', { name: /My priorities/ }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Fly-tipping' });
  await expect(item).toContainText('Sent', { timeout: 30_000 });
  const [row] = store.query<{ id: string }>('select id from priorities');

  addStaffAccount(store, 'amy.shaw', 'officer', 'PC Amy Shaw');
  const token = await signInOverHttp(store, 'amy.shaw');
  const res = await fetch(`${store.baseUrl}${MEETINGS_API.responses(row!.id)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ status: 'done', action: 'Cleared on 3 December; camera installed' }),
  });
  expect(res.status).toBe(201);

  await page.reload();
  await page.getByRole('button', { name: /My priorities/ }).click();
  await expect(item).toContainText('You said, we did: Done', { timeout: 30_000 });
  await expect(item).toContainText('Cleared on 3 December; camera installed');
  await expectAccessible(page);

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: /My priorities/ }).click();
  await expect(item).toContainText('You said, we did: Done');
});

test("an officer records progress on the staff screen and the ward's next meeting opens with it", async ({
  page,
  store,
}) => {
  const bundle = sampleBundle();
  const upload = await fetch(`${store.baseUrl}${MEETINGS_API.bundles}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(bundle),
  });
  expect(upload.status).toBe(200);
  addStaffAccount(store, 'amy.shaw', 'officer', 'PC Amy Shaw');

  await page.goto(store.baseUrl);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Staff' }).click();
  await page.getByLabel('Username').fill('amy.shaw');
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'You said, we did' })).toBeVisible();
  const agreed = page.getByRole('list', { name: /Priorities agreed at PACT: Benn/ }).getByRole('listitem');
  await expect(agreed).toHaveCount(3);
  await expect(agreed.first()).toContainText('Progress: Open (no update yet)');
  await expectAccessible(page);

  await page.getByLabel('Status of 1. Speeding').selectOption({ label: 'Not possible' });
  await page.getByRole('button', { name: 'Save progress on 1. Speeding' }).click();
  await expect(page.getByText('reason: say why it is not possible')).toBeVisible();
  await page.getByLabel('Why it is not possible').fill('The road is private');
  await page.getByRole('button', { name: 'Save progress on 1. Speeding' }).click();
  await expect(agreed.first()).toContainText('Progress: Not possible — The road is private');
  await page.getByLabel('Status of 2. Inconsiderate parking').selectOption({ label: 'Done' });
  await page
    .getByLabel('What was done for 2. Inconsiderate parking')
    .fill('Letters to 40 households; verges posted');
  await page.getByRole('button', { name: 'Save progress on 2. Inconsiderate parking' }).click();
  await expect(agreed.nth(1)).toContainText('Progress: Done — Letters to 40 households; verges posted');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download: Meeting record (Word)' }).first().click();
  expect((await download).suggestedFilename()).toBe(`meeting-2026-11-20-E05008974.docx`);

  await openMeetings(page);
  await setUpMeeting(page, { venue: 'Benn Community Centre' });
  const agenda = page
    .getByRole('list', { name: 'Priorities agreed at the last meeting' })
    .getByRole('listitem');
  await expect(agenda).toHaveCount(3);
  await expect(agenda.nth(0)).toContainText('Progress: Not possible — The road is private');
  await expect(agenda.nth(1)).toContainText('Progress: Done — Letters to 40 households');
  await expect(agenda.nth(2)).toContainText('Open (no update yet)');
  await expectAccessible(page);
});
