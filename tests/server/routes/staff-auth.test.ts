// Staff sign-in over HTTP: the same answer for a wrong name or password, sessions that end,
// schema errors naming the field, and every attempt in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_API } from '../../../src/domain/staff';
import { disableStaff } from '../../../src/server/auth/users';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { makeStaff, RUGBY, SOUTH_WARWICKSHIRE, signIn, TEST_PASSWORD } from '../../support/staff';

describe.each(backends())('staff sign-in on $name', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openApp(backend);
  });
  afterAll(() => t.close());

  const login = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: STAFF_API.login, payload: payload as object });
  const me = (authorization?: string) =>
    t.app.inject({ method: 'GET', url: STAFF_API.me, headers: authorization ? { authorization } : {} });

  it('signs in, says who is signed in, and signs out', async () => {
    const staff = await makeStaff(t.store.db, 'officer', [RUGBY, SOUTH_WARWICKSHIRE]);
    // Usernames are matched without regard to case or surrounding spaces.
    const res = await login({ username: ` ${staff.username.toUpperCase()} `, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.token).toMatch(/^[\w-]{43}$/);
    expect(Date.parse(body.expiresAt) - Date.now()).toBeGreaterThan(9 * 3_600_000);
    expect(body.staff).toEqual({
      id: staff.id,
      username: staff.username,
      displayName: 'Test officer',
      role: 'officer',
      cspCodes: [RUGBY, SOUTH_WARWICKSHIRE],
    });
    expect(JSON.stringify(body)).not.toContain('scrypt');

    const who = await me(`Bearer ${body.token}`);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toEqual({ staff: body.staff, expiresAt: body.expiresAt });

    const out = await t.app.inject({
      method: 'POST',
      url: STAFF_API.logout,
      headers: { authorization: `Bearer ${body.token}` },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(`Bearer ${body.token}`)).statusCode).toBe(401);
  });

  it('gives the same 401 for an unknown user, a wrong password and a disabled account', async () => {
    const staff = await makeStaff(t.store.db, 'pcso');
    const gone = await makeStaff(t.store.db, 'pcso');
    await disableStaff(t.store.db, gone.username);
    const answers = await Promise.all([
      login({ username: 'nobody-here', password: TEST_PASSWORD }),
      login({ username: staff.username, password: `${TEST_PASSWORD}!` }),
      login({ username: gone.username, password: TEST_PASSWORD }),
    ]);
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        error: 'unauthorized',
        message: 'That username and password do not match an active staff account.',
      });
    }
    const failures = await t.store.db.kysely
      .selectFrom('audit_log')
      .select(['actor', 'details'])
      .where('action', '=', 'staff.login-failed')
      .execute();
    const reasons = failures.map((f) => JSON.parse(f.details).reason).sort();
    expect(reasons).toEqual(['disabled', 'unknown-user', 'wrong-password']);
    expect(failures.every((f) => !f.details.includes(TEST_PASSWORD))).toBe(true);
  });

  it.each([
    [{}, 'username'],
    [{ username: 'someone' }, 'password'],
    [{ username: 42, password: 'x' }, 'username'],
    [{ username: 'a', password: 'p'.repeat(2000) }, 'password'],
    [{ username: 'a', password: 'b', admin: true }, 'admin'],
  ])('a malformed sign-in %j → 400 naming %s', async (payload, field) => {
    const res = await login(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe(field);
  });

  it.each([
    [undefined, 'Sign in as staff'],
    ['Bearer not-a-real-token-at-all-0123456789', 'sign in again'],
    ['Basic dXNlcjpwYXNz', 'Sign in as staff'],
  ])('GET /me with %s → 401', async (authorization, message) => {
    const res = await me(authorization);
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toContain('Bearer');
    expect(res.json().message).toContain(message);
  });

  it('records sign-in and sign-out in the audit log, readable by an admin of the CSP only', async () => {
    const admin = await makeStaff(t.store.db, 'admin', [RUGBY]);
    const officer = await makeStaff(t.store.db, 'officer', [RUGBY]);
    const a = await signIn(t.app, admin.username);
    const o = await signIn(t.app, officer.username);
    const read = (authorization: string) =>
      t.app.inject({ method: 'GET', url: `${STAFF_API.audit}?limit=50`, headers: { authorization } });
    expect((await read(o.authorization)).statusCode).toBe(403);
    const res = await read(a.authorization);
    expect(res.statusCode).toBe(200);
    const actions = res
      .json()
      .entries.map((e: { actor: string; action: string }) => `${e.actor}:${e.action}`);
    expect(actions).toContain(`${officer.username}:staff.login`);
    expect(actions).toContain(`${admin.username}:staff.login`);
  });
});
