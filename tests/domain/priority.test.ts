import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_MAX,
  type Place,
  PrioritySchema,
  unlistedNeighbourhood,
} from '../../src/domain/priority';
import { THEME_KEYS } from '../../src/domain/taxonomy/themes';
import { check } from '../../src/domain/validation';
import { samplePriority } from './fixtures';

const point = (lon: number, lat: number) => ({
  kind: 'point',
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
const square = [
  [-1.26, 52.37],
  [-1.25, 52.37],
  [-1.25, 52.38],
  [-1.26, 52.37],
];

describe('PrioritySchema', () => {
  it('accepts a complete priority', () => {
    expect(check(PrioritySchema, samplePriority()).ok).toBe(true);
  });

  it.each([
    ['a drawn area', { place: { kind: 'area', geometry: { type: 'Polygon', coordinates: [square] } } }],
    [
      'a ward with no pin',
      { place: { kind: 'area-unit', areaCode: 'E05008974', landmark: 'Railway Terrace' } },
    ],
    [
      'a police neighbourhood with no pin',
      { place: { kind: 'neighbourhood', neighbourhoodCode: 'E23000017_026', landmark: 'the bus station' } },
    ],
    ['a police.uk neighbourhood id', { place: { kind: 'neighbourhood', neighbourhoodCode: 'NC04' } }],
    ['no times or days', { when: { timesOfDay: [], days: [] } }],
    ['an empty description', { description: '' }],
    ['a description of exactly the limit', { description: 'x'.repeat(DESCRIPTION_MAX) }],
  ])('accepts %s', (_name, overrides) => {
    expect(check(PrioritySchema, { ...samplePriority(), ...overrides }).ok).toBe(true);
  });

  it.each([
    ['an unknown theme', { themeKey: 'crime.jaywalking' }, 'themeKey', 'theme is not in the taxonomy'],
    [
      'longitude out of range',
      { place: point(181, 52) },
      'place.geometry.coordinates[0]',
      'longitude must be between',
    ],
    [
      'latitude out of range',
      { place: point(-1, -91) },
      'place.geometry.coordinates[1]',
      'latitude must be between',
    ],
    ['a long description', { description: 'x'.repeat(1001) }, 'description', 'at most 1000 characters'],
    ['a random (v4) id', { id: '3b241101-e2bb-4255-8caf-4136c566a962' }, 'id', 'UUIDv7'],
    ['an unknown respondent type', { respondentType: 'passes' }, 'respondentType', 'must be one of'],
    ['an unknown channel', { channel: 'carrier-pigeon' }, 'channel', 'must be one of'],
    ['a bad CSP code', { cspCode: 'E07000220' }, 'cspCode', 'ONS code'],
    [
      'an open ring',
      {
        place: {
          kind: 'area',
          geometry: { type: 'Polygon', coordinates: [square.slice(0, 3).concat([[-1.26, 52.38]])] },
        },
      },
      'place.geometry.coordinates[0]',
      'end where it starts',
    ],
    [
      'an unknown time of day',
      { when: { timesOfDay: ['teatime'], days: [] } },
      'when.timesOfDay[0]',
      'time of day must be one of',
    ],
    ['a version of 0', { version: 0 }, 'version', 'starts at 1'],
    [
      'a neighbourhood code that is not one',
      { place: { kind: 'neighbourhood', neighbourhoodCode: 'Rugby <b>East</b>' } },
      'place.neighbourhoodCode',
      'must be a police neighbourhood code such as E23000017_001',
    ],
    [
      'a neighbourhood named as an area code',
      { place: { kind: 'neighbourhood', areaCode: 'E23000017_026' } },
      'place.neighbourhoodCode',
      '',
    ],
    [
      'a neighbourhood landmark over the limit',
      { place: { kind: 'neighbourhood', neighbourhoodCode: 'E23000017_026', landmark: 'x'.repeat(201) } },
      'place.landmark',
      'at most 200 characters',
    ],
    ['a field the schema does not know', { status: 'published' }, 'status', ''],
  ])('rejects %s, naming the field', (_name, overrides, path, message) => {
    const result = check(PrioritySchema, { ...samplePriority(), ...overrides });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.path).toBe(path);
    expect(result.issues[0]?.message).toContain(message);
  });

  it('accepts every point on Earth and every theme (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.constantFrom(...THEME_KEYS),
        fc.string({ maxLength: DESCRIPTION_MAX }),
        (lon, lat, themeKey, description) =>
          check(PrioritySchema, { ...samplePriority(), place: point(lon, lat), themeKey, description }).ok,
      ),
    );
  });

  it('rejects every description over the limit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: DESCRIPTION_MAX + 1, max: 5000 }), (length) => {
        const result = check(PrioritySchema, { ...samplePriority(), description: 'a'.repeat(length) });
        return !result.ok && result.issues.some((i) => i.path === 'description');
      }),
      { numRuns: 50 },
    );
  });
});

describe('a police neighbourhood chosen from the list', () => {
  const code = fc.stringMatching(/^[A-Z0-9][A-Za-z0-9_]{0,12}$/);

  it('must be one its CSP lists; any other place never needs a list (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(code, { maxLength: 8 }), code, (listed, chosen) => {
        const place: Place = { kind: 'neighbourhood', neighbourhoodCode: chosen };
        const issue = unlistedNeighbourhood(place, 'E22000321', new Set(listed));
        if (listed.includes(chosen)) expect(issue).toBeUndefined();
        else
          expect(issue).toEqual({
            path: 'place.neighbourhoodCode',
            message: `${chosen} is not one of the police neighbourhoods of E22000321`,
          });
        for (const other of [samplePriority().place, { kind: 'area-unit', areaCode: 'E05008974' } as const])
          expect(unlistedNeighbourhood(other, 'E22000321', new Set())).toBeUndefined();
      }),
    );
  });
});
