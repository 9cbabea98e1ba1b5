// A realistic consultation for format tests: four real Rugby wards (one renamed to test
// quoting), mixed large and small counts, population, quotes and meetings.
import type { PriorityFact, SummaryInput } from '../../../src/reports/consultation/input';
import type { WardShape } from '../../../src/server/export/extras';
import { loadSeedWards } from '../../../src/server/seed/load';

const rugby = loadSeedWards()
  .filter((w) => w.districtCode === 'E07000220')
  .slice(0, 4);
export const SAMPLE_WARDS = rugby.map((w, i) => ({
  code: w.code,
  name: i === 1 ? 'Bilton, "Old"' : w.name,
  parentCode: w.districtCode,
}));
export const SAMPLE_SHAPES: WardShape[] = rugby.map((w, i) => ({
  code: w.code,
  name: SAMPLE_WARDS[i]!.name,
  geometry: w.geometry,
}));

function fact(
  themeKey: string,
  ward: number | null,
  count: number,
  more: Partial<PriorityFact> = {},
): PriorityFact {
  return {
    period: 'current',
    themeKey,
    wardCode: ward === null ? null : SAMPLE_WARDS[ward]!.code,
    channel: 'online',
    respondentType: 'lives',
    timesOfDay: ['evening'],
    days: ['fri'],
    count,
    supports: 0,
    ...more,
  };
}

export function sampleSummaryInput(): SummaryInput {
  const facts: PriorityFact[] = [
    fact('local.speeding', 0, 30, { supports: 40, ageBand: '65-74', sex: 'female' }),
    fact('local.speeding', 1, 20, { channel: 'meeting', supports: 12, ageBand: '25-34', sex: 'male' }),
    // Patrol: 4 records standing for 10 residents; each record's one answer is a 75+ woman.
    fact('local.speeding', 2, 10, {
      channel: 'patrol',
      timesOfDay: ['morning'],
      records: 4,
      ageBand: '75+',
      sex: 'female',
    }),
    fact('local.parking', 0, 15, { respondentType: 'works', days: ['mon'] }),
    fact('local.parking', 3, 15, { channel: 'survey', supports: 9 }),
    fact('local.fly-tipping', 2, 12, { timesOfDay: [] }),
    fact('local.graffiti', 3, 3),
    fact('sensitive.hate-crime', 1, 7),
    fact('local.litter', null, 10),
    fact('local.speeding', 0, 20, { period: 'previous' }),
    fact('local.parking', 0, 40, { period: 'previous' }),
  ];
  return {
    csps: [{ code: 'E22000321', name: 'Rugby' }],
    period: { from: '2026-04-01', to: '2027-03-31' },
    comparison: { from: '2025-04-01', to: '2026-03-31' },
    facts,
    wards: SAMPLE_WARDS,
    boundaryVintage: 'December 2022 wards',
    population: {
      wardTotals: new Map(SAMPLE_WARDS.map((w, i) => [w.code, 5000 + i * 1000])),
      wardAges: new Map(),
      districtSex: new Map(),
      description: 'test population figures',
    },
    quoteCandidates: [
      {
        themeKey: 'local.speeding',
        description: 'Cars race past the primary school at home time.',
        wardCode: SAMPLE_WARDS[0]!.code,
        createdAt: '2026-06-03T10:00:00Z',
        sensitive: false,
        status: 'published',
      },
      {
        themeKey: 'local.speeding',
        description: 'Call me on 07700 900123 about the speeding.',
        wardCode: null,
        createdAt: '2026-06-04T10:00:00Z',
        sensitive: false,
        status: 'published',
      },
      {
        themeKey: 'sensitive.hate-crime',
        description: 'Abuse shouted at neighbours every weekend.',
        wardCode: null,
        createdAt: '2026-06-05T10:00:00Z',
        sensitive: false,
        status: 'published',
      },
      {
        themeKey: 'local.parking',
        description: 'Vans park on the pavement so buggies use the road.',
        wardCode: SAMPLE_WARDS[3]!.code,
        createdAt: '2026-07-01T10:00:00Z',
        sensitive: false,
        status: 'published',
      },
      {
        themeKey: 'local.parking',
        description: 'Not yet moderated but long enough to quote.',
        wardCode: null,
        createdAt: '2026-07-02T10:00:00Z',
        sensitive: false,
        status: 'received',
      },
    ],
    meetings: [
      {
        meetingDate: '2026-05-12',
        areaName: 'Rugby Town',
        issue: 'Speeding on Hillmorton Road',
        action: 'Speed checks weekly with community speedwatch',
        actionDate: '2026-07-01',
      },
      {
        meetingDate: '2026-09-15',
        areaName: 'Rugby Town',
        issue: 'Parking near schools',
        action: null,
        actionDate: null,
      },
    ],
    supportsRecorded: true,
    generatedAt: '2027-04-02T09:00:00.000Z',
  };
}
