// The sync endpoints over HTTP: bad input is a 400 naming the field and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../../../src/domain/sync-protocol';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { countRows, devicePriorities, pushRequest, samplePriority } from '../../support/backends-fixtures';

describe.each(backends())('sync API on $name', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openApp(backend);
  });
  afterAll(() => t.close());

  const push = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: API.push, payload: payload as object });

  it('accepts a valid push, then answers duplicate for the same one', async () => {
    const items = devicePriorities(2);
    const body = pushRequest(items[0]!.deviceId, items);
    const first = await push(body);
    expect(first.statusCode).toBe(200);
    expect(first.json().results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted']);
    const again = await push(body);
    expect(again.json().results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate']);
  });

  describe('bad input leaves the store unchanged', () => {
    const valid = samplePriority();
    const deviceId = valid.deviceId;
    const bad = (overrides: Record<string, unknown>) =>
      pushRequest(deviceId, [{ ...samplePriority({ deviceId }), ...overrides } as never]);

    beforeAll(async () => {
      expect((await push(pushRequest(deviceId, [valid]))).statusCode).toBe(200);
    });

    it.each([
      [
        'unknown theme',
        bad({ themeKey: 'made.up' }),
        'priorities[0].themeKey',
        'theme is not in the taxonomy',
      ],
      [
        'longitude out of range',
        bad({ place: { kind: 'point', geometry: { type: 'Point', coordinates: [200, 52.3] } } }),
        'priorities[0].place.geometry.coordinates[0]',
        'longitude must be between -180 and 180',
      ],
      [
        'latitude out of range',
        bad({ place: { kind: 'point', geometry: { type: 'Point', coordinates: [-1.26, -91] } } }),
        'priorities[0].place.geometry.coordinates[1]',
        'latitude must be between -90 and 90',
      ],
      [
        'description of 1001 characters',
        bad({ description: 'x'.repeat(1001) }),
        'priorities[0].description',
        'description must be at most 1000 characters',
      ],
    ])('%s → 400 naming the field', async (_name, body, path, reason) => {
      const before = await countRows(t.store.db);
      const res = await push(body);
      expect(res.statusCode).toBe(400);
      const err = res.json();
      expect(err.error).toBe('invalid_request');
      expect(err.message).toContain(path);
      expect(err.message).toContain(reason);
      expect(err.issues).toContainEqual({ path, message: reason });
      expect(err.rejected).toHaveLength(1);
      expect(await countRows(t.store.db)).toBe(before);
    });

    it('malformed JSON → 400 saying the body is not JSON', async () => {
      const before = await countRows(t.store.db);
      const res = await t.app.inject({
        method: 'POST',
        url: API.push,
        headers: { 'content-type': 'application/json' },
        payload: '{"protocol": 1, "deviceId": ',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid_request' });
      expect(res.json().message).toMatch(/^Request body is not valid JSON: /);
      expect(await countRows(t.store.db)).toBe(before);
    });

    it('wrong protocol version → 400 unsupported_protocol', async () => {
      const before = await countRows(t.store.db);
      const res = await push({ ...pushRequest(deviceId, [samplePriority({ deviceId })]), protocol: 99 });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'unsupported_protocol', supportedProtocols: [1] });
      expect(res.json().message).toContain('protocol 99');
      expect(await countRows(t.store.db)).toBe(before);
    });

    it('a body that is not an object → 400, never 500', async () => {
      for (const payload of ['null', '[]', '"text"', '42']) {
        const res = await t.app.inject({
          method: 'POST',
          url: API.push,
          headers: { 'content-type': 'application/json' },
          payload,
        });
        expect(res.statusCode, payload).toBe(400);
        expect(res.json().error).toBe('invalid_request');
      }
    });

    it('a body that is not JSON at all → 415 naming the content type', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: API.push,
        headers: { 'content-type': 'application/xml' },
        payload: '<push/>',
      });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toMatchObject({ error: 'invalid_request' });
      expect(res.json().message).toContain('application/json');
    });

    it('a body over 2 MiB → 413 payload_too_large', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: API.push,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }),
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toBe('payload_too_large');
    });
  });

  describe('pull', () => {
    it('returns the device’s records with their ward', async () => {
      const items = devicePriorities(2);
      await push(pushRequest(items[0]!.deviceId, items));
      const res = await t.app.inject({
        method: 'GET',
        url: `${API.pull}?protocol=1&deviceId=${items[0]!.deviceId}&cursor=0.0&limit=1`,
      });
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page).toMatchObject({ protocol: 1, more: true });
      expect(page.items).toHaveLength(1);
      expect(page.items[0].area.wardName).toEqual(expect.any(String));
      const next = await t.app.inject({
        method: 'GET',
        url: `${API.pull}?protocol=1&deviceId=${items[0]!.deviceId}&cursor=${page.cursor}`,
      });
      expect(next.json().items.map((i: { id: string }) => i.id)).toEqual([items[1]!.id]);
    });

    it.each([
      ['protocol=2&deviceId=6f1c1a4e-2b1d-4c59-9b7e-0d2f6f0a9b11', 'unsupported_protocol', 'protocol 2'],
      ['protocol=1&deviceId=nope', 'invalid_request', 'deviceId'],
      ['protocol=1&deviceId=6f1c1a4e-2b1d-4c59-9b7e-0d2f6f0a9b11&cursor=abc', 'invalid_request', 'cursor'],
      ['protocol=1&deviceId=6f1c1a4e-2b1d-4c59-9b7e-0d2f6f0a9b11&limit=0', 'invalid_request', 'limit'],
      ['deviceId=6f1c1a4e-2b1d-4c59-9b7e-0d2f6f0a9b11', 'invalid_request', 'protocol'],
    ])('?%s → 400 %s', async (query, error, mentions) => {
      const res = await t.app.inject({ method: 'GET', url: `${API.pull}?${query}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toBe(error);
      expect(res.json().message).toContain(mentions);
    });
  });
});
