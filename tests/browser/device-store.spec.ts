// A store that loses nothing: storage protection shown honestly, export and import of unsent
// priorities, "me too" supports and finished meetings on a fresh profile (idempotent), "clear this
// device" (and a "me too" after it still counted once), and a lost connection.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { saveWardPriority } from './support/capture-steps';
import { expect, expectAccessible, test, waitForServiceWorker, waitForWardList } from './support/fixtures';
import { closeAndAgree, openMeetings, raiseAsChair, setUpMeeting, takeTurn } from './support/meeting-steps';
import { goTo } from './support/navigation';
import { publishedPriority, seedPublished, supportRows } from './support/public-data';
import { appDeviceId } from './support/seed-outbox';
import { addStaffAccount, signInOnDevice } from './support/staff-account';

async function saveForWard(page: Page, ward: string, theme: string, description: string) {
  await goTo(page, 'add');
  await saveWardPriority(page, { ward, theme, description });
  await expect(page.getByText(/Saved on this device/)).toBeVisible();
}

const deviceTab = (page: Page) => goTo(page, 'device');

/** Another profile, sharing nothing with the first but the file: imports it twice, checking each answer. */
async function importTwiceOnFreshProfile(
  browser: Browser,
  baseUrl: string,
  file: string,
  answers: readonly [first: string, second: string],
): Promise<{ fresh: BrowserContext; other: Page }> {
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(baseUrl);
  await deviceTab(other);
  const input = other.getByLabel('Import unsent items from an exported file');
  for (const answer of answers) {
    await input.setInputFiles(file);
    await expect(other.getByText(answer, { exact: false })).toBeVisible();
  }
  return { fresh, other };
}

/** Asks to clear the device, expects the refusal, then exports what is unsent and reads the file. */
async function refuseClearThenExport<T>(page: Page, refusal: string): Promise<{ file: string; exported: T }> {
  await page.getByRole('button', { name: 'Clear this device' }).click();
  await page.getByRole('button', { name: 'Yes, clear this device' }).click();
  await expect(page.getByText(refusal, { exact: false })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export unsent items to a file' }).click();
  const file = await (await downloading).path();
  return { file, exported: JSON.parse(readFileSync(file, 'utf8')) as T };
}

test('unsent priorities exported to a file are imported once on a fresh profile and reach the store once', async ({
  browser,
  context,
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await waitForWardList(page);
  await context.setOffline(true);
  await saveForWard(page, 'Benn', 'Fly-tipping', 'Mattresses behind the garages');
  await saveForWard(page, 'Bilton', 'Speeding', 'Vans cutting through at school time');

  await deviceTab(page);
  // A fresh headless profile is not granted persistent storage: the app says so.
  await expect(page.getByText(/Not protected: this browser did not grant persistent storage/)).toBeVisible();
  await expect(page.getByText(/2 waiting to send \(oldest just now\)/).first()).toBeVisible();
  await expectAccessible(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export unsent items to a file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^priorities-unsent-\d{4}-\d\d-\d\d-\d\d-\d\d\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { priorities: { id: string }[] };
  expect(exported.priorities).toHaveLength(2);
  await expect(page.getByText(/Exported 2 unsent priorities/)).toBeVisible();

  const { fresh, other } = await importTwiceOnFreshProfile(browser, store.baseUrl, file, [
    'Imported 2 priorities; 0 already on this device.',
    'Imported 0 priorities; 2 already on this device.',
  ]);
  await goTo(other, 'my');
  await expect(other.getByRole('listitem').filter({ hasText: 'Sent' })).toHaveCount(2, { timeout: 30_000 });
  const ids = exported.priorities.map((p) => p.id).sort();
  expect(store.query<{ id: string }>('select id from priorities order by id').map((r) => r.id)).toEqual(ids);

  // The first device comes back online too: its copies are duplicates, nothing is doubled.
  await context.setOffline(false);
  await expect(page.getByText('Everything recorded on this device has reached the store.')).toBeVisible({
    timeout: 30_000,
  });
  expect(store.query('select id from priorities')).toHaveLength(2);
  await fresh.close();
});

test('a file that is not an export is refused with the reason, and nothing is imported', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await deviceTab(page);
  await page.getByLabel('Import unsent items from an exported file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'something-else', priorities: [] })),
  });
  await expect(
    page.getByText(
      'notes.json cannot be imported: format: this is not a file of priorities exported from this app.',
    ),
  ).toBeVisible();
  await page.getByLabel('Import unsent items from an exported file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ not json'),
  });
  await expect(
    page.getByText('broken.json is not a file exported from this app (it is not JSON).'),
  ).toBeVisible();
  await goTo(page, 'my');
  await expect(page.getByText('You have not recorded any priorities on this device yet.')).toBeVisible();
});

