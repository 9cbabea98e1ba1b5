// Staff sign-in on the device: the token is kept in IndexedDB and sent as a bearer token; a
// session the server ends is reported clearly without losing unsynced work; sign-out clears
// the person's staff data from the device.
import type { Page } from '@playwright/test';
import { saveWardPriority } from './support/capture-steps';
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';
import { signInOnDevice } from './support/staff-account';
import { addStaff, cli, STAFF_PASSWORD } from './support/staff-accounts';

/** Every kv key on the device that belongs to staff. */
function staffKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('neighbourhood-priorities');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('kv').objectStore('kv').getAllKeys();
          req.onsuccess = () => {
            resolve((req.result as string[]).filter((k) => k.startsWith('staff:')));
            open.result.close();
          };
        };
      }),
  );
}

/** Drives the sign-in form itself, right or wrong password: what this spec is about. */
async function signIn(page: Page, username: string, password = STAFF_PASSWORD) {
  await goTo(page, 'staff');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an officer signs in, the device keeps the session, and signing out clears it', async ({
  page,
  store,
}) => {
  addStaff(store, 'pc.jones', 'officer', 'PC Sam Jones', ['E22000321', 'E22000359']);
  await page.goto(store.baseUrl);
  await goTo(page, 'staff');
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
  await expectAccessible(page);

  await signIn(page, 'pc.jones', 'not the password');
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page.getByRole('alert')).toContainText(
    'That username and password do not match an active staff account.',
  );
  await expect(page.getByLabel('Password')).toHaveValue('');
  expect(await staffKeys(page)).toEqual([]);

  await signIn(page, 'PC.Jones');
  await expect(
    page.getByText(/Signed in as PC Sam Jones \(Officer\) for Rugby, South Warwickshire/),
  ).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Staff area' })).toBeVisible();
  await expectAccessible(page);
  expect(await staffKeys(page)).toEqual(['staff:session']);

  // Still signed in after a reload: the session lives in IndexedDB, not in memory.
  const bearer = page.waitForRequest((r) => r.url().endsWith('/api/v1/staff/me'));
  await page.reload();
  expect((await bearer).headers().authorization).toMatch(/^Bearer [\w-]{43}$/);
  await goTo(page, 'staff');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('Signed out, and staff data removed from this device.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
  expect(await staffKeys(page)).toEqual([]);
  const sessions = store.query<{ n: number }>('select count(*) as n from sessions');
  expect(sessions[0]?.n).toBe(0);
});

test('a session the server ends says so, keeps unsynced work, and lets the person sign in again', async ({
  context,
  page,
  store,
}) => {
  addStaff(store, 'pcso.lee', 'pcso', 'PCSO Ali Lee');
  await page.goto(store.baseUrl);
  await signInOnDevice(page, 'pcso.lee');
  await expect(page.getByText(/Signed in as PCSO Ali Lee/)).toBeVisible();

  // Work recorded offline, then the account is disabled while the device is away.
  await context.setOffline(true);
  await goTo(page, 'add');
  await saveWardPriority(page, { theme: 'Fly-tipping', connection: 'I work here' });
  await expect(page.getByText(/Saved on this device/)).toBeVisible();
  cli(store, ['user', 'disable', '--username', 'pcso.lee']);

  await context.setOffline(false);
  await expect(page.getByRole('alert')).toContainText('Your staff session has ended.');
  await goTo(page, 'my');
  await expect(page.getByRole('listitem').filter({ hasText: 'Fly-tipping' })).toContainText('Sent');
  expect(store.query('select id from priorities where theme_key = ?', 'local.fly-tipping')).toHaveLength(1);

  await page.getByRole('link', { name: 'Sign in again' }).click();
  await expect(page.getByText(/Your staff session as PCSO Ali Lee has ended/)).toBeVisible();
  await expectAccessible(page);
  addStaff(store, 'pcso.lee2', 'pcso', 'PCSO Ali Lee');
  await page.getByLabel('Username').fill('pcso.lee2');
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/Signed in as PCSO Ali Lee \(PCSO\) for Rugby/)).toBeVisible();
});
