// Sign-in lockout and the idle timeout over HTTP: repeated wrong passwords lock a username for a
// while with words that do not say whether the account exists; unused sessions end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_API } from '../../../src/domain/staff';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { makeStaff, signIn, TEST_PASSWORD } from '../../support/staff';

const LOCK_MS = 10 * 60_000;

describe.each(backends())('sign-in lockout and idle sessions on $name', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openApp(backend, { loginLockout: { maxFailures: 3, lockMs: LOCK_MS }, staffIdleMinutes: 30 });
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: STAFF_API.login, payload: { username, password } });
  const auditOf = (action: string) =>
    t.store.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

  it('locks a username after repeated wrong passwords, the same way whether or not it exists', async () => {
    const staff = await makeStaff(t.store.db, 'officer');
    const ghost = `nobody-${Math.random().toString(36).slice(2, 8)}`;
    for (const name of [staff.username, ghost]) {
      for (let i = 0; i < 2; i++) expect((await login(name, 'wrong password')).statusCode).toBe(401);
    }
    const third = await Promise.all([login(staff.username, 'wrong'), login(ghost, 'wrong')]);
    // Even the right password is refused while locked.
    const locked = await Promise.all([login(staff.username, TEST_PASSWORD), login(ghost, TEST_PASSWORD)]);
    for (const [known, unknown] of [third, locked]) {
      expect(known!.statusCode).toBe(401);
      expect(known!.json().message).toMatch(
        /^Too many wrong passwords for this username\. Wait 10 minutes and try again/,
      );
      expect(unknown!.statusCode).toBe(known!.statusCode);
      expect(unknown!.json()).toEqual(known!.json());
      expect(unknown!.headers['retry-after']).toBe(known!.headers['retry-after']);
    }
    const locks = await auditOf('staff.login-locked');
    expect(locks.map((l) => JSON.parse(l.details).username).sort()).toEqual([ghost, staff.username].sort());
    expect(locks.find((l) => l.target_id === staff.id)).toBeDefined();
    const refusedWhileLocked = (await auditOf('staff.login-failed')).filter(
      (f) => JSON.parse(f.details).reason === 'locked',
    );
    expect(refusedWhileLocked.map((f) => f.target_id)).toContain(staff.id);

    expect(Number(locked[0]!.headers['retry-after'])).toBe(600);
    // The lock is temporary: once its time has passed (moved back here rather than waited out).
    await t.store.db.kysely
      .updateTable('login_failures')
      .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
      .where('username', '=', staff.username)
      .execute();
    expect((await login(staff.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts only wrong passwords in a row: a good sign-in starts the count again', async () => {
    const staff = await makeStaff(t.store.db, 'pcso');
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++)
        expect((await login(staff.username, 'nope')).json().message).toContain('do not match');
      expect((await login(staff.username, TEST_PASSWORD)).statusCode).toBe(200);
    }
    expect((await auditOf('staff.login-locked')).map((l) => l.target_id)).not.toContain(staff.id);
  });

  it('ends a staff session unused for the idle limit, while a used one carries on', async () => {
    const staff = await makeStaff(t.store.db, 'analyst');
    const idle = await signIn(t.app, staff.username);
    const busy = await signIn(t.app, staff.username);
    const me = (authorization: string) =>
      t.app.inject({ method: 'GET', url: STAFF_API.me, headers: { authorization } });
    expect((await me(idle.authorization)).statusCode).toBe(200);
    // 31 minutes pass for one session with nothing sent on it; the other was used a minute ago.
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const { createHash } = await import('node:crypto');
    const hash = (token: string) => createHash('sha256').update(token).digest('hex');
    await t.store.db.kysely
      .updateTable('sessions')
      .set({ last_seen_at: ago(31) })
      .where('token_hash', '=', hash(idle.token))
      .execute();
    await t.store.db.kysely
      .updateTable('sessions')
      .set({ last_seen_at: ago(1) })
      .where('token_hash', '=', hash(busy.token))
      .execute();
    const ended = await me(idle.authorization);
    expect(ended.statusCode).toBe(401);
    expect(ended.json().message).toContain('sign in again');
    expect((await me(busy.authorization)).statusCode).toBe(200);
  });
});
