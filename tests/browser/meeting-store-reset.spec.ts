// The store is restored from a backup taken before a meeting reached it: the device's pull
// cursor is then ahead of the store, which answers "start over", and the device sends the
// meeting it had already sent again, so the store ends up holding it once, whole.
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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

const FILES = ['store.sqlite', 'store.sqlite-wal', 'store.sqlite-shm'];

test('a meeting the restored store no longer has is sent again', async ({ page, store }) => {
  test.setTimeout(180_000);
  await openAsMeetingPcso(page, store);

  // The nightly backup, taken before the meeting (with the PCSO's session in it).
  await store.stop();
  for (const f of FILES)
    if (existsSync(join(store.dataDir, f)))
      copyFileSync(join(store.dataDir, f), join(store.dataDir, `${f}.bak`));
  await store.restart();

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
  // A further round moves the device's pull cursor past the meeting's priorities. "Everything
  // sent" shows before that pull is answered, so wait for the device to have saved the cursor
  // (on a busy machine the store was otherwise stopped with the pull still in flight).
  await page.reload();
  await expect(page.getByText(/everything sent/)).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(async () => (await readDeviceKv(page, 'pullCursor')) ?? '0.0', { timeout: 30_000 })
    .not.toBe('0.0');
  expect(store.query('select id from meetings')).toHaveLength(1);

  // Restore the backup: the store no longer has the meeting.
  await store.stop();
  for (const f of FILES) {
    rmSync(join(store.dataDir, f), { force: true });
    if (existsSync(join(store.dataDir, `${f}.bak`)))
      copyFileSync(join(store.dataDir, `${f}.bak`), join(store.dataDir, f));
  }
  await store.restart();
  expect(store.query('select id from meetings')).toHaveLength(0);

  await page.reload();
  await expect.poll(() => store.query('select id from meetings').length, { timeout: 60_000 }).toBe(1);
  expect(store.query('select priority_id from meeting_items')).toHaveLength(2);
  expect(store.query('select rank from meeting_agreed')).toHaveLength(1);
  await openMeetings(page);
  await expect(page.getByRole('listitem').filter({ hasText: 'Finished' })).toContainText('Sent', {
    timeout: 30_000,
  });
  // Sent again once: another round changes nothing.
  await page.reload();
  await expect(page.getByText(/everything sent/)).toBeVisible({ timeout: 30_000 });
  expect(store.query('select id from meetings')).toHaveLength(1);
});
