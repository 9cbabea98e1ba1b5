// Reading boundary files of every layout: the real Warwickshire files and synthetic ones in
// other vintages, nested codes, MultiPolygons with holes, British National Grid, broken rings,
// and the police.uk neighbourhood format.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoundaryFile } from '../../../src/server/boundaries/parse-file';
import { SHARED_DATA } from '../../support/shared-data';
import { collection, polygonFeature, square, toBng } from './layouts';

const WARDS = `${SHARED_DATA}wards/`;
const wardFiles = readdirSync(new URL('../../../src/server/seed/warwickshire/', import.meta.url)).filter(
  (f) => f.endsWith('.geojson'),
);
const seedFile = (f: string) =>
  readFileSync(new URL(`../../../src/server/seed/warwickshire/${f}`, import.meta.url), 'utf8');

describe('the Warwickshire ward files (ONS December 2022)', () => {
  it('reads all 103 wards with code, name, district and vintage from ward22_code / lad24_code', () => {
    const parsed = wardFiles.map((f) => parseBoundaryFile(seedFile(f), { level: 'ward' }));
    expect(parsed.flatMap((p) => p.areas)).toHaveLength(103);
    expect(parsed.flatMap((p) => p.skipped)).toEqual([]);
    const rugby = parsed.flatMap((p) => p.areas).find((a) => a.name === 'Benn');
    expect(rugby).toMatchObject({ code: 'E05008974', parentCode: 'E07000220', parentName: 'Rugby' });
    expect(parsed[0]?.properties).toEqual({
      code: 'ward22_code',
      name: 'ward22_name',
      nameCy: null,
      parent: 'lad24_code',
      vintage: '2022',
    });
    expect(parsed[0]?.crs.kind).toBe('wgs84');
  });

  it('uses the same files as the shared reference data', () => {
    for (const f of wardFiles) expect(seedFile(f)).toBe(readFileSync(WARDS + f, 'utf8'));
  });
});

describe('the Swansea ward file (ONS December 2023, English and Welsh names)', () => {
  const SWANSEA = 'W06000011_swansea_wards_dec2023.geojson';
  const parsed = parseBoundaryFile(readFileSync(WARDS + SWANSEA, 'utf8'), { level: 'ward' });

  it('reads the 32 wards with both names, and the district in both languages', () => {
    expect(parsed.areas).toHaveLength(32);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.properties).toEqual({
      code: 'WD23CD',
      name: 'WD23NM',
      nameCy: 'WD23NMW',
      parent: 'LAD23CD',
      vintage: '2023',
    });
    const names = (code: string) => parsed.areas.find((a) => a.code === code);
    // Bishopston is Llandeilo Ferwallt in Welsh; Clydach is the same in both.
    expect(names('W05001039')).toMatchObject({
      name: 'Bishopston',
      nameCy: 'Llandeilo Ferwallt',
      parentCode: 'W06000011',
      parentName: 'Swansea',
      parentNameCy: 'Abertawe',
    });
    expect(names('W05001041')).toMatchObject({ name: 'Castle', nameCy: 'Y Castell' });
    expect(parsed.areas.filter((a) => a.name !== a.nameCy)).toHaveLength(15);
  });

  it('is the file the demo seeds', () => {
    const seeded = readFileSync(
      new URL(`../../../src/server/seed/swansea/${SWANSEA}`, import.meta.url),
      'utf8',
    );
    expect(seeded).toBe(readFileSync(WARDS + SWANSEA, 'utf8'));
  });
});

