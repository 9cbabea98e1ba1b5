// The sync endpoints over HTTP: bad input is a 400 naming the field and changes nothing.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../../../src/domain/sync-protocol';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { countRows, devicePriorities, pushRequest, samplePriority } from '../../support/backends-fixtures';

type Corner = readonly [number, number];
// About 140 m × 110 m in Rugby town centre.
const RUGBY: [Corner, Corner, Corner, Corner] = [
  [-1.262, 52.37],
  [-1.26, 52.37],
  [-1.26, 52.371],
  [-1.262, 52.371],
];
const ring = (corners: readonly Corner[]) => [...corners, corners[0]!];
const drawn = (corners: readonly Corner[]) => ({
  kind: 'area',
  geometry: { type: 'Polygon', coordinates: [ring(corners)] },
});
const circle = (n: number, r = 0.001): Corner[] =>
  Array.from({ length: n }, (_, i) => [
    -1.261 + r * Math.cos((2 * Math.PI * i) / n),
    52.3705 + r * Math.sin((2 * Math.PI * i) / n),
  ]);

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
      [
        'a drawn area whose outline crosses itself',
        bad({ place: drawn([RUGBY[0], RUGBY[2], RUGBY[1], RUGBY[3]]) }),
        'priorities[0].place.geometry.coordinates',
        'the outline crosses or touches itself',
      ],
      [
        'a drawn area with a spike that runs back along an edge',
        bad({ place: drawn([RUGBY[0], [-1.258, 52.37], [-1.26, 52.37], RUGBY[2], RUGBY[3]]) }),
        'priorities[0].place.geometry.coordinates',
        'the outline crosses or touches itself',
      ],
      [
        'a drawn area the size of a county',
        bad({
          place: drawn([
            [-1.7, 52.1],
            [-1.1, 52.1],
            [-1.1, 52.6],
            [-1.7, 52.6],
          ]),
        }),
        'priorities[0].place.geometry.coordinates',
        'a drawn area may be at most 25 km²',
      ],
      [
        'a drawn area in France',
        bad({ place: drawn(RUGBY.map(([lon, lat]) => [lon + 4, lat - 3.5] as const)) }),
        'priorities[0].place.geometry.coordinates',
        'every corner must be in England or Wales',
      ],
      [
        'a drawn area with 201 corners',
        bad({ place: drawn(circle(201)) }),
        'priorities[0].place.geometry.coordinates[0]',
        'a drawn area may have at most 200 corners',
      ],
      [
        'a drawn area with a hole',
        bad({
          place: {
            kind: 'area',
            geometry: { type: 'Polygon', coordinates: [ring(RUGBY), ring(circle(8, 0.0002))] },
          },
        }),
        'priorities[0].place.geometry.coordinates',
        'a drawn area is one outline, with no holes',
      ],
      [
        'a drawn area that is not closed',
        bad({ place: { kind: 'area', geometry: { type: 'Polygon', coordinates: [[...RUGBY, RUGBY[1]]] } } }),
        'priorities[0].place.geometry.coordinates[0]',
        'a polygon ring must end where it starts',
      ],
      [
        'a drawn area with only two distinct corners',
        bad({ place: drawn([RUGBY[0], RUGBY[1], RUGBY[0]]) }),
        'priorities[0].place.geometry.coordinates',
        'a corner appears twice',
      ],
    ])('%s → that record rejected, naming the field; nothing stored', async (_name, body, path, reason) => {
      const before = await countRows(t.store.db);
      const res = await push(body);
      expect(res.statusCode).toBe(200);
      const [result] = res.json().results;
      expect(result).toMatchObject({ kind: 'priority', status: 'rejected', code: 'invalid' });
      expect(result.reason).toContain(path.replace('priorities[0].', ''));
      expect(result.reason).toContain(reason);
      expect(await countRows(t.store.db)).toBe(before);
    });

    it('a drawn area within the rules is accepted and stored as a Polygon', async () => {
      const p = samplePriority({ deviceId, place: drawn(circle(200)) as never });
      const res = await push(pushRequest(deviceId, [p]));
      expect(res.json().results[0]).toMatchObject({ status: 'accepted' });
    });

    it('malformed JSON → 400 saying the body is not JSON', async () => {
      const before = await countRows(t.store.db);
      const res = await t.app.inject({
        method: 'POST',
        url: API.push,
        headers: { 'content-type': 'application/json' },
        payload: '{"protocol": 2, "deviceId": ',
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
      expect(res.json()).toMatchObject({ error: 'unsupported_protocol', supportedProtocols: [2] });
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

  describe('per-record results', () => {
    it('stores the good records of a batch and rejects the bad one by name', async () => {
      const [a, b, c] = devicePriorities(3);
      const bad = { ...b!, themeKey: 'made.up' };
      const res = await push(pushRequest(a!.deviceId, [a!, bad, c!]));
      expect(res.statusCode).toBe(200);
      expect(res.json().results).toEqual([
        { kind: 'priority', id: a!.id, status: 'accepted', version: 1 },
        {
          kind: 'priority',
          id: b!.id,
          status: 'rejected',
          code: 'invalid',
          reason: 'themeKey: theme is not in the taxonomy',
        },
        { kind: 'priority', id: c!.id, status: 'accepted', version: 1 },
      ]);
      expect(await countRows(t.store.db, [a!.id, b!.id, c!.id])).toBe(2);
    });

    it.each([
      ['status', 'published'],
      ['wardCode', 'E05000001'],
      ['sensitive', false],
      ['publicationPrecision', 1],
      ['outsideArea', false],
    ])('a record that sets the server-owned %s is rejected and not stored', async (field, value) => {
      const [p] = devicePriorities(1);
      const res = await push(pushRequest(p!.deviceId, [{ ...p!, [field]: value } as never]));
      expect(res.json().results[0]).toMatchObject({
        status: 'rejected',
        code: 'server_owned_field',
        reason: `${field}: set by the consultation store; devices cannot write it`,
      });
      expect(await countRows(t.store.db, [p!.id])).toBe(0);
    });

    it('a record claiming another device is rejected', async () => {
      const [p] = devicePriorities(1);
      const [other] = devicePriorities(1);
      const res = await push(pushRequest(other!.deviceId, [p!]));
      expect(res.json().results[0]).toMatchObject({ status: 'rejected', code: 'wrong_device' });
      expect(await countRows(t.store.db, [p!.id])).toBe(0);
    });

    it('more records than a batch may hold → 413 batch_too_large with the limits', async () => {
      const items = devicePriorities(201);
      const res = await push(pushRequest(items[0]!.deviceId, items));
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ error: 'batch_too_large', limits: { maxBatch: 200 } });
      expect(
        await countRows(
          t.store.db,
          items.map((p) => p.id),
        ),
      ).toBe(0);
    });

    it('a gzip-compressed body is accepted', async () => {
      const items = devicePriorities(3);
      const res = await t.app.inject({
        method: 'POST',
        url: API.push,
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        payload: gzipSync(JSON.stringify(pushRequest(items[0]!.deviceId, items))),
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().results.map((r: { status: string }) => r.status)).toEqual([
        'accepted',
        'accepted',
        'accepted',
      ]);
    });

    it('a gzip bomb over the limit once decompressed → 413, nothing stored', async () => {
      const before = await countRows(t.store.db);
      const bomb = gzipSync(JSON.stringify({ protocol: 2, padding: ' '.repeat(3 * 1024 * 1024) }));
      expect(bomb.length).toBeLessThan(20_000);
      const res = await t.app.inject({
        method: 'POST',
        url: API.push,
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        payload: bomb,
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toBe('payload_too_large');
      expect(await countRows(t.store.db)).toBe(before);
    });

    it('a body that claims gzip but is not → 400; an unknown encoding → 415', async () => {
      const notGzip = await t.app.inject({
        method: 'POST',
        url: API.push,
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        payload: '{"protocol":2}',
      });
      expect(notGzip.statusCode).toBe(400);
      expect(notGzip.json().message).toContain('not valid gzip');
      const brotli = await t.app.inject({
        method: 'POST',
        url: API.push,
        headers: { 'content-type': 'application/json', 'content-encoding': 'br' },
        payload: '{"protocol":2}',
      });
      expect(brotli.statusCode).toBe(415);
      expect(brotli.json()).toMatchObject({ error: 'unsupported_encoding' });
    });

    it('protocol 1 → 400 asking to update the app, nothing stored', async () => {
      const [p] = devicePriorities(1);
      const res = await push({ protocol: 1, deviceId: p!.deviceId, priorities: [p] });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'unsupported_protocol', supportedProtocols: [2] });
      expect(res.json().message).toContain('please update the app');
      expect(await countRows(t.store.db, [p!.id])).toBe(0);
    });
  });

  describe('pull', () => {
    it('answers reset and starts over when the cursor is ahead of the store', async () => {
      const items = devicePriorities(2);
      await push(pushRequest(items[0]!.deviceId, items));
      const res = await t.app.inject({
        method: 'GET',
        url: `${API.pull}?protocol=2&deviceId=${items[0]!.deviceId}&cursor=999999999.999999999`,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ reset: true, more: false });
      expect(res.json().items.map((i: { id: string }) => i.id)).toEqual(items.map((p) => p.id));
      const again = await t.app.inject({
        method: 'GET',
        url: `${API.pull}?protocol=2&deviceId=${items[0]!.deviceId}&cursor=${res.json().cursor}`,
      });
      expect(again.json()).toMatchObject({ items: [], more: false });
      expect(again.json().reset).toBeUndefined();
    });

    it('returns the device’s records with their ward', async () => {
      const items = devicePriorities(2);
      await push(pushRequest(items[0]!.deviceId, items));
      const res = await t.app.inject({
        method: 'GET',
        url: `${API.pull}?protocol=2&deviceId=${items[0]!.deviceId}&cursor=0.0&limit=1`,
      });
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page).toMatchObject({ protocol: 2, more: true });
      expect(page.items).toHaveLength(1);
      expect(page.items[0].area.wardName).toEqual(expect.any(String));
      const next = await t.app.inject({
        method: 'GET',
        url: `${API.pull}?protocol=2&deviceId=${items[0]!.deviceId}&cursor=${page.cursor}`,
      });
      expect(next.json().items.map((i: { id: string }) => i.id)).toEqual([items[1]!.id]);
    });

    it.each([
      ['protocol=1&deviceId=6f1c1a4e-2b1d-4c59-9b7e-0d2f6f0a9b11', 'unsupported_protocol', 'protocol 1'],
      ['protocol=2&deviceId=nope', 'invalid_request', 'deviceId'],
      ['protocol=2&deviceId=6f1c1a4e-2b1d-4c59-9b7e-0d2f6f0a9b11&cursor=abc', 'invalid_request', 'cursor'],
      ['protocol=2&deviceId=6f1c1a4e-2b1d-4c59-9b7e-0d2f6f0a9b11&limit=0', 'invalid_request', 'limit'],
      ['deviceId=6f1c1a4e-2b1d-4c59-9b7e-0d2f6f0a9b11', 'invalid_request', 'protocol'],
    ])('?%s → 400 %s', async (query, error, mentions) => {
      const res = await t.app.inject({ method: 'GET', url: `${API.pull}?${query}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toBe(error);
      expect(res.json().message).toContain(mentions);
    });
  });
});
