// Thousands of malformed and hostile requests to every endpoint, anonymous and as an
// administrator (so they get past sign-in to the validation): never a 5xx, and nothing that
// is refused changes what the store holds.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, PROTOCOL_VERSION, type PushResponse } from '../../../src/domain/sync-protocol';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { samplePriority } from '../../support/backends-fixtures';
import {
  hostileRawBody,
  hostileString,
  hostileValue,
  listRoutes,
  type Route,
  storeDigest,
} from '../../support/hostile';
import { RUGBY, staffSession } from '../../support/staff';

/** Percent-encoded; a lone surrogate becomes the invalid UTF-8 a hostile client would send. */
function encodePathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

describe.each(backends())('hostile input on $name', (backend) => {
  const runs = backend.name === 'sqlite' ? 1 : 0.3;
  let t: TestApp;
  let admin: { authorization: string };
  let routes: Route[];
  beforeAll(async () => {
    t = await openApp(backend);
    admin = (await staffSession(t.app, t.store.db, 'admin', [RUGBY])).headers;
    routes = listRoutes(t.app);
    // Some real records, so a hostile request has something it could damage.
    const p = samplePriority();
    await t.app.inject({
      method: 'POST',
      url: API.push,
      payload: { protocol: PROTOCOL_VERSION, deviceId: p.deviceId, priorities: [{ ...p, baseVersion: 0 }] },
    });
  });
  afterAll(() => t.close());

  it('finds the routes to attack', () => {
    expect(routes).toContainEqual({ method: 'POST', path: API.push });
    expect(routes).toContainEqual({ method: 'GET', path: API.pull });
    expect(routes.length).toBeGreaterThan(15);
  });

  it('any route, any hostile path, query and body: never a 5xx, refusals change nothing', async () => {
    const request = fc.record({
      route: fc.nat(),
      asAdmin: fc.boolean(),
      param: hostileString,
      query: fc.dictionary(
        hostileString.filter((k) => k.length < 100),
        hostileString,
        { maxKeys: 3 },
      ),
      body: fc.oneof(
        hostileValue.map((v) => ({ raw: false as const, v })),
        hostileRawBody.map((v) => ({ raw: true as const, v })),
      ),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=latin1',
        'text/plain',
        undefined,
      ),
    });
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const route = routes[r.route % routes.length] as Route;
        const url = route.path.replace(/:[a-zA-Z]+/g, () => encodePathSegment(r.param));
        const query = new URLSearchParams(r.query).toString();
        const before = await storeDigest(t.store.db);
        const res = await t.app.inject({
          method: route.method as 'GET' | 'POST',
          url: query ? `${url}?${query}` : url,
          headers: {
            ...(r.asAdmin ? admin : {}),
            ...(r.contentType && route.method !== 'GET' ? { 'content-type': r.contentType } : {}),
          },
          ...(route.method === 'GET'
            ? {}
            : { payload: r.body.raw ? r.body.v : (JSON.stringify(r.body.v) ?? 'null') }),
        });
        expect(res.statusCode, `${route.method} ${route.path}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
        if (res.statusCode >= 400 || route.method === 'GET') {
          expect(await storeDigest(t.store.db), `${route.method} ${route.path} ${res.statusCode}`).toBe(
            before,
          );
        }
      }),
      { numRuns: Math.round(1500 * runs) },
    );
  });

  it('pushes of records with one field made hostile: per-record refusals, exact storage of what is accepted', async () => {
    const fields = [
      'id',
      'cspCode',
      'themeKey',
      'place',
      'description',
      'when',
      'respondentType',
      'channel',
      'deviceId',
      'createdAt',
      'updatedAt',
      'version',
      'baseVersion',
      'withdrawn',
      'status',
      'wardCode',
    ] as const;
    const coordinate = fc.oneof(hostileValue, fc.double({ min: -1000, max: 1000 }));
    const mutation = fc.record({
      field: fc.constantFrom(...fields),
      value: hostileValue,
      coords: fc.tuple(coordinate, coordinate),
      inCoords: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const deviceId = samplePriority().deviceId;
        const records = mutations.map((m) => {
          const base: Record<string, unknown> = { ...samplePriority({ deviceId }), baseVersion: 0 };
          if (m.inCoords) base.place = { kind: 'point', geometry: { type: 'Point', coordinates: m.coords } };
          else base[m.field] = m.value;
          return base;
        });
        const before = await storeDigest(t.store.db);
        const res = await t.app.inject({
          method: 'POST',
          url: API.push,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId, priorities: records }),
        });
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode !== 200) {
          expect(await storeDigest(t.store.db)).toBe(before);
          return;
        }
        const { results } = res.json() as PushResponse;
        expect(results).toHaveLength(records.length);
        for (const [i, result] of results.entries()) {
          const sent = JSON.parse(JSON.stringify(records[i])) as Record<string, unknown>;
          const row = await t.store.db.kysely
            .selectFrom('priorities')
            .select(['description', 'device_id', 'lon', 'lat'])
            .where('id', '=', String(sent.id))
            .executeTakeFirst();
          if (result.status === 'rejected') {
            expect(result.reason).toEqual(expect.any(String));
            if (typeof sent.id === 'string' && records.filter((r) => r.id === sent.id).length === 1) {
              expect(row).toBeUndefined();
            }
          } else {
            expect(row?.description).toBe(sent.description);
            expect(row?.device_id).toBe(deviceId);
            if (row?.lon !== null && row?.lon !== undefined) {
              expect(Math.abs(row.lon)).toBeLessThanOrEqual(180);
              expect(Math.abs(row.lat ?? 0)).toBeLessThanOrEqual(90);
            }
          }
        }
      }),
      { numRuns: Math.round(600 * runs) },
    );
  });
});
