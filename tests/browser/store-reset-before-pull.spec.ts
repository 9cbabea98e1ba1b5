// A device whose pull cursor never left the start: the store confirmed its priority, no pull
// completed, and then the store was restored from a backup taken before the priority arrived.
// The cursor ("0.0") gives nothing away, so the store mark the device kept from the push answer
// is what tells the restored store to answer "start over"; the device sends the priority again
// and the store holds it exactly once.
import { API } from '../../src/domain/sync-protocol';
import { readDeviceKv } from './support/device-kv';
import { expect, test } from './support/fixtures';
import { goTo } from './support/navigation';
import { backUpStore, refusePulls, restoreStoreBackup } from './support/store-restore';

// The page runs every round itself, so the test's route sees (and can refuse) each pull.
test.use({ serviceWorkers: 'block' });

test('a priority confirmed just before a restore, never pulled, is sent again and held once', async ({
  context,
  page,
  store,
}) => {
  test.setTimeout(120_000);
  await backUpStore(store); // the nightly backup: the store has never seen this device
  const allowPulls = await refusePulls(context);
  const pulls: { marks: string | null; reset: boolean }[] = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.pathname !== API.pull || !response.ok()) return;
    const body = (await response.json().catch(() => ({}))) as { reset?: boolean };
    pulls.push({ marks: url.searchParams.get('marks'), reset: body.reset === true });
  });

  await page.goto(store.baseUrl);
  const where = page.getByLabel('Or choose a ward instead of a pin');
  await expect(where.locator('option', { hasText: 'Benn' })).toHaveCount(1, { timeout: 30_000 });
  await where.selectOption({ label: 'Benn' });
  const description = `Vans parked across the dropped kerb ${Date.now()}`;
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Inconsiderate parking' });
  await page.getByLabel('Describe it briefly (optional)').fill(description);
  await page.getByLabel('I live here').check();
  await page.getByRole('button', { name: 'Save priority' }).click();
  await expect(page.getByText(/Saved on this device/)).toBeVisible();

  await goTo(page, 'my');
  const item = page.getByRole('listitem').filter({ hasText: description });
  await expect(item).toContainText('Sent', { timeout: 30_000 });
  const held = () => store.query('select id from priorities where description = ?', description).length;
  expect(held()).toBe(1);
  // The push answer's mark is on the device (it is written before the answer is applied, so
  // before "Sent" shows); no pull has completed, so the cursor is still the first one.
  await expect.poll(() => readDeviceKv(page, 'storeMarks'), { timeout: 30_000 }).toMatch(/^[0-9a-z]+\.\d+$/);
  expect(await readDeviceKv(page, 'pullCursor')).toBeUndefined();

  await restoreStoreBackup(store);
  expect(held()).toBe(0);

  await allowPulls();
  await page.reload();
  await expect.poll(held, { timeout: 60_000 }).toBe(1);
  expect(pulls[0]).toEqual({ marks: expect.stringMatching(/\.\d+$/), reset: true });
  await goTo(page, 'my');
  await expect(page.getByRole('listitem').filter({ hasText: description })).toContainText('Sent', {
    timeout: 30_000,
  });

  // Another round changes nothing: the store holds it once and does not start over again.
  await page.reload();
  await expect(page.getByText(/everything sent/)).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => pulls.length, { timeout: 30_000 }).toBeGreaterThan(1);
  expect(pulls.slice(1).every((p) => !p.reset)).toBe(true);
  expect(held()).toBe(1);
  expect(store.query('select id from priorities')).toHaveLength(1);
});
