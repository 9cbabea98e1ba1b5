// The store is killed (SIGKILL) while a meeting is being uploaded: afterwards it holds the
// meeting whole or not at all, and once restarted it ends up with exactly one whole copy.
import { MEETINGS_API } from '../../src/domain/meetings-api';
import { expect, test } from './support/fixtures';
import {
  closeAndAgree,
  openAsMeetingPcso,
  openMeetings,
  raiseAsChair,
  setUpMeeting,
  takeTurn,
} from './support/meeting-steps';

const held = (store: { query<T>(sql: string): T[] }) => ({
  meetings: store.query('select id from meetings').length,
  items: store.query('select priority_id from meeting_items').length,
  agreed: store.query('select rank from meeting_agreed').length,
  priorities: store.query("select id from priorities where channel = 'meeting'").length,
});

test('a meeting stays whole when the store is killed mid-upload', async ({ context, page, store }) => {
  test.setTimeout(180_000);
  // The PCSO running it signed in before the hall (sending needs a staff session).
  await openAsMeetingPcso(page, store);
  await context.setOffline(true);
  await openMeetings(page);
  await setUpMeeting(page, { venue: 'Village Hall' });
  await raiseAsChair(page, 'Speeding', 'Through the village at night');
  await raiseAsChair(page, 'Fly-tipping', 'Lay-by on the A426');
  await raiseAsChair(page, 'Noise', 'Car meets');
  await page.getByRole('button', { name: 'Attendee turns' }).click();
  await takeTurn(page, ['Speeding', 'Noise']);
  await takeTurn(page, ['Speeding', 'Fly-tipping']);
  await closeAndAgree(
    page,
    ['Speeding (2 votes)', 'Fly-tipping (1 vote)', 'Noise (1 vote)'].map(
      (label) => [label, 'Patrols'] as const,
    ),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Meeting record: Waiting to send' })).toBeVisible();

  // Kill the store while the first upload is in flight.
  let first = true;
  await page.route(`**${MEETINGS_API.bundles}`, async (route) => {
    if (!first) return route.continue();
    first = false;
    const sending = route.continue().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 15));
    await store.stop('SIGKILL');
    await sending;
  });
  await context.setOffline(false);
  await expect.poll(() => first, { timeout: 30_000 }).toBe(false);
  await expect
    .poll(
      async () =>
        await fetch(`${store.baseUrl}/healthz`).then(
          () => 'up',
          () => 'down',
        ),
    )
    .toBe('down');
  const killedAt = held(store);
  // Whole or nothing: never half a meeting.
  expect([
    { meetings: 0, items: 0, agreed: 0, priorities: 0 },
    { meetings: 1, items: 3, agreed: 3, priorities: 3 },
  ]).toContainEqual(killedAt);

  await store.restart();
  // The network "returns": the device retries at once instead of waiting out its backoff.
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'Meeting record: Sent' })).toBeVisible({
    timeout: 60_000,
  });
  expect(held(store)).toEqual({ meetings: 1, items: 3, agreed: 3, priorities: 3 });
});
