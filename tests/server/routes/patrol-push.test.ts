// Patrol records reach the store only with their recorder's live session, with permission to
// record on behalf, in a CSP the account covers; the store keeps who recorded them and the count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../../../src/domain/sync-protocol';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { pushRequest, samplePriority } from '../../support/backends-fixtures';
import { SOUTH_WARWICKSHIRE, staffSession } from '../../support/staff';

describe.each(backends())('patrol records on $name', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openApp(backend);
  });
  afterAll(() => t.close());

  const push = (body: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: API.push, payload: body as object, headers });
  const stored = (id: string) =>
    t.store.db.kysely
      .selectFrom('priorities')
      .select(['recorded_by', 'resident_count', 'channel'])
      .where('id', '=', id)
      .executeTakeFirst();

  it('stores the recorder and the resident count when the PCSO sends them', async () => {
    const { staff, headers } = await staffSession(t.app, t.store.db, 'pcso');
    const p = samplePriority({ channel: 'patrol', recordedBy: staff.id, residentCount: 4 });
    const res = await push(pushRequest(p.deviceId, [p]), headers);
    expect(res.statusCode).toBe(200);
    expect(await stored(p.id)).toEqual({ recorded_by: staff.id, resident_count: 4, channel: 'patrol' });
  });

  it('answers 401 without a session and stores nothing, so the device keeps the records', async () => {
    const { staff } = await staffSession(t.app, t.store.db, 'pcso');
    const p = samplePriority({ channel: 'patrol', recordedBy: staff.id });
    const res = await push(pushRequest(p.deviceId, [p]));
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toContain('sign in again to send them');
    expect(await stored(p.id)).toBeUndefined();
  });

  const rejection = (id: string, reason: string) => ({
    kind: 'priority',
    id,
    status: 'rejected',
    code: 'not_permitted',
    reason,
  });

  it('sets aside, naming the reason, records another person recorded or outside the account', async () => {
    const { staff: other } = await staffSession(t.app, t.store.db, 'pcso');
    const { staff, headers } = await staffSession(t.app, t.store.db, 'pcso');
    const deviceId = samplePriority().deviceId;
    const foreign = samplePriority({ deviceId, channel: 'patrol', recordedBy: other.id });
    const elsewhere = samplePriority({
      deviceId,
      channel: 'patrol',
      recordedBy: staff.id,
      cspCode: SOUTH_WARWICKSHIRE,
    });
    const fine = samplePriority({ deviceId });
    const res = await push(pushRequest(deviceId, [foreign, elsewhere, fine]), headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().results).toEqual([
      rejection(foreign.id, 'recorded by another staff member: only they can send it'),
      rejection(elsewhere.id, `your account does not cover CSP ${SOUTH_WARWICKSHIRE}`),
      { kind: 'priority', id: fine.id, status: 'accepted', version: 1 },
    ]);
    expect(await stored(foreign.id)).toBeUndefined();
  });

  it('refuses an analyst, who may not record on behalf of residents', async () => {
    const { staff, headers } = await staffSession(t.app, t.store.db, 'analyst');
    const p = samplePriority({ channel: 'patrol', recordedBy: staff.id });
    const res = await push(pushRequest(p.deviceId, [p]), headers);
    expect(res.json().results).toEqual([
      rejection(p.id, 'the Analyst role may not record on behalf of residents'),
    ]);
  });

  it('refuses a patrol record that names no recorder, naming the field', async () => {
    const p = samplePriority({ channel: 'patrol' });
    const res = await push(pushRequest(p.deviceId, [p]));
    expect(res.json().results).toEqual([
      rejection(p.id, 'recordedBy: a patrol record must name the staff member who recorded it'),
    ]);
  });
});
