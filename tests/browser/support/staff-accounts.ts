// Staff accounts for browser tests, made with the real CLI against the test store's data directory.
import { execFileSync } from 'node:child_process';
import type { StoreServer } from './store-server';

export const STAFF_PASSWORD = 'browser test password 1';

export function cli(store: StoreServer, args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    env: { ...process.env, DATA_DIR: store.dataDir, DATABASE_URL: '', STAFF_PASSWORD },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function addStaff(
  store: StoreServer,
  username: string,
  role: 'pcso' | 'officer' | 'analyst' | 'admin',
  name: string,
  csps: string[] = ['E22000321'],
): void {
  cli(store, [
    'user',
    'add',
    '--username',
    username,
    '--name',
    name,
    '--role',
    role,
    ...csps.flatMap((c) => ['--csp', c]),
  ]);
}
