// Sessions on both stores: they expire, die with a disabled account or a new password, and
// the store never holds the token itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSession, findSession, openSession } from '../../../src/server/auth/sessions';
import { disableStaff, setStaffPassword } from '../../../src/server/auth/users';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { makeStaff, RUGBY, SOUTH_WARWICKSHIRE } from '../../support/staff';

const HOUR = 3_600_000;

describe.each(backends())('staff sessions on $name', (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openSeededStore(backend);
  });
  afterAll(() => store.close());

  it('finds the principal for a live token, with every CSP of the account', async () => {
    const staff = await makeStaff(store.db, 'officer', [SOUTH_WARWICKSHIRE, RUGBY]);
    const { token, expiresAt } = await openSession(store.db, staff.id, HOUR);
    const found = await findSession(store.db, token);
    expect(found?.staff).toEqual({
      id: staff.id,
      username: staff.username,
      displayName: staff.displayName,
      role: 'officer',
      cspCodes: [RUGBY, SOUTH_WARWICKSHIRE],
    });
    expect(found?.expiresAt).toBe(expiresAt);
    const rows = await store.db.kysely.selectFrom('sessions').select('token_hash').execute();
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });

  it('does not accept a token after it expires', async () => {
    const staff = await makeStaff(store.db, 'pcso');
    const now = Date.now();
    const { token } = await openSession(store.db, staff.id, HOUR, now);
    // Used every 50 minutes, so the idle limit never bites; the absolute expiry still does.
    const limits = (at: number) => ({ idleMs: HOUR, now: at });
    for (let at = now + 50 * 60_000; at < now + HOUR; at += 50 * 60_000) {
      expect(await findSession(store.db, token, limits(at))).toBeDefined();
    }
    expect(await findSession(store.db, token, limits(now + HOUR - 1000))).toBeDefined();
    expect(await findSession(store.db, token, limits(now + HOUR + 1000))).toBeUndefined();
  });

  it('ends a session left unused for the idle limit, and each use pushes that limit back', async () => {
    const staff = await makeStaff(store.db, 'officer');
    const now = Date.now();
    const { token } = await openSession(store.db, staff.id, 10 * HOUR, now);
    const idle = { idleMs: 30 * 60_000 };
    // Used at 20 and 45 minutes: still live at 70 (25 minutes after the last use).
    expect(await findSession(store.db, token, { ...idle, now: now + 20 * 60_000 })).toBeDefined();
    expect(await findSession(store.db, token, { ...idle, now: now + 45 * 60_000 })).toBeDefined();
    expect(await findSession(store.db, token, { ...idle, now: now + 70 * 60_000 })).toBeDefined();
    // Then left alone for 30 minutes: ended, and using it again does not revive it.
    expect(await findSession(store.db, token, { ...idle, now: now + 100 * 60_000 })).toBeUndefined();
    expect(await findSession(store.db, token, { ...idle, now: now + 101 * 60_000 })).toBeUndefined();
    const other = await openSession(store.db, staff.id, 10 * HOUR, now);
    expect(await findSession(store.db, other.token, { ...idle, now: now + 31 * 60_000 })).toBeUndefined();
  });

  it('ends with sign-out, a disabled account, or a new password', async () => {
    const staff = await makeStaff(store.db, 'analyst');
    const a = await openSession(store.db, staff.id, HOUR);
    await closeSession(store.db, a.token);
    expect(await findSession(store.db, a.token)).toBeUndefined();

    const b = await openSession(store.db, staff.id, HOUR);
    expect(await setStaffPassword(store.db, staff.username, 'a brand new password')).toBe(true);
    expect(await findSession(store.db, b.token)).toBeUndefined();

    const c = await openSession(store.db, staff.id, HOUR);
    expect((await disableStaff(store.db, staff.username))?.disabledAt).toBeTruthy();
    expect(await findSession(store.db, c.token)).toBeUndefined();
    // Even a session opened after disabling (a race with sign-in) is refused.
    const d = await openSession(store.db, staff.id, HOUR);
    expect(await findSession(store.db, d.token)).toBeUndefined();
  });

  it('refuses tokens that were never issued', async () => {
    expect(await findSession(store.db, 'x'.repeat(43))).toBeUndefined();
    expect(await findSession(store.db, '')).toBeUndefined();
  });
});