describe('other layouts', () => {
  it.each([
    ['WD13CD / WD13NM (2013)', { WD13CD: 'E05000001', WD13NM: 'Old Town', LAD13CD: 'E07000001' }, '2013'],
    [
      'WD24CD / WD24NM (2024)',
      { WD24CD: 'E05000001', WD24NM: 'Old Town', LAD24CD: 'E07000001', FID: 3 },
      '2024',
    ],
    ['wd19cd lower case', { wd19cd: 'E05000001', wd19nm: 'Old Town', lad19cd: 'E07000001' }, '2019'],
    [
      'both WD13CD and WD24CD: the newest',
      { WD13CD: 'E05999999', WD24CD: 'E05000001', WD24NM: 'Old Town', WD13NM: 'x', LAD24CD: 'E07000001' },
      '2024',
    ],
  ])('ward codes and names from %s', (_layout, props, vintage) => {
    const parsed = parseBoundaryFile(collection([polygonFeature(props, [square(-1.5, 52.3)])]), {
      level: 'ward',
    });
    expect(parsed.areas[0]).toMatchObject({ code: 'E05000001', name: 'Old Town', parentCode: 'E07000001' });
    expect(parsed.properties?.vintage).toBe(vintage);
  });

  it('reads district (LAD24CD) and CSP (CSP24CD) files', () => {
    const lad = parseBoundaryFile(
      collection([polygonFeature({ LAD24CD: 'E07000220', LAD24NM: 'Rugby' }, [square(-1.3, 52.3)])]),
      { level: 'district' },
    );
    expect(lad.areas[0]).toMatchObject({ code: 'E07000220', name: 'Rugby' });
    const csp = parseBoundaryFile(
      collection([polygonFeature({ CSP24CD: 'E22000321', CSP24NM: 'Rugby' }, [square(-1.3, 52.3)])]),
      { level: 'csp' },
    );
    expect(csp.areas[0]).toMatchObject({ code: 'E22000321', name: 'Rugby' });
  });

  it('reads MapIt-style nested codes.gss', () => {
    const props = { name: 'Old Town', type: 'DIW', codes: { gss: 'E05000001', unit_id: '1234' } };
    const parsed = parseBoundaryFile(collection([polygonFeature(props, [square(-1.5, 52.3)])]), {
      level: 'ward',
    });
    expect(parsed.areas[0]).toMatchObject({ code: 'E05000001', name: 'Old Town' });
    expect(parsed.properties?.code).toBe('codes.gss');
  });

  it('takes --code-prop and --name-prop when the names are unusual', () => {
    const props = { ref: 'E05000001', label: 'Old Town' };
    const text = collection([polygonFeature(props, [square(-1.5, 52.3)])]);
    expect(() => parseBoundaryFile(text, { level: 'ward' })).toThrow(/pass --code-prop.*ref, label/);
    const parsed = parseBoundaryFile(text, { level: 'ward', codeProp: 'ref', nameProp: 'label' });
    expect(parsed.areas[0]).toMatchObject({ code: 'E05000001', name: 'Old Town' });
    expect(() => parseBoundaryFile(text, { level: 'ward', codeProp: 'nope' })).toThrow(
      /--code-prop nope is not a property/,
    );
  });

  it('keeps MultiPolygons with holes, and joins parts of one area spread over features', () => {
    const donut = {
      type: 'Feature',
      properties: { WD24CD: 'E05000001', WD24NM: 'Ring Ward' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [[square(0, 50, 1), square(0.25, 50.25, 0.5)], [square(3, 50, 1)]],
      },
    };
    const part = polygonFeature({ WD24CD: 'E05000002', WD24NM: 'Split Ward' }, [square(5, 50, 1)]);
    const part2 = polygonFeature({ WD24CD: 'E05000002', WD24NM: 'Split Ward' }, [square(7, 50, 1)]);
    const parsed = parseBoundaryFile(collection([donut, part, part2]), { level: 'ward' });
    expect(parsed.skipped).toEqual([]);
    expect(parsed.areas[0]?.geometry.coordinates[0]).toHaveLength(2);
    expect(parsed.areas[1]?.geometry).toMatchObject({ type: 'MultiPolygon' });
    expect(parsed.areas[1]?.geometry.coordinates).toHaveLength(2);
    expect(parsed.merged).toEqual(['E05000002']);
  });
});

describe('coordinate reference systems', () => {
  const rugby = square(-1.27, 52.36, 0.02);

  it('converts British National Grid named in the crs member', () => {
    const text = collection([polygonFeature({ WD24CD: 'E05000001', WD24NM: 'Rugby Town' }, [toBng(rugby)])], {
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } },
    });
    const parsed = parseBoundaryFile(text, { level: 'ward' });
    expect(parsed.crs.kind).toBe('bng');
    const ring = parsed.areas[0]?.geometry.coordinates[0] as number[][];
    ring.forEach(([lon, lat], i) => {
      expect(lon).toBeCloseTo(rugby[i]?.[0] ?? 0, 4);
      expect(lat).toBeCloseTo(rugby[i]?.[1] ?? 0, 4);
    });
  });

  it('recognises British National Grid from coordinate ranges when no crs is named', () => {
    const parsed = parseBoundaryFile(
      collection([polygonFeature({ WD24CD: 'E05000001', WD24NM: 'x' }, [toBng(rugby)])]),
      { level: 'ward' },
    );
    expect(parsed.crs).toMatchObject({ kind: 'bng', reason: expect.stringMatching(/coordinate ranges/) });
    expect(parsed.areas[0]?.geometry.coordinates[0]?.[0]?.[0]).toBeCloseTo(-1.27, 4);
  });

  it('refuses another named CRS, naming it', () => {
    const text = collection(
      [polygonFeature({ WD24CD: 'E05000001', WD24NM: 'x' }, [square(-141000, 6860000, 2000)])],
      {
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } },
      },
    );
    expect(() => parseBoundaryFile(text, { level: 'ward' })).toThrow(/EPSG::3857.*reproject/);
  });

  it('refuses projected coordinates outside the British National Grid, and swapped axes', () => {
    const far = collection([
      polygonFeature({ WD24CD: 'E05000001', WD24NM: 'x' }, [square(-141000, 6860000, 2000)]),
    ]);
    expect(() => parseBoundaryFile(far, { level: 'ward' })).toThrow(
      /neither WGS84 degrees nor British National Grid/,
    );
    const swapped = collection([polygonFeature({ WD24CD: 'E05000001', WD24NM: 'x' }, [square(52.3, -1.5)])]);
    expect(() => parseBoundaryFile(swapped, { level: 'ward' })).toThrow(/\[latitude, longitude\]/);
  });
});

