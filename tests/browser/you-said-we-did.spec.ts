// "You said, we did": an officer's progress reaches the resident who raised the priority and
// residents who backed it (and stays readable offline; a backing, and a priority merged as a
// duplicate, follow the merge to the surviving priority, named only while it is public), never
// with the officer's name, can be recorded on any priority from the moderation queue, shows on
// the staff screen, and opens the next meeting's agenda.
import { MEETINGS_API } from '../../src/domain/meetings-api';
import { sampleBundle } from '../domain/meeting-fixtures';
import { saveWardPriority } from './support/capture-steps';
import { expect, expectAccessible, test, waitForServiceWorker } from './support/fixtures';
import { openMeetings, setUpMeeting } from './support/meeting-steps';
import { goTo } from './support/navigation';
import { publishedPriority, pushToStore, seedPublished, supportRows } from './support/public-data';
import { addStaffAccount, signInOnDevice, signInOverHttp } from './support/staff-account';

async function respond(baseUrl: string, token: string, id: string, body: object): Promise<void> {
  const res = await fetch(`${baseUrl}${MEETINGS_API.responses(id)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
}

/** A moderation decision over HTTP, as an officer's queue makes it; answers the HTTP status. */
async function moderate(baseUrl: string, token: string, id: string, decision: string, body: object) {
  const res = await fetch(`${baseUrl}/api/v1/moderation/priorities/${id}/${decision}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return res.status;
}

test('a status update reaches the resident who raised the priority and one who backed another, offline too', async ({
  context,
  page,
  store,
}) => {
  const backed = publishedPriority({ description: 'Cars race along Clifton Road every night' });
  await seedPublished(store, [backed]);
  // Everything the device pulls about progress, to check no officer's name leaves the store.
  const pulled: Promise<string>[] = [];
  page.on('response', (res) => {
    if (res.url().includes(MEETINGS_API.pullResponses)) pulled.push(res.text().catch(() => ''));
  });
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await saveWardPriority(page, { theme: 'Fly-tipping' });
  await goTo(page, 'my');
  const item = page.getByRole('listitem').filter({ hasText: 'Fly-tipping' });
  await expect(item).toContainText('Sent', { timeout: 30_000 });
  const [row] = store.query<{ id: string }>('select id from priorities where id != ?', backed.id);

  addStaffAccount(store, 'amy.shaw', 'officer', 'PC Amy Shaw');
  const token = await signInOverHttp(store, 'amy.shaw');
  // Progress on the published priority comes first, so it is behind this device's cursor
  // by the time the resident backs it.
  await respond(store.baseUrl, token, backed.id, {
    status: 'in-progress',
    action: 'Speed checks booked for December',
  });
  await respond(store.baseUrl, token, row!.id, {
    status: 'done',
    action: 'Cleared on 3 December; camera installed',
  });

  await page.reload();
  await goTo(page, 'my');
  await expect(item).toContainText('You said, we did: Done', { timeout: 30_000 });
  await expect(item).toContainText('Cleared on 3 December; camera installed');
  await expectAccessible(page);

  // The resident backs the published priority ("me too"): its progress reaches them too.
  await goTo(page, 'area-list');
  const card = page.getByRole('listitem').filter({ hasText: backed.description });
  await card.getByRole('button', { name: 'Me too' }).click();
  await expect(card).toContainText('You back this · counted', { timeout: 30_000 });
  await goTo(page, 'my');
  const backedItem = page
    .getByRole('list', { name: 'Priorities you backed' })
    .getByRole('listitem')
    .filter({ hasText: backed.description });
  await expect(backedItem).toContainText('You said, we did: In progress', { timeout: 30_000 });
  await expect(backedItem).toContainText('Speed checks booked for December');
  await expectAccessible(page);

  await context.setOffline(true);
  await page.reload();
  await goTo(page, 'my');
  await expect(item).toContainText('You said, we did: Done');
  await expect(backedItem).toContainText('You said, we did: In progress');
  await expect(backedItem).toContainText('Speed checks booked for December');

  // Least privilege: the pulls carried no officer's name, and the device holds none.
  const bodies = await Promise.all(pulled);
  expect(bodies.some((b) => b.includes('Cleared on 3 December'))).toBe(true);
  for (const body of bodies) expect(body).not.toMatch(/Amy Shaw|amy\.shaw|respondedBy/);
  const held = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('neighbourhood-priorities');
      open.onsuccess = () => resolve(open.result);
    });
    const rows = await new Promise<unknown[]>((resolve) => {
      const req = db.transaction('responses').objectStore('responses').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return JSON.stringify(rows);
  });
  expect(held).toContain('Cleared on 3 December');
  expect(held).not.toMatch(/Amy Shaw|respondedBy/);
});

