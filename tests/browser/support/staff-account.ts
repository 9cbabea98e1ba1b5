// A real staff account on the running store, made with the CLI as an administrator would,
// and a real sign-in over HTTP.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { goTo } from './navigation';
import { addStaff, STAFF_PASSWORD } from './staff-accounts';
import type { StoreServer } from './store-server';

export { STAFF_PASSWORD };

/** One account in the test CSP (Rugby), made with the real CLI: see staff-accounts.ts. */
export const addStaffAccount = addStaff;

export async function signInOverHttp(store: StoreServer, username: string): Promise<string> {
  const res = await fetch(`${store.baseUrl}/api/v1/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: STAFF_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * Signs in on the device through the Staff tab, as a person would (needs the network).
 * `submitWith: 'enter'` sends the form from the password field, for keyboard-only journeys.
 */
export async function signInOnDevice(
  page: Page,
  username: string,
  options: { submitWith?: 'button' | 'enter' } = {},
): Promise<void> {
  await goTo(page, 'staff');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  if (options.submitWith === 'enter') await page.getByLabel('Password').press('Enter');
  else await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/Signed in as/)).toBeVisible();
}
