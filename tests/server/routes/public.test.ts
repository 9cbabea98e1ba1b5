// The public priorities endpoint and the "me too" push over HTTP: shapes, paging and clear 4xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeviceId, newPriorityId } from '../../../src/domain/ids';
import { SUPPORT_PUSH_PATH } from '../../../src/domain/support';
import { API, PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { point, pushRequest, samplePriority } from '../../support/backends-fixtures';

const url = (csp: string, query = '') => `${API.csps}/${csp}/public-priorities${query}`;

describe.each(backends())('public API on $name', (backend) => {
  let t: TestApp;
  const published = samplePriority({ place: point(-1.26, 52.37) });
  beforeAll(async () => {
    t = await openApp(backend, { publicGridMetres: 200 });
    await t.app.inject({
      method: 'POST',
      url: API.push,
      payload: pushRequest(published.deviceId, [published]),
    });
    await t.store.db.kysely.updateTable('priorities').set({ status: 'published' }).execute();
  });
  afterAll(() => t.close());

  it('lists published priorities for a CSP with a cursor', async () => {
    const res = await t.app.inject({ method: 'GET', url: url('E22000321', '?limit=10') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/max-age/);
    const body = res.json();
    expect(body).toMatchObject({ more: false, cursor: '' });
    expect(body.items.map((p: { id: string }) => p.id)).toEqual([published.id]);
    expect(JSON.stringify(body)).not.toContain(published.deviceId);
  });

  it('answers bad input with a 4xx naming the field', async () => {
    const limit = await t.app.inject({ method: 'GET', url: url('E22000321', '?limit=0') });
    expect(limit.statusCode).toBe(400);
    expect(limit.json().message).toMatch(/limit/);
    const cursor = await t.app.inject({ method: 'GET', url: url('E22000321', '?cursor=drop%20table') });
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().message).toMatch(/cursor/);
    const extra = await t.app.inject({ method: 'GET', url: url('E22000321', '?deviceId=x') });
    expect(extra.statusCode).toBe(400);
    const csp = await t.app.inject({ method: 'GET', url: url('E22999999') });
    expect(csp.statusCode).toBe(404);
    expect(csp.json().message).toContain('E22999999');
  });

  it('takes "me too" supports and refuses a batch that speaks for another device', async () => {
    const deviceId = newDeviceId();
    const support = {
      id: newPriorityId(),
      priorityId: published.id,
      deviceId,
      createdAt: new Date().toISOString(),
    };
    const ok = await t.app.inject({
      method: 'POST',
      url: SUPPORT_PUSH_PATH,
      payload: { protocol: PROTOCOL_VERSION, deviceId, supports: [support] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().results).toEqual([{ id: support.id, priorityId: published.id, status: 'accepted' }]);
    const foreign = await t.app.inject({
      method: 'POST',
      url: SUPPORT_PUSH_PATH,
      payload: { protocol: PROTOCOL_VERSION, deviceId: newDeviceId(), supports: [support] },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().message).toMatch(/supports\[0\]\.deviceId/);
    const bad = await t.app.inject({
      method: 'POST',
      url: SUPPORT_PUSH_PATH,
      payload: { protocol: PROTOCOL_VERSION, deviceId, supports: [{ ...support, priorityId: 'nope' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/priority id/);
    const old = await t.app.inject({
      method: 'POST',
      url: SUPPORT_PUSH_PATH,
      payload: { protocol: 99, deviceId, supports: [] },
    });
    expect(old.statusCode).toBe(400);
    expect(old.json().error).toBe('unsupported_protocol');
  });
});
