// The store is restored from a backup taken before a meeting reached it, and the device sends
// the meeting it had already sent again, so the store ends up holding it once, whole: whether
// the device had pulled since (its pull cursor is then ahead of the store) or had never
// completed a pull (its first cursor gives nothing away; the store mark it kept from the
// meeting's upload answer does).
import type { Page } from '@playwright/test';
import { readDeviceKv } from './support/device-kv';
import { expect, test } from './support/fixtures';
import {
  closeAndAgree,
  openAsMeetingPcso,
  openMeetings,
  raiseAsChair,
  setUpMeeting,
  takeTurn,
} from './support/meeting-steps';
import { backUpStore, refusePulls, restoreStoreBackup } from './support/store-restore';
import type { StoreServer } from './support/store-server';

/** A PCSO signed in, the nightly backup (with the session in it), then a meeting run and sent. */
async function meetingSentAfterBackup(page: Page, store: StoreServer, before?: () => Promise<unknown>) {
  await openAsMeetingPcso(page, store);
  await backUpStore(store);
  await before?.();
  await openMeetings(page);
  await setUpMeeting(page, { venue: 'Village Hall' });
  await raiseAsChair(page, 'Speeding', 'Through the village at night');
  await raiseAsChair(page, 'Noise', 'Car meets');
  await page.getByRole('button', { name: 'Attendee turns' }).click();
  await takeTurn(page, ['Speeding']);
  await closeAndAgree(page, [['Speeding (1 vote)', 'Speed checks']]);
  await expect(page.getByRole('status').filter({ hasText: 'Meeting record: Sent' })).toBeVisible({
    timeout: 30_000,
  });
}

/** After the restore: the meeting arrives once, whole, and a further round changes nothing. */
async function sentAgainOnce(page: Page, store: StoreServer) {
  await expect.poll(() => store.query('select id from meetings').length, { timeout: 60_000 }).toBe(1);
  expect(store.query('select priority_id from meeting_items')).toHaveLength(2);
  expect(store.query('select rank from meeting_agreed')).toHaveLength(1);
  await openMeetings(page);
  await expect(page.getByRole('listitem').filter({ hasText: 'Finished' })).toContainText('Sent', {
    timeout: 30_000,
  });
  await page.reload();
  await expect(page.getByText(/everything sent/)).toBeVisible({ timeout: 30_000 });
  expect(store.query('select id from meetings')).toHaveLength(1);
  expect(store.query('select id from priorities')).toHaveLength(2);
}

test('a meeting the restored store no longer has is sent again', async ({ page, store }) => {
  test.setTimeout(180_000);
  await meetingSentAfterBackup(page, store);
  // A further round moves the device's pull cursor past the meeting's priorities. "Everything
  // sent" shows before that pull is answered, so wait for the device to have saved the cursor
  // (on a busy machine the store was otherwise stopped with the pull still in flight).
  await page.reload();
  await expect(page.getByText(/everything sent/)).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(async () => (await readDeviceKv(page, 'pullCursor')) ?? '0.0', { timeout: 30_000 })
    .not.toBe('0.0');
  expect(store.query('select id from meetings')).toHaveLength(1);

  await restoreStoreBackup(store);
  expect(store.query('select id from meetings')).toHaveLength(0);
  await page.reload();
  await sentAgainOnce(page, store);
});

test('a meeting sent just before a restore, with no pull completed since, is sent again once', async ({
  context,
  page,
  store,
}) => {
  test.setTimeout(180_000);
  // The device's pulls so far found nothing (its cursor is the first one); from the backup on,
  // every pull fails, so none completes between the meeting's upload and the restore.
  let allowPulls = async () => {};
  await meetingSentAfterBackup(page, store, async () => {
    allowPulls = await refusePulls(context);
  });
  expect(store.query('select id from meetings')).toHaveLength(1);
  expect((await readDeviceKv(page, 'pullCursor')) ?? '0.0').toBe('0.0');
  await expect.poll(() => readDeviceKv(page, 'storeMarks'), { timeout: 30_000 }).toMatch(/\.\d+$/);

  await restoreStoreBackup(store);
  expect(store.query('select id from meetings')).toHaveLength(0);
  await allowPulls();
  await page.reload();
  await sentAgainOnce(page, store);
});
