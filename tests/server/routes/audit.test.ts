// The audit view keeps each administrator inside their own CSPs: sign-ins, failed sign-ins and
// account changes of staff who share none of their CSPs stay out of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_API } from '../../../src/domain/staff';
import { audit } from '../../../src/server/auth/audit';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { makeStaff, RUGBY, SOUTH_WARWICKSHIRE, signIn } from '../../support/staff';

interface Entry {
  actor: string;
  action: string;
  targetId: string | null;
}

describe.each(backends())('the audit view on $name', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openApp(backend);
  });
  afterAll(() => t.close());

  const read = async (authorization: string): Promise<Entry[]> => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${STAFF_API.audit}?limit=500`,
      headers: { authorization },
    });
    expect(res.statusCode).toBe(200);
    return res.json().entries;
  };

  it('shows an admin the staff who share one of their CSPs, and nobody else', async () => {
    const rugbyAdmin = await makeStaff(t.store.db, 'admin', [RUGBY]);
    const southAdmin = await makeStaff(t.store.db, 'admin', [SOUTH_WARWICKSHIRE]);
    const southOfficer = await makeStaff(t.store.db, 'officer', [SOUTH_WARWICKSHIRE]);
    const both = await makeStaff(t.store.db, 'analyst', [SOUTH_WARWICKSHIRE, RUGBY]);
    await signIn(t.app, southOfficer.username);
    await signIn(t.app, both.username);
    await t.app.inject({
      method: 'POST',
      url: STAFF_API.login,
      payload: { username: southOfficer.username, password: 'not the password' },
    });
    await audit(t.store.db, { cli: 'ops' }, 'user.disable', {
      targetId: southOfficer.id,
      username: southOfficer.username,
    });
    await t.app.inject({
      method: 'POST',
      url: STAFF_API.login,
      payload: { username: 'no-such-person', password: 'guess' },
    });

    const rugby = await read((await signIn(t.app, rugbyAdmin.username)).authorization);
    const seen = (entries: Entry[]) => entries.map((e) => `${e.actor}:${e.action}`);
    expect(seen(rugby)).toContain(`${both.username}:staff.login`);
    expect(seen(rugby)).toContain(`${rugbyAdmin.username}:staff.login`);
    expect(seen(rugby)).not.toContain(`${southOfficer.username}:staff.login`);
    expect(seen(rugby)).not.toContain(`${southAdmin.username}:staff.login`);
    expect(rugby.filter((e) => e.targetId === southOfficer.id)).toEqual([]);
    // A failed sign-in for a username no account has is about nobody's staff.
    expect(rugby.filter((e) => e.action === 'staff.login-failed')).toEqual([]);

    const south = await read((await signIn(t.app, southAdmin.username)).authorization);
    expect(seen(south)).toContain(`${southOfficer.username}:staff.login`);
    expect(seen(south)).toContain(`${both.username}:staff.login`);
    expect(seen(south)).not.toContain(`${rugbyAdmin.username}:staff.login`);
    const aboutOfficer = south.filter((e) => e.targetId === southOfficer.id).map((e) => e.action);
    expect(aboutOfficer.sort()).toEqual(['staff.login-failed', 'user.disable']);
  });
});