describe('invalid geometries are reported by feature and the rest imported', () => {
  const good = polygonFeature({ WD24CD: 'E05000001', WD24NM: 'Good' }, [square(-1.5, 52.3)]);
  it.each([
    ['an unclosed ring', [square(-1.4, 52.3).slice(0, 4)], /broken ring \(outer ring\): not closed/],
    [
      'a ring of three positions',
      [
        [
          [-1.4, 52.3],
          [-1.39, 52.3],
          [-1.4, 52.3],
        ],
      ],
      /at least 4/,
    ],
    [
      'a position that is not a number',
      [
        [
          [-1.4, 52.3],
          [-1.39, 'x'],
          [-1.39, 52.31],
          [-1.4, 52.3],
        ],
      ],
      /position 2 is not a pair of numbers/,
    ],
    [
      'a bow tie (self-intersection)',
      [
        [
          [-1.4, 52.3],
          [-1.39, 52.31],
          [-1.39, 52.3],
          [-1.4, 52.31],
          [-1.4, 52.3],
        ],
      ],
      /self-intersection near -1\.395/,
    ],
    [
      'a broken hole',
      [
        square(-1.4, 52.3),
        [
          [-1.399, 52.301],
          [-1.398, 52.301],
        ],
      ],
      /hole 1/,
    ],
  ])('%s', (_what, rings, reason) => {
    const bad = polygonFeature({ WD24CD: 'E05000002', WD24NM: 'Bad' }, rings as never);
    const parsed = parseBoundaryFile(collection([good, bad]), { level: 'ward' });
    expect(parsed.areas.map((a) => a.code)).toEqual(['E05000001']);
    expect(parsed.skipped).toEqual([
      { feature: 2, code: 'E05000002', reason: expect.stringMatching(reason) },
    ]);
  });

  it('skips a point feature and a feature without a code', () => {
    const pointFeature = {
      type: 'Feature',
      properties: { WD24CD: 'E05000003', WD24NM: 'P' },
      geometry: { type: 'Point', coordinates: [0, 0] },
    };
    const noCode = polygonFeature({ WD24CD: '', WD24NM: 'Nameless' }, [square(-1.3, 52.3)]);
    const parsed = parseBoundaryFile(collection([good, pointFeature, noCode]), { level: 'ward' });
    expect(parsed.skipped.map((s) => [s.feature, s.reason])).toEqual([
      [2, 'geometry is a Point, not a Polygon or MultiPolygon'],
      [3, 'no WD24CD property'],
    ]);
  });

  it('refuses what is not a boundary file', () => {
    expect(() => parseBoundaryFile('{"type": "FeatureCollection"', { level: 'ward' })).toThrow(/not JSON/);
    expect(() =>
      parseBoundaryFile('{"type": "FeatureCollection", "features": []}', { level: 'ward' }),
    ).toThrow(/no features/);
    expect(() => parseBoundaryFile('[1, 2]', { level: 'ward' })).toThrow(/police.uk boundary/);
  });
});

describe('the police.uk neighbourhood boundary format', () => {
  // As data.police.uk's /api/{force}/{neighbourhood}/boundary returns it: strings, not closed.
  const boundary = JSON.stringify([
    { latitude: '52.2000', longitude: '-1.8800' },
    { latitude: '52.2000', longitude: '-1.8400' },
    { latitude: '52.2300', longitude: '-1.8400' },
    { latitude: '52.2300', longitude: '-1.8800' },
  ]);

  it('reads one named neighbourhood and closes its ring', () => {
    const parsed = parseBoundaryFile(boundary, {
      level: 'neighbourhood',
      code: 'E23000017_001',
      name: 'Alcester North',
    });
    expect(parsed.format).toBe('police.uk');
    expect(parsed.areas[0]).toMatchObject({ code: 'E23000017_001', name: 'Alcester North' });
    const ring = parsed.areas[0]?.geometry.coordinates[0] as number[][];
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual([-1.88, 52.2]);
    expect(ring[4]).toEqual(ring[0]);
  });

  it('needs the neighbourhood named', () => {
    expect(() => parseBoundaryFile(boundary, { level: 'neighbourhood' })).toThrow(/pass --code and --name/);
  });
});