test('"clear this device" refuses while anything is unsent, then clears once all is in the store', async ({
  context,
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await waitForWardList(page);
  await context.setOffline(true);
  await saveForWard(page, 'Benn', 'Graffiti', 'Tags on the underpass');
  await deviceTab(page);
  await page.getByRole('button', { name: 'Clear this device' }).click();
  await page.getByRole('button', { name: 'Yes, clear this device' }).click();
  await expect(page.getByText(/Not cleared: 1 priority has not reached the store yet/)).toBeVisible();
  await goTo(page, 'my');
  await expect(page.getByRole('main').getByRole('listitem')).toContainText('Waiting to send');

  await context.setOffline(false);
  await expect(page.getByRole('main').getByRole('listitem')).toContainText('Sent', { timeout: 30_000 });
  await deviceTab(page);
  await page.getByRole('button', { name: 'Clear this device' }).click();
  await expect(page.getByText('Remove 1 priority and any unfinished draft from this device?')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, clear this device' }).click();
  await expect(page.getByText('This device has been cleared: 1 sent priority removed.')).toBeVisible();
  await goTo(page, 'my');
  await expect(page.getByText('You have not recorded any priorities on this device yet.')).toBeVisible();
  expect(store.query('select id from priorities')).toHaveLength(1);
});

test('when another connection takes the database away, the app reopens it and saving still works', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await waitForWardList(page);
  await saveForWard(page, 'Benn', 'Noise', 'Before the upgrade');
  // What a newer app version in another tab does: upgrade the database, closing this tab's connection.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const probe = indexedDB.open('neighbourhood-priorities');
        probe.onsuccess = () => {
          const version = probe.result.version;
          probe.result.close();
          const upgrade = indexedDB.open('neighbourhood-priorities', version + 1);
          upgrade.onupgradeneeded = () => upgrade.result.createObjectStore('from-a-newer-tab');
          upgrade.onsuccess = () => {
            upgrade.result.close();
            resolve();
          };
          upgrade.onerror = () => reject(upgrade.error);
        };
      }),
  );
  await saveForWard(page, 'Benn', 'Litter and dog fouling', 'After the upgrade');
  await goTo(page, 'my');
  await expect(page.getByRole('listitem').filter({ hasText: 'Sent' })).toHaveCount(2, { timeout: 30_000 });
  expect(store.query('select id from priorities')).toHaveLength(2);
});

test('a "me too" waiting to send counts as unsent, stops "clear this device", and travels in the export file to be counted once, and once cleared is still counted once', async ({
  browser,
  context,
  page,
  store,
}) => {
  const backed = publishedPriority({ description: 'Cars race along Clifton Road every night' });
  await seedPublished(store, [backed]);
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await goTo(page, 'area-list');
  await expect(page.getByText(/^1 published priority · updated/)).toBeVisible();
  await context.setOffline(true);
  const item = page.getByRole('listitem').filter({ hasText: backed.description });
  await item.getByRole('button', { name: 'Me too' }).click();
  await expect(item).toContainText('You back this · waiting to send');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /1 waiting to send \(oldest just now\)/ })
      .first(),
  ).toBeVisible();

  await deviceTab(page);
  await expect(
    page.getByText(/1 waiting to send \(oldest just now\)\. Of these, 1 is a “me too”\./),
  ).toBeVisible();
  const { file, exported } = await refuseClearThenExport<{
    version: number;
    priorities: unknown[];
    meetings: unknown[];
    supports: { priorityId: string; deviceId: string; cspCode: string }[];
  }>(page, 'Not cleared: 1 “me too” has not reached the store yet.');
  expect(exported.version).toBe(3);
  expect(exported.priorities).toEqual([]);
  expect(exported.meetings).toEqual([]);
  expect(exported.supports).toEqual([
    expect.objectContaining({ priorityId: backed.id, cspCode: backed.cspCode }),
  ]);
  await expect(page.getByText(/Exported 1 unsent “me too” to priorities-unsent-/)).toBeVisible();
  await expectAccessible(page);

  // A fresh profile, online: the support is imported once and sent under the first device's id.
  const { fresh } = await importTwiceOnFreshProfile(browser, store.baseUrl, file, [
    '1 “me too” imported; 0 already on this device.',
    '0 “me too”s imported; 1 already on this device.',
  ]);
  await expect
    .poll(() => supportRows(store), { timeout: 30_000 })
    .toEqual([{ priority_id: backed.id, device_id: exported.supports[0]?.deviceId }]);

  // The first device comes back online: its own copy is a duplicate, nothing is doubled.
  await context.setOffline(false);
  await goTo(page, 'area-list');
  await expect(item).toContainText('You back this · counted', { timeout: 30_000 });
  expect(supportRows(store)).toHaveLength(1);
  await deviceTab(page);
  await page.getByRole('button', { name: 'Clear this device' }).click();
  await page.getByRole('button', { name: 'Yes, clear this device' }).click();
  await expect(
    page.getByText('This device has been cleared: 0 sent priorities and 1 “me too” removed.'),
  ).toBeVisible();

  // The next person on this shared device backs the same priority: the device keeps its id through
  // a clear, so the store counts this device once, still.
  const ownDeviceId = await appDeviceId(page);
  await goTo(page, 'area-list');
  await item.getByRole('button', { name: 'Me too' }).click();
  await expect(item).toContainText('You back this · counted', { timeout: 30_000 });
  expect(await appDeviceId(page)).toBe(ownDeviceId);
  expect(supportRows(store)).toHaveLength(1);
  expect(store.query('select id from supports where device_id = ?', ownDeviceId)).toHaveLength(1);
  await fresh.close();
});

