// A PCSO signs in before a long PACT meeting held with no signal, and their staff session idles
// out during it. The finished meeting still goes when the signal returns, with nobody signing
// in again: the device was authorised to send this one meeting (a send grant) at the start. The
// meeting screen and the meetings list say whether sending is authorised.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, expectAccessible, test, waitForServiceWorker } from './support/fixtures';
import {
  closeAndAgree,
  openAsMeetingPcso,
  openMeetings,
  raiseAsChair,
  setUpMeeting,
  takeTurn,
} from './support/meeting-steps';
import { addStaffAccount, signInOnDevice } from './support/staff-account';
import type { StoreServer } from './support/store-server';

/** Every staff session unused for ages, as after a meeting longer than the idle timeout. */
function idleOutSessions(store: StoreServer): void {
  const db = new Database(join(store.dataDir, 'store.sqlite'), { fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  try {
    db.prepare("update sessions set last_seen_at = '2000-01-01T00:00:00.000Z'").run();
  } finally {
    db.close();
  }
}

test("a meeting authorised at its start is sent after the PCSO's session idled out, with no new sign-in", async ({
  context,
  page,
  store,
}) => {
  test.setTimeout(180_000);
  await openAsMeetingPcso(page, store);
  await openMeetings(page);
  await setUpMeeting(page, { venue: 'Benn Community Centre' });
  await expect(page.getByText(/Sending authorised: this device can send the meeting until/)).toBeVisible({
    timeout: 30_000,
  });
  await expectAccessible(page);

  // No signal in the hall, and the meeting outlasts the idle timeout.
  await context.setOffline(true);
  idleOutSessions(store);
  await raiseAsChair(page, 'Speeding', 'Cars race past the school gates');
  await page.getByRole('button', { name: 'Attendee turns' }).click();
  await takeTurn(page, ['Speeding']);
  await closeAndAgree(page, [['Speeding (1 vote)', 'Speed checks at the school']]);
  const record = page.getByRole('status').filter({ hasText: 'Meeting record:' });
  await expect(record).toContainText('Waiting to send');
  expect(store.query('select id from meetings')).toHaveLength(0);

  await context.setOffline(false);
  await expect(record).toContainText('Sent', { timeout: 30_000 });
  expect(store.query('select venue, voters from meetings')).toEqual([
    { venue: 'Benn Community Centre', voters: 1 },
  ]);
  // Sent with the grant (used once), under the PCSO who gave it; the session itself had ended.
  expect(
    store.query<{ action: string; actor: string; via: string | null }>(
      `select action, actor, json_extract(details, '$.via') as via from audit_log
       where action in ('meeting.send-grant', 'upload-meeting') order by at`,
    ),
  ).toEqual([
    { action: 'meeting.send-grant', actor: 'pat.reid', via: null },
    { action: 'upload-meeting', actor: 'pat.reid', via: 'send-grant' },
  ]);
  expect(store.query('select used_at from meeting_send_grants')).toEqual([{ used_at: expect.any(String) }]);
});

test('a meeting set up with nobody signed in says how to authorise sending before it ends, and the list says which are authorised', async ({
  context,
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await openMeetings(page);
  await setUpMeeting(page, { venue: 'Benn Community Centre' });
  await expect(page.getByText(/Not yet authorised to send/)).toBeVisible();
  await expectAccessible(page);
  // The meetings list says so too, in words.
  await page.getByRole('button', { name: 'Back to meetings' }).click();
  const listed = page.getByRole('list', { name: 'Meetings on this device' }).getByRole('listitem');
  await expect(listed).toContainText('Sending not yet authorised: open the meeting while online');
  await expectAccessible(page);

  // Signing in while the meeting is open authorises it at once.
  addStaffAccount(store, 'pat.reid', 'pcso', 'PCSO Pat Reid');
  await signInOnDevice(page, 'pat.reid');
  await openMeetings(page);
  await page.getByRole('link', { name: /Open meeting: Benn/ }).click();
  await expect(page.getByText(/Sending authorised: this device can send the meeting until/)).toBeVisible({
    timeout: 30_000,
  });
  expect(store.query('select meeting_id from meeting_send_grants')).toHaveLength(1);
  await page.getByRole('button', { name: 'Back to meetings' }).click();
  await expect(listed).toContainText(/Sending authorised until \d{1,2} [A-Z][a-z]+ at \d\d:\d\d\./);
  await expect(listed).not.toContainText('not yet authorised');
  await expectAccessible(page);

  // From what the device holds: the same with no signal, after a reload.
  await context.setOffline(true);
  await page.reload();
  await openMeetings(page);
  await expect(listed).toContainText(/Sending authorised until/);
});
