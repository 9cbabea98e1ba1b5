// The Priority shape: one schema, used to validate on the device and on the server.
import * as v from 'valibot';
import { type Corner, drawnRingProblem, MAX_CORNERS } from './drawn-area';
import { EqualitySchema } from './equality';
import { THEME_KEYS } from './taxonomy/themes';
import type { FieldIssue } from './validation';

export const DESCRIPTION_MAX = 1000;
export const MAX_VERSION = 2_147_483_647;
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
export const DAYS_OF_WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const RESPONDENT_TYPES = ['lives', 'works', 'visits'] as const;
export const CHANNELS = ['online', 'meeting', 'patrol', 'survey'] as const;
/** The most residents one patrol record may stand for (one street conversation). */
export const RESIDENT_COUNT_MAX = 50;

export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];
export type RespondentType = (typeof RESPONDENT_TYPES)[number];
export type Channel = (typeof CHANNELS)[number];

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const UUID_ANY = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const CspCodeSchema = v.pipe(
  v.string('CSP code must be text'),
  v.regex(/^[EW]22\d{6}$|^W14\d{6}$/, 'CSP code must be an ONS code such as E22000321'),
);
export const AreaCodeSchema = v.pipe(
  v.string('area code must be text'),
  v.regex(/^[EW]\d{8}$/, 'area code must be an ONS code such as E05008974'),
);

const Longitude = v.pipe(
  v.number('longitude must be a number'),
  v.minValue(-180, 'longitude must be between -180 and 180'),
  v.maxValue(180, 'longitude must be between -180 and 180'),
);
const Latitude = v.pipe(
  v.number('latitude must be a number'),
  v.minValue(-90, 'latitude must be between -90 and 90'),
  v.maxValue(90, 'latitude must be between -90 and 90'),
);
const Position = v.tuple([Longitude, Latitude], 'a position must be [longitude, latitude]');

const Ring = v.pipe(
  v.array(Position, 'a polygon ring must be a list of positions'),
  v.minLength(4, 'a polygon ring needs at least 4 positions'),
  v.maxLength(MAX_CORNERS + 1, `a drawn area may have at most ${MAX_CORNERS} corners`),
  v.check(
    (ring) => ring[0]?.[0] === ring.at(-1)?.[0] && ring[0]?.[1] === ring.at(-1)?.[1],
    'a polygon ring must end where it starts',
  ),
);

export const PointPlaceSchema = v.strictObject({
  kind: v.literal('point'),
  geometry: v.strictObject({ type: v.literal('Point'), coordinates: Position }),
  /** Radius of the location fix's uncertainty, when it came from GPS. */
  accuracyM: v.optional(
    v.pipe(v.number('accuracy must be a number of metres'), v.minValue(0), v.maxValue(100_000)),
  ),
});

/** A drawn area: one outline (no holes) obeying the drawing rules in drawn-area.ts. */
export const AreaPlaceSchema = v.strictObject({
  kind: v.literal('area'),
  geometry: v.strictObject({
    type: v.literal('Polygon'),
    coordinates: v.pipe(
      v.array(Ring, 'polygon coordinates must be a list of rings'),
      v.length(1, 'a drawn area is one outline, with no holes'),
      v.check(
        (rings) => drawnRingProblem(rings[0]!) === undefined,
        (issue) => drawnRingProblem((issue.input as Corner[][])[0]!) ?? 'not a drawn area',
      ),
    ),
  }),
});

/**
 * A police neighbourhood as the store's boundary data identifies it: the PFN code, which carries
 * the force (E23000017_001 is neighbourhood 001 of force E23000017), or a police.uk id given on import.
 */
export const NeighbourhoodCodeSchema = v.pipe(
  v.string('neighbourhood code must be text'),
  v.regex(
    /^[A-Za-z0-9][\w.-]{0,59}$/,
    'neighbourhood code must be a police neighbourhood code such as E23000017_001',
  ),
);

const Landmark = v.optional(
  v.pipe(v.string(), v.trim(), v.maxLength(200, 'street or landmark must be at most 200 characters')),
);

/** No pin: the person chose an area unit (and may name a street or landmark). */
export const AreaUnitPlaceSchema = v.strictObject({
  kind: v.literal('area-unit'),
  areaCode: AreaCodeSchema,
  landmark: Landmark,
});