test('a finished meeting waiting to send stops "clear this device", travels in the export file, and the store holds it once', async ({
  browser,
  page,
  store,
}) => {
  test.setTimeout(180_000);
  // Run with nobody signed in: the finished meeting waits on the device for a PCSO.
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await waitForWardList(page);
  await openMeetings(page);
  await setUpMeeting(page, { venue: 'Benn Community Hub' });
  await raiseAsChair(page, 'Speeding', 'Vans along Railway Terrace');
  await page.getByRole('button', { name: 'Attendee turns' }).click();
  await takeTurn(page, ['Speeding']);
  await closeAndAgree(page, [['Speeding (1 vote)', 'Speed checks at school time']]);

  await deviceTab(page);
  const { file, exported } = await refuseClearThenExport<{
    version: number;
    meetings: { deviceId: string; meeting: { id: string }; priorities: unknown[] }[];
  }>(page, 'Not cleared: 1 meeting has not reached the store yet.');
  expect(exported.version).toBe(3);
  expect(exported.meetings).toHaveLength(1);
  expect(exported.meetings[0]?.priorities).toHaveLength(1);
  await expect(page.getByText(/Exported 1 unsent meeting to priorities-unsent-/)).toBeVisible();
  await expectAccessible(page);

  // Another device imports it twice (held once), and a PCSO signing in there sends it.
  const { fresh, other } = await importTwiceOnFreshProfile(browser, store.baseUrl, file, [
    '1 meeting imported; 0 already on this device',
    '0 meetings imported; 1 already on this device',
  ]);
  addStaffAccount(store, 'pat.reid', 'pcso', 'PCSO Pat Reid');
  await signInOnDevice(other, 'pat.reid');
  const meetingId = exported.meetings[0]?.meeting.id;
  await expect
    .poll(() => store.query('select id, device_id from meetings'), { timeout: 30_000 })
    .toEqual([{ id: meetingId, device_id: exported.meetings[0]?.deviceId }]);
  expect(store.query('select priority_id from meeting_items')).toHaveLength(1);
  expect(store.query('select rank from meeting_agreed')).toHaveLength(1);
  await openMeetings(other);
  await expect(other.getByRole('listitem').filter({ hasText: 'Benn Community Hub' })).toContainText('Sent', {
    timeout: 30_000,
  });

  // The first device's own copy, sent once someone signs in there too, is a duplicate.
  await signInOnDevice(page, 'pat.reid');
  await openMeetings(page);
  await expect(page.getByRole('listitem').filter({ hasText: 'Benn Community Hub' })).toContainText('Sent', {
    timeout: 30_000,
  });
  expect(store.query('select id from meetings')).toHaveLength(1);
  expect(store.query('select id from priorities')).toHaveLength(1);
  await fresh.close();
});
