// A priority placed by choosing a police neighbourhood from the list (no pin), on both stores:
// accepted only when the neighbourhood is one its CSP lists (a rejection naming the field
// otherwise, never a 500), counted in the ward it overlaps most (the way drawn areas are), the
// chosen neighbourhood kept and shown to moderators, and never more than the ward in public.
import { area as turfArea } from '@turf/area';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETINGS_API } from '../../../src/domain/meetings-api';
import type { Priority } from '../../../src/domain/priority';
import { API, PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { buildApp } from '../../../src/server/app';
import { storeBoundarySet } from '../../../src/server/boundaries/store-set';
import type { AreaGeometry } from '../../../src/server/geo/geometry';
import { loadSeedWards } from '../../../src/server/seed/load';
import { moderationQueue } from '../../../src/server/store/moderation-queue';
import { listPublicPriorities } from '../../../src/server/store/public-priorities';
import { samplePriority } from '../../domain/fixtures';
import { sampleBundle } from '../../domain/meeting-fixtures';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { RUGBY, staffSession } from '../../support/staff';

const BENN = 'E05008974';
const NEW_BILTON = 'E05008981';
const TOWN_CENTRE = 'E23000017_026';
/** Listed for South Warwickshire only: it just touches Rugby along its edge. */
const RADFORD = 'E23000017_021';

const ward = (code: string): AreaGeometry => {
  const w = loadSeedWards().find((x) => x.code === code);
  if (!w) throw new Error(`no seed ward ${code}`);
  return w.geometry;
};
const polygons = (g: AreaGeometry) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

describe.each(backends())('places chosen as a police neighbourhood on $name', (backend) => {
  let store: TestStore;
  let app: FastifyInstance;
  // The town-centre neighbourhood covers two wards whole: it counts in the larger.
  const [larger, smaller] = [BENN, NEW_BILTON].sort(
    (a, b) => turfArea(ward(b) as GeoJSON.Geometry) - turfArea(ward(a) as GeoJSON.Geometry),
  ) as [string, string];

  beforeAll(async () => {
    store = await openSeededStore(backend);
    await storeBoundarySet(store.db, {
      level: 'neighbourhood',
      vintage: '2025',
      inForceFrom: '2025-01-01',
      source: 'test',
      areas: [
        {
          code: TOWN_CENTRE,
          name: 'Rugby Town Centre',
          parentCode: null,
          parentName: null,
          geometry: {
            type: 'MultiPolygon',
            coordinates: [...polygons(ward(BENN)), ...polygons(ward(NEW_BILTON))],
          } as AreaGeometry,
        },
        {
          code: RADFORD,
          name: 'Radford Semele',
          parentCode: null,
          parentName: null,
          geometry: ward('E05012626'),
        },
      ],
    });
    app = await buildApp({ db: store.db });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const inNeighbourhood = (code: string, overrides: Partial<Priority> = {}) =>
    samplePriority({
      place: { kind: 'neighbourhood', neighbourhoodCode: code, landmark: 'the bus station' },
      ...overrides,
    });
  const push = async (priorities: Priority[]) => {
    const res = await app.inject({
      method: 'POST',
      url: API.push,
      payload: {
        protocol: PROTOCOL_VERSION,
        deviceId: priorities[0]?.deviceId,
        priorities: priorities.map((p) => ({ ...p, baseVersion: 0 })),
      },
    });
    expect(res.statusCode).toBe(200);
    return res.json().results as { id: string; status: string; code?: string; reason?: string }[];
  };
  const row = (id: string) =>
    store.db.kysely
      .selectFrom('priorities')
      .select(['place_kind', 'area_code', 'landmark', 'ward_code', 'assigned_csp_code', 'outside_area'])
      .where('id', '=', id)
      .executeTakeFirst();

  it('counts it in the ward it overlaps most, keeping the neighbourhood chosen', async () => {
    const p = inNeighbourhood(TOWN_CENTRE);
    expect(await push([p])).toEqual([expect.objectContaining({ id: p.id, status: 'accepted' })]);
    expect(await row(p.id)).toEqual({
      place_kind: 'neighbourhood',
      area_code: TOWN_CENTRE,
      landmark: 'the bus station',
      ward_code: larger,
      assigned_csp_code: RUGBY,
      outside_area: 0,
    });
    const areas = await store.db.kysely
      .selectFrom('priority_areas')
      .select(['level', 'area_code', 'touches'])
      .where('priority_id', '=', p.id)
      .where('level', 'in', ['ward', 'neighbourhood'])
      .orderBy('level')
      .execute();
    expect(areas.map((a) => [a.level, a.area_code])).toEqual([
      ['neighbourhood', TOWN_CENTRE],
      ['ward', larger],
    ]);
    // The other ward it covers is recorded as touched (as for a drawn area).
    expect(JSON.parse(areas[1]?.touches ?? '[]')).toContain(smaller);
  });

  it('rejects a neighbourhood its CSP does not list, naming the field, and stores the rest of the batch', async () => {
    const deviceId = samplePriority().deviceId;
    const elsewhere = inNeighbourhood(RADFORD, { deviceId });
    const unknown = inNeighbourhood('E23000017_999', { deviceId });
    const fine = inNeighbourhood(TOWN_CENTRE, { deviceId });
    const results = await push([elsewhere, unknown, fine]);
    expect(results.map((r) => [r.id, r.status, r.code])).toEqual([
      [elsewhere.id, 'rejected', 'invalid'],
      [unknown.id, 'rejected', 'invalid'],
      [fine.id, 'accepted', undefined],
    ]);
    expect(results[0]?.reason).toBe(
      `place.neighbourhoodCode: ${RADFORD} is not one of the police neighbourhoods of ${RUGBY}`,
    );
    expect(await row(elsewhere.id)).toBeUndefined();
    expect(await row(unknown.id)).toBeUndefined();
    // The same neighbourhood is fine for the CSP that lists it.
    const south = inNeighbourhood(RADFORD, { cspCode: 'E22000359' });
    expect((await push([south]))[0]?.status).toBe('accepted');
    expect((await row(south.id))?.assigned_csp_code).toBe('E22000359');
  });

  it('refuses a malformed neighbourhood code with a clear reason', async () => {
    const bad = samplePriority({
      place: { kind: 'neighbourhood', neighbourhoodCode: 'no spaces <b>' } as never,
    });
    const [result] = await push([bad]);
    expect(result).toMatchObject({ status: 'rejected', code: 'invalid' });
    expect(result?.reason).toContain(
      'place.neighbourhoodCode: neighbourhood code must be a police neighbourhood code',
    );
  });

  it('shows moderators the neighbourhood chosen, and the public only the ward', async () => {
    const p = inNeighbourhood(TOWN_CENTRE, { description: 'Shop doorways used as toilets' });
    await push([p]);
    const queue = await moderationQueue(store.db, { cspCode: RUGBY, status: 'received', limit: 100 });
    expect(queue.items.find((i) => i.id === p.id)).toMatchObject({
      placeKind: 'neighbourhood',
      neighbourhoodName: 'Rugby Town Centre',
      landmark: 'the bus station',
      wardCode: larger,
    });
    // Other places have no neighbourhood chosen.
    expect(
      queue.items.filter((i) => i.placeKind !== 'neighbourhood').every((i) => i.neighbourhoodName === null),
    ).toBe(true);
    await store.db.kysely
      .updateTable('priorities')
      .set({ status: 'published' })
      .where('id', '=', p.id)
      .execute();
    const page = await listPublicPriorities(store.db, RUGBY, { limit: 2000 });
    const shown = page.items.find((i) => i.id === p.id);
    expect(shown?.place).toEqual({ kind: 'area-unit', areaCode: larger });
    expect(JSON.stringify(shown)).not.toContain('bus station');
  });

  it('refuses a meeting bundle naming an unlisted neighbourhood with a 400 naming the field', async () => {
    const { headers } = await staffSession(app, store.db, 'pcso');
    const bundle = sampleBundle();
    /** The bundle with its second priority placed in a neighbourhood. */
    const sendWith = (neighbourhoodCode: string) =>
      app.inject({
        method: 'POST',
        url: MEETINGS_API.bundles,
        headers,
        payload: {
          ...bundle,
          priorities: bundle.priorities.map((p, i) =>
            i === 1 ? { ...p, place: { kind: 'neighbourhood' as const, neighbourhoodCode } } : p,
          ),
        },
      });
    const res = await sendWith(RADFORD);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([
      {
        path: 'priorities[1].place.neighbourhoodCode',
        message: `${RADFORD} is not one of the police neighbourhoods of ${RUGBY}`,
      },
    ]);
    const held = await store.db.kysely
      .selectFrom('meetings')
      .select('id')
      .where('id', '=', bundle.meeting.id)
      .execute();
    expect(held).toEqual([]);
    // Listed: stored, and its record names the neighbourhood.
    const ok = await sendWith(TOWN_CENTRE);
    expect(ok.json().status).toBe('accepted');
    const record = await app.inject({
      method: 'GET',
      url: MEETINGS_API.record(bundle.meeting.id),
      headers: (await staffSession(app, store.db, 'analyst')).headers,
    });
    expect(record.json().items.map((i: { placeText: string }) => i.placeText)).toContain(
      `${loadSeedWards().find((w) => w.code === larger)?.name} ward, Rugby Town Centre police neighbourhood`,
    );
  });
});