test('an officer records progress on a single priority from the moderation queue, by keyboard', async ({
  page,
  store,
}) => {
  const single = publishedPriority({
    themeKey: 'local.fly-tipping',
    description: 'Sofas dumped in the lay-by',
  });
  await pushToStore(store, [single]);
  addStaffAccount(store, 'amy.shaw', 'officer', 'PC Amy Shaw');
  await page.goto(store.baseUrl);
  await signInOnDevice(page, 'amy.shaw');
  await goTo(page, 'moderation');
  await page.getByRole('link', { name: /Sofas dumped in the lay-by/ }).click();
  const card = page.getByRole('article', { name: 'Fly-tipping' });
  await expect(card).toContainText('Sofas dumped in the lay-by');
  await card.getByRole('button', { name: 'Record progress' }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Record progress' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await card.getByLabel('Status of Fly-tipping').focus();
  await card.getByLabel('Status of Fly-tipping').selectOption({ label: 'Not possible' });
  await card.getByRole('button', { name: 'Save progress on Fly-tipping' }).press('Enter');
  // The store's refusal in plain words, in the error summary (which takes focus) and by the field.
  await expect(card.locator('.error-summary')).toBeFocused();
  await expect(card.getByRole('link', { name: 'Say why it is not possible.' })).toBeVisible();
  await expect(card.getByLabel('Why it is not possible')).toHaveAccessibleDescription(
    'Error: Say why it is not possible.',
  );
  await expectAccessible(page);
  await card.getByLabel('Why it is not possible').fill('The lay-by is on private land');
  await card.getByRole('button', { name: 'Save progress on Fly-tipping' }).press('Enter');
  await expect(card).toContainText('You said, we did: Not possible', { timeout: 10_000 });
  await expect(card).toContainText('The lay-by is on private land');
  await expectAccessible(page);
  expect(
    store.query<{ status: string; reason: string }>(
      'select status, reason from priority_responses where priority_id = ?',
      single.id,
    ),
  ).toEqual([{ status: 'not-possible', reason: 'The lay-by is on private land' }]);
});

test("an officer records progress on the staff screen and the ward's next meeting opens with it", async ({
  page,
  store,
}) => {
  const bundle = sampleBundle();
  addStaffAccount(store, 'amy.shaw', 'officer', 'PC Amy Shaw');
  const upload = await fetch(`${store.baseUrl}${MEETINGS_API.bundles}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await signInOverHttp(store, 'amy.shaw')}`,
    },
    body: JSON.stringify(bundle),
  });
  expect(upload.status).toBe(200);

  await page.goto(store.baseUrl);
  await signInOnDevice(page, 'amy.shaw');
  await goTo(page, 'responses');
  await expect(page.getByRole('heading', { name: 'You said, we did' })).toBeVisible();
  const agreed = page.getByRole('list', { name: /Priorities agreed at PACT: Benn/ }).getByRole('listitem');
  await expect(agreed).toHaveCount(3);
  await expect(agreed.first()).toContainText('Progress: Open (no update yet)');
  await expectAccessible(page);

  await page.getByLabel('Status of 1. Speeding').selectOption({ label: 'Not possible' });
  await page.getByRole('button', { name: 'Save progress on 1. Speeding' }).click();
  await expect(page.getByRole('link', { name: 'Say why it is not possible.' })).toBeVisible();
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

test('a backer of a priority merged into another sees the survivor and its progress, offline too, counted once', async ({
  context,
  page,
  store,
}) => {
  const backed = publishedPriority({ description: 'Cars race along Clifton Road every night' });
  const survivor = publishedPriority({ description: 'Speeding on Clifton Road and Hillmorton Road' });
  await seedPublished(store, [backed, survivor]);
  addStaffAccount(store, 'amy.shaw', 'officer', 'PC Amy Shaw');
  const token = await signInOverHttp(store, 'amy.shaw');
  // Progress on the survivor comes first, so it is behind the device's cursor by the merge.
  await respond(store.baseUrl, token, survivor.id, {
    status: 'in-progress',
    action: 'Speed checks booked for December',
  });
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await goTo(page, 'area-list');
  const card = page.getByRole('listitem').filter({ hasText: backed.description });
  await card.getByRole('button', { name: 'Me too' }).click();
  await expect(card).toContainText('You back this · counted', { timeout: 30_000 });
  await goTo(page, 'my');
  const backedItems = page.getByRole('list', { name: 'Priorities you backed' }).getByRole('listitem');
  await expect(backedItems).toHaveCount(1);
  await expect(backedItems).toContainText(backed.description);

  // Moderation merges the backed priority into the survivor.
  expect(await moderate(store.baseUrl, token, backed.id, 'merge', { into: survivor.id })).toBe(200);

  await page.reload();
  await goTo(page, 'my');
  await expect(backedItems).toContainText(survivor.description, { timeout: 30_000 });
  await expect(backedItems).toContainText('was joined with this one');
  await expect(backedItems).toContainText('You said, we did: In progress', { timeout: 30_000 });
  await expect(backedItems).toContainText('Speed checks booked for December');
  await expect(backedItems).toHaveCount(1);
  await expectAccessible(page);

  // The survivor shows as backed already: no second "me too", and the store counts it once.
  await goTo(page, 'area-list');
  const survivorCard = page.getByRole('listitem').filter({ hasText: survivor.description });
  await expect(survivorCard).toContainText('You back this · counted');
  await expect(survivorCard.getByRole('button', { name: 'Me too' })).toHaveCount(0);
  expect(supportRows(store).filter((r) => r.device_id !== backed.deviceId)).toEqual([
    { priority_id: survivor.id, device_id: expect.any(String) },
  ]);

  await context.setOffline(true);
  await page.reload();
  await goTo(page, 'my');
  await expect(backedItems).toContainText(survivor.description);
  await expect(backedItems).toContainText('You said, we did: In progress');

  // Hidden by moderation: the device stops naming the survivor (it named it only while public).
  await context.setOffline(false);
  expect(await moderate(store.baseUrl, token, survivor.id, 'hide', { reason: 'Names a resident' })).toBe(200);
  await page.reload();
  await goTo(page, 'my');
  await expect(backedItems).not.toContainText(survivor.description, { timeout: 30_000 });
  await expect(backedItems).toContainText(backed.description);
});

test("the author of a priority merged into another sees it was combined, and the survivor's progress, offline too", async ({
  context,
  page,
  store,
}) => {
  const survivor = publishedPriority({
    themeKey: 'local.fly-tipping',
    description: 'Dumping behind the Benn shops',
  });
  await seedPublished(store, [survivor]);
  addStaffAccount(store, 'amy.shaw', 'officer', 'PC Amy Shaw');
  const token = await signInOverHttp(store, 'amy.shaw');
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await saveWardPriority(page, { theme: 'Fly-tipping', description: 'Mattresses dumped in the alley again' });
  await goTo(page, 'my');
  const mine = page.getByRole('list', { name: 'Priorities recorded on this device' }).getByRole('listitem');
  await expect(mine).toContainText('Sent', { timeout: 30_000 });
  const [own] = store.query<{ id: string }>('select id from priorities where id != ?', survivor.id);

  // Progress on the survivor comes first, so it is behind the device's cursor by the merge.
  await respond(store.baseUrl, token, survivor.id, {
    status: 'in-progress',
    action: 'Alley gated in January',
  });
  expect(await moderate(store.baseUrl, token, own!.id, 'merge', { into: survivor.id })).toBe(200);

  await page.reload();
  await goTo(page, 'my');
  await expect(mine).toContainText('Yours raised the same concern as this one', { timeout: 30_000 });
  await expect(mine).toContainText(survivor.description);
  await expect(mine).toContainText('You said, we did: In progress', { timeout: 30_000 });
  await expect(mine).toContainText('Alley gated in January');
  await expect(mine).toContainText('Mattresses dumped in the alley again');
  await expectAccessible(page);

  await context.setOffline(true);
  await page.reload();
  await goTo(page, 'my');
  await expect(mine).toContainText(survivor.description);
  await expect(mine).toContainText('You said, we did: In progress');

  // Hidden by moderation: the survivor is no longer named on the device, only that it was combined.
  await context.setOffline(false);
  expect(await moderate(store.baseUrl, token, survivor.id, 'hide', { reason: 'Names a resident' })).toBe(200);
  await page.reload();
  await goTo(page, 'my');
  await expect(mine).toContainText('Yours raised the same concern as another priority', {
    timeout: 30_000,
  });
  await expect(mine).not.toContainText(survivor.description);
  await expect(mine).not.toContainText('Alley gated in January');
});
