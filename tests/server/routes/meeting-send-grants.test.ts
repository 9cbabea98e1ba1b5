// Meeting send grants over HTTP and in the store, on both databases: a PCSO signed in at the
// meeting's start authorises this device to send this meeting once, so the bundle still goes
// after their session has idled out; a grant names one meeting, device and CSP, expires, is
// single-use (a resend of the same meeting answers duplicate), is audited, and ends with the
// account's right to send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETINGS_API, type SendGrant, sendGrantPath } from '../../../src/domain/meetings-api';
import { disableStaff, setStaffPassword } from '../../../src/server/auth/users';
import { checkSendGrant, issueSendGrant } from '../../../src/server/store/meetings/send-grants';
import { sampleBundle } from '../../domain/meeting-fixtures';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { makeStaff, RUGBY, SOUTH_WARWICKSHIRE, staffSession, TEST_PASSWORD } from '../../support/staff';

describe.each(backends())('meeting send grants on $name', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openApp(backend);
  });
  afterAll(() => t.close());

  const ask = (bundle: ReturnType<typeof sampleBundle>, headers: Record<string, string>, cspCode = RUGBY) =>
    t.app.inject({
      method: 'POST',
      url: sendGrantPath(bundle.meeting.id),
      headers,
      payload: { deviceId: bundle.deviceId, cspCode },
    });
  const send = (bundle: ReturnType<typeof sampleBundle>, token?: string) =>
    t.app.inject({
      method: 'POST',
      url: MEETINGS_API.bundles,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      payload: bundle,
    });
  /** The staff session idles out, as in a long meeting with no signal. */
  const idleOut = (userId: string) =>
    t.store.db.kysely
      .updateTable('sessions')
      .set({ last_seen_at: '2000-01-01T00:00:00.000Z' })
      .where('user_id', '=', userId)
      .execute();

  it('lets the device send the meeting after the session idled out, once, audited', async () => {
    const pcso = await staffSession(t.app, t.store.db, 'pcso');
    const bundle = sampleBundle();
    const asked = await ask(bundle, pcso.headers);
    expect(asked.statusCode).toBe(201);
    const grant = asked.json() as SendGrant;
    expect(Date.parse(grant.expiresAt)).toBeGreaterThan(Date.now() + 9 * 3_600_000);
    await idleOut(pcso.staff.id);
    expect((await send(bundle, pcso.token)).statusCode).toBe(401);
    const sent = await send(bundle, grant.token);
    expect(sent.statusCode).toBe(200);
    expect(sent.json().status).toBe('accepted');
    // A lost answer: the same meeting again with the used grant is a duplicate, nothing more.
    expect((await send(bundle, grant.token)).json().status).toBe('duplicate');
    const audit = await t.store.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'staff_id', 'details'])
      .where('target_id', '=', bundle.meeting.id)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => [a.action, a.staff_id, JSON.parse(a.details).via ?? null])).toEqual([
      ['meeting.send-grant', pcso.staff.id, null],
      ['upload-meeting', pcso.staff.id, 'send-grant'],
    ]);
    // Nothing left to authorise once the store holds the meeting.
    const again = await staffSession(t.app, t.store.db, 'pcso');
    expect((await ask(bundle, again.headers)).statusCode).toBe(409);
  });

  it('is good for its own meeting, device and CSP only, and gives no other permission', async () => {
    const pcso = await staffSession(t.app, t.store.db, 'pcso');
    const bundle = sampleBundle();
    const grant = (await ask(bundle, pcso.headers)).json() as SendGrant;
    const otherMeeting = sampleBundle({ deviceId: bundle.deviceId });
    expect((await send(otherMeeting, grant.token)).statusCode).toBe(401);
    // The same meeting from another device.
    expect((await send(sampleBundle({ meeting: bundle.meeting }), grant.token)).statusCode).toBe(401);
    // Not a session: other staff endpoints refuse it.
    const meetings = await t.app.inject({
      url: MEETINGS_API.list(RUGBY),
      headers: { authorization: `Bearer ${grant.token}` },
    });
    expect(meetings.statusCode).toBe(401);
    const held = await t.store.db.kysely
      .selectFrom('meetings')
      .select('id')
      .where('id', 'in', [bundle.meeting.id, otherMeeting.meeting.id])
      .execute();
    expect(held).toEqual([]);
  });

  it('is given only to staff who may run meetings in that CSP, and names the field it refuses', async () => {
    const bundle = sampleBundle();
    expect((await ask(bundle, {})).statusCode).toBe(401);
    const analyst = await staffSession(t.app, t.store.db, 'analyst');
    expect((await ask(bundle, analyst.headers)).statusCode).toBe(403);
    const elsewhere = await staffSession(t.app, t.store.db, 'pcso', [SOUTH_WARWICKSHIRE]);
    const refused = await ask(bundle, elsewhere.headers);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain(RUGBY);
    const pcso = await staffSession(t.app, t.store.db, 'pcso');
    const bad = await t.app.inject({
      method: 'POST',
      url: sendGrantPath('not-a-meeting'),
      headers: pcso.headers,
      payload: { deviceId: bundle.deviceId, cspCode: RUGBY },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('id');
    const noDevice = await t.app.inject({
      method: 'POST',
      url: sendGrantPath(bundle.meeting.id),
      headers: pcso.headers,
      payload: { cspCode: RUGBY },
    });
    expect(noDevice.statusCode).toBe(400);
    expect(noDevice.json().issues[0].path).toBe('deviceId');
  });

  it('expires, and ends when the account is disabled, gets a new password or loses the CSP', async () => {
    const db = t.store.db;
    const staff = await makeStaff(db, 'pcso');
    const bundle = sampleBundle();
    const asked = { meetingId: bundle.meeting.id, deviceId: bundle.deviceId, cspCode: RUGBY };
    const issued = await issueSendGrant(db, staff, asked, 3_600_000, Date.parse('2026-11-20T18:00:00Z'));
    expect(issued?.expiresAt).toBe('2026-11-20T19:00:00.000Z');
    const at = (iso: string) => checkSendGrant(db, issued!.token, bundle, Date.parse(iso));
    expect((await at('2026-11-20T18:59:00Z')).ok).toBe(true);
    expect(await at('2026-11-20T19:00:00Z')).toMatchObject({ ok: false, status: 401 });

    // The CSP taken away from the account: 403, naming it.
    const fresh = await issueSendGrant(db, staff, asked, 3_600_000);
    await db.kysely.deleteFrom('user_csps').where('user_id', '=', staff.id).execute();
    expect(await checkSendGrant(db, fresh!.token, bundle)).toMatchObject({ ok: false, status: 403 });
    await db.kysely.insertInto('user_csps').values({ user_id: staff.id, csp_code: RUGBY }).execute();
    expect((await checkSendGrant(db, fresh!.token, bundle)).ok).toBe(true);
    // A new password withdraws it; so does disabling the account.
    await setStaffPassword(db, staff.username, `${TEST_PASSWORD}!`);
    expect(await checkSendGrant(db, fresh!.token, bundle)).toMatchObject({ ok: false, status: 401 });
    const last = await issueSendGrant(db, staff, asked, 3_600_000);
    await disableStaff(db, staff.username);
    expect(await checkSendGrant(db, last!.token, bundle)).toMatchObject({ ok: false, status: 401 });
    // A new grant for the same meeting and device replaces the old one.
    const other = await makeStaff(db, 'officer');
    const first = await issueSendGrant(db, other, asked, 3_600_000);
    const second = await issueSendGrant(db, other, asked, 3_600_000);
    expect((await checkSendGrant(db, first!.token, bundle)).ok).toBe(false);
    expect((await checkSendGrant(db, second!.token, bundle)).ok).toBe(true);
    // Only the hash is stored.
    const rows = await db.kysely.selectFrom('meeting_send_grants').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === second!.token)).toBe(false);
  });
});