/** No pin: the person chose one of the CSP's police neighbourhoods from the list instead of a ward. */
export const NeighbourhoodPlaceSchema = v.strictObject({
  kind: v.literal('neighbourhood'),
  neighbourhoodCode: NeighbourhoodCodeSchema,
  landmark: Landmark,
});

export const PlaceSchema = v.variant(
  'kind',
  [PointPlaceSchema, AreaPlaceSchema, AreaUnitPlaceSchema, NeighbourhoodPlaceSchema],
  'place must be a point, an area, an area unit or a police neighbourhood',
);

const IsoDateTime = v.pipe(
  v.string('time must be an ISO 8601 date-time'),
  v.isoTimestamp('time must be an ISO 8601 date-time'),
);

export const WhenSchema = v.strictObject({
  timesOfDay: v.pipe(
    v.array(v.picklist(TIMES_OF_DAY, `time of day must be one of ${TIMES_OF_DAY.join(', ')}`)),
    v.maxLength(TIMES_OF_DAY.length),
  ),
  days: v.pipe(
    v.array(v.picklist(DAYS_OF_WEEK, `day must be one of ${DAYS_OF_WEEK.join(', ')}`)),
    v.maxLength(DAYS_OF_WEEK.length),
  ),
});

export const PrioritySchema = v.strictObject({
  id: v.pipe(v.string('id must be text'), v.regex(UUID_V7, 'id must be a UUIDv7 made on the device')),
  cspCode: CspCodeSchema,
  themeKey: v.picklist(THEME_KEYS, 'theme is not in the taxonomy'),
  place: PlaceSchema,
  description: v.pipe(
    v.string('description must be text'),
    v.maxLength(DESCRIPTION_MAX, `description must be at most ${DESCRIPTION_MAX} characters`),
  ),
  when: WhenSchema,
  respondentType: v.picklist(
    RESPONDENT_TYPES,
    `respondent type must be one of ${RESPONDENT_TYPES.join(', ')}`,
  ),
  channel: v.picklist(CHANNELS, `channel must be one of ${CHANNELS.join(', ')}`),
  deviceId: v.pipe(v.string('device id must be text'), v.regex(UUID_ANY, 'device id must be a UUID')),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: v.pipe(
    v.number(),
    v.integer('version must be a whole number'),
    v.minValue(1, 'version starts at 1'),
    // The store keeps versions in a 32-bit integer column on both dialects.
    v.maxValue(MAX_VERSION, `version must be at most ${MAX_VERSION}`),
  ),
  /** Patrol: the staff user (id) signed in on the device who recorded it for the resident. */
  recordedBy: v.optional(
    v.pipe(v.string('recordedBy must be text'), v.uuid('recordedBy must be a staff user id')),
  ),
  /** Patrol: how many residents in one street conversation raised the same thing (1 when absent). */
  residentCount: v.optional(
    v.pipe(
      v.number('resident count must be a number'),
      v.integer('resident count must be a whole number'),
      v.minValue(1, 'resident count must be at least 1'),
      v.maxValue(RESIDENT_COUNT_MAX, `resident count may be at most ${RESIDENT_COUNT_MAX}`),
    ),
  ),
  /** Optional equality-monitoring answers, given with consent; never shown publicly. */
  equality: v.optional(EqualitySchema),
});

export type Place = v.InferOutput<typeof PlaceSchema>;

/**
 * A place chosen as a police neighbourhood must be one its CSP lists (checked on the device against
 * the list it holds, and again by the store): the issue, naming the field, when it is not.
 */
export function unlistedNeighbourhood(
  place: Place,
  cspCode: string,
  listed: ReadonlySet<string>,
): FieldIssue | undefined {
  if (place.kind !== 'neighbourhood' || listed.has(place.neighbourhoodCode)) return undefined;
  return {
    path: 'place.neighbourhoodCode',
    message: `${place.neighbourhoodCode} is not one of the police neighbourhoods of ${cspCode}`,
  };
}
export type When = v.InferOutput<typeof WhenSchema>;
export type Priority = v.InferOutput<typeof PrioritySchema>;
