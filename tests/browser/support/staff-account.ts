// A real staff account on the running store, made with the CLI as an administrator would,
// and a real sign-in over HTTP.
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import type { StoreServer } from './store-server';

export const STAFF_PASSWORD = 'correct horse battery staple';

export function addStaffAccount(store: StoreServer, username: string, role: string, name: string): void {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/server/cli.ts',
      'user',
      'add',
      '--username',
      username,
      '--name',
      name,
      '--role',
      role,
      '--csp',
      'E22000321',
      '--password-stdin',
    ],
    {
      input: `${STAFF_PASSWORD}\n`,
      env: { ...process.env, DATA_DIR: store.dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`cli user add failed: ${result.stderr}`);
}

export async function signInOverHttp(store: StoreServer, username: string): Promise<string> {
  const res = await fetch(`${store.baseUrl}/api/v1/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: STAFF_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** Signs in on the device through the Staff tab, as a person would (needs the network). */
export async function signInOnDevice(page: Page, username: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /^Staff/ })
    .click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/Signed in as/)).toBeVisible();
}
