// Health, client configuration and CSP boundaries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../../../src/domain/sync-protocol';
import { storeBoundarySet } from '../../../src/server/boundaries/store-set';
import { BOUNDARY_ATTRIBUTION } from '../../../src/server/config';
import type { AreaGeometry } from '../../../src/server/geo/geometry';
import { loadSeedWards } from '../../../src/server/seed/load';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';

const ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2024.';

describe.each(backends())('area API on $name', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openApp(backend, {
      defaultCsp: 'E22000321',
      tiles: {
        urlTemplate: '',
        attribution: '',
        minZoom: 6,
        maxZoom: 17,
        bulkDownloadAllowed: false,
        bulkDownloadMaxTiles: 3000,
        averageTileBytes: 20_000,
        pmtilesUrl: '',
      },
    });
  });
  afterAll(() => t.close());

  it('healthz checks the store and names it', async () => {
    const res = await t.app.inject({ method: 'GET', url: API.health });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, store: backend.name });
  });

  it('config lists the four Warwickshire CSPs and Swansea, with districts, extent and attribution', async () => {
    const res = await t.app.inject({ method: 'GET', url: API.config });
    expect(res.statusCode).toBe(200);
    const config = res.json();
    expect(config.protocol).toBe(2);
    expect(config.defaultCsp).toBe('E22000321');
    expect(config.boundaryAttribution).toBe(ATTRIBUTION);
    expect(BOUNDARY_ATTRIBUTION).toBe(ATTRIBUTION);
    expect(config.tiles).toEqual({
      urlTemplate: '',
      attribution: '',
      minZoom: 6,
      maxZoom: 17,
      bulkDownloadAllowed: false,
      bulkDownloadMaxTiles: 3000,
      averageTileBytes: 20_000,
      pmtilesUrl: '',
    });
    const byCode = Object.fromEntries(config.csps.map((c: { code: string }) => [c.code, c]));
    expect(Object.keys(byCode).sort()).toEqual([
      'E22000319',
      'E22000320',
      'E22000321',
      'E22000359',
      'W14000011',
    ]);
    expect(byCode.E22000359.name).toBe('South Warwickshire');
    // The demo's strategic assessments are written in October (a CSP setting: cli csp set).
    expect(byCode.E22000321.assessmentMonth).toBe(10);
    expect(byCode.E22000359).not.toHaveProperty('nameCy');
    expect(byCode.W14000011.districts).toEqual([{ code: 'W06000011', name: 'Swansea', nameCy: 'Abertawe' }]);
    expect(byCode.E22000359.districts).toEqual([
      { code: 'E07000221', name: 'Stratford-on-Avon' },
      { code: 'E07000222', name: 'Warwick' },
    ]);
    const [w, s, e, n] = byCode.E22000321.bbox;
    expect(w).toBeLessThan(-1.2606);
    expect(e).toBeGreaterThan(-1.2606);
    expect(s).toBeLessThan(52.3709);
    expect(n).toBeGreaterThan(52.3709);
  });

  it('boundaries for Rugby are exactly the Rugby wards, with attribution', async () => {
    const res = await t.app.inject({ method: 'GET', url: API.boundaries('E22000321') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
    const fc = res.json();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.attribution).toBe(ATTRIBUTION);
    const rugbyWards = loadSeedWards().filter((w) => w.districtCode === 'E07000220');
    expect(fc.features).toHaveLength(rugbyWards.length);
    for (const f of fc.features) {
      expect(f.properties.districtCode).toBe('E07000220');
      expect(Object.keys(f.properties).sort()).toEqual(['code', 'districtCode', 'name']);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
    expect(fc.features.map((f: { properties: { code: string } }) => f.properties.code).sort()).toEqual(
      rugbyWards.map((w) => w.code).sort(),
    );
  });

  it('boundaries for Swansea carry the Welsh name of each ward beside the English one', async () => {
    const fc = (await t.app.inject({ method: 'GET', url: API.boundaries('W14000011') })).json();
    expect(fc.features).toHaveLength(32);
    const mumbles = fc.features.find(
      (f: { properties: { code: string } }) => f.properties.code === 'W05001056',
    );
    expect(mumbles.properties).toEqual({
      code: 'W05001056',
      name: 'Mumbles',
      nameCy: 'Y Mwmbwls',
      districtCode: 'W06000011',
    });
  });

  it('boundaries for a two-district CSP include both districts', async () => {
    const fc = (await t.app.inject({ method: 'GET', url: API.boundaries('E22000359') })).json();
    const districts = new Set(
      fc.features.map((f: { properties: { districtCode: string } }) => f.properties.districtCode),
    );
    expect([...districts].sort()).toEqual(['E07000221', 'E07000222']);
  });

  it('an unknown CSP → 404 not_found', async () => {
    const res = await t.app.inject({ method: 'GET', url: API.boundaries('E22999999') });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found' });
    expect(res.json().message).toContain('E22999999');
  });

  it('police neighbourhoods: none until loaded, then those sharing ground with the CSP’s wards', async () => {
    const none = await t.app.inject({ method: 'GET', url: API.neighbourhoods('E22000321') });
    expect(none.statusCode).toBe(200);
    expect(none.json()).toMatchObject({ type: 'FeatureCollection', features: [] });

    const ward = (code: string) => {
      const w = loadSeedWards().find((x) => x.code === code);
      if (!w) throw new Error(`no seed ward ${code}`);
      return w.geometry;
    };
    const polygons = (g: AreaGeometry) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
    const area = (code: string, name: string, geometry: AreaGeometry) => ({
      code,
      name,
      parentCode: null,
      parentName: null,
      geometry,
    });
    await storeBoundarySet(t.store.db, {
      level: 'neighbourhood',
      vintage: '2025',
      inForceFrom: '2025-01-01',
      source: 'test',
      areas: [
        // Rugby town centre: the Benn ward's ground, inside Rugby.
        area('E23000017_026', 'Rugby Town Centre', ward('E05008974')),
        // Radford Semele (Warwick district) only touches Rugby along its edge.
        area('E23000017_021', 'Radford Semele', ward('E05012626')),
        // One neighbourhood across the Rugby/Stratford border: Leam Valley and Long Itchington.
        area('E23000017_030', 'Leam and Itchington', {
          type: 'MultiPolygon',
          coordinates: [...polygons(ward('E05008980')), ...polygons(ward('E05010195'))],
        } as AreaGeometry),
      ],
    });
    const codes = async (csp: string) => {
      const res = await t.app.inject({ method: 'GET', url: API.neighbourhoods(csp) });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
      const body = res.json();
      expect(body.attribution).toContain('data.police.uk');
      return body.features.map((f: { properties: { code: string; name: string } }) => f.properties);
    };
    expect(await codes('E22000321')).toEqual([
      { code: 'E23000017_026', name: 'Rugby Town Centre' },
      { code: 'E23000017_030', name: 'Leam and Itchington' },
    ]);
    expect(await codes('E22000359')).toEqual([
      { code: 'E23000017_021', name: 'Radford Semele' },
      { code: 'E23000017_030', name: 'Leam and Itchington' },
    ]);
    const unknown = await t.app.inject({ method: 'GET', url: API.neighbourhoods('E22999999') });
    expect(unknown.statusCode).toBe(404);
  });

  it('an unknown API path → 404 ErrorBody, even when HTML is accepted', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/nothing',
      headers: { accept: 'text/html' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('not_found');
  });
});
