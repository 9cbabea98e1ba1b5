// Raw (unsuppressed) counts: the numbers every published table starts from. Built either from
// priority facts (tests, small inputs) or from the store's per-table aggregates (SQL GROUP BYs),
// through the same accumulator, so both roads add up the same way. Kept separate from
// suppression so tests can check it against a direct count.
import type { PriorityFact } from './input';

export const NO_AREA = '';

export interface RawCounts {
  /** Residents raising priorities in the period (the count every table uses). */
  readonly total: number;
  /** Records they came from (a patrol record may stand for several residents). */
  readonly records: number;
  readonly recordsByTheme: ReadonlyMap<string, number>;
  readonly previousTotal: number;
  readonly supportsTotal: number;
  readonly themes: ReadonlyMap<string, number>;
  readonly previousThemes: ReadonlyMap<string, number>;
  readonly supports: ReadonlyMap<string, number>;
  /** theme → ward code (NO_AREA for none) → count. */
  readonly themeWard: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly themeNeighbourhood: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly hasNeighbourhoods: boolean;
  readonly channels: ReadonlyMap<string, number>;
  readonly respondentTypes: ReadonlyMap<string, number>;
  readonly timesOfDay: ReadonlyMap<string, number>;
  readonly days: ReadonlyMap<string, number>;
  /**
   * Keyed by age band / sex; NO_AREA for not stated. Equality answers on a record describe the
   * one person who gave them; the other residents on a patrol record count as not stated.
   */
  readonly ages: ReadonlyMap<string, number>;
  readonly sexes: ReadonlyMap<string, number>;
  readonly hasEquality: boolean;
}

export type Category = 'channel' | 'respondentType' | 'timesOfDay' | 'days';

/** Residents and the records they came from, for one group of the current period. */
export interface Tally {
  readonly count: number;
  readonly records: number;
}

function add<K>(map: Map<K, number>, key: K, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

function add2(map: Map<string, Map<string, number>>, a: string, b: string, n: number): void {
  const inner = map.get(a) ?? new Map<string, number>();
  add(inner, b, n);
  map.set(a, inner);
}

/** One answer per record (the person who gave it); everyone else on the record is not stated. */
function profileAdd(map: Map<string, number>, answer: string | null | undefined, t: Tally) {
  if (!answer) return add(map, NO_AREA, t.count);
  add(map, answer, t.records);
  if (t.count > t.records) add(map, NO_AREA, t.count - t.records);
}

/**
 * Accumulates raw counts one table at a time. Every current-period priority must reach
 * `area` once and each of the category and people tallies once, so each table sums to the total.
 */
export function makeRawCounts() {
  const c = {
    total: 0,
    records: 0,
    previousTotal: 0,
    supportsTotal: 0,
    hasNeighbourhoods: false,
    hasEquality: false,
    recordsByTheme: new Map<string, number>(),
    themes: new Map<string, number>(),
    previousThemes: new Map<string, number>(),
    supports: new Map<string, number>(),
    themeWard: new Map<string, Map<string, number>>(),
    themeNeighbourhood: new Map<string, Map<string, number>>(),
    channels: new Map<string, number>(),
    respondentTypes: new Map<string, number>(),
    timesOfDay: new Map<string, number>(),
    days: new Map<string, number>(),
    ages: new Map<string, number>(),
    sexes: new Map<string, number>(),
  };
  const categories: Record<Category, Map<string, number>> = {
    channel: c.channels,
    respondentType: c.respondentTypes,
    timesOfDay: c.timesOfDay,
    days: c.days,
  };
  return {
    /** A theme in a ward (and neighbourhood) in the current period, with its "me too" supports. */
    area(theme: string, ward: string | null, neighbourhood: string | null, t: Tally, supports: number) {
      if (t.count <= 0) return;
      c.total += t.count;
      c.records += t.records;
      c.supportsTotal += supports;
      add(c.themes, theme, t.count);
      add(c.recordsByTheme, theme, t.records);
      add(c.supports, theme, supports);
      add2(c.themeWard, theme, ward ?? NO_AREA, t.count);
      if (neighbourhood) c.hasNeighbourhoods = true;
      add2(c.themeNeighbourhood, theme, neighbourhood ?? NO_AREA, t.count);
    },
    previous(theme: string, count: number) {
      if (count <= 0) return;
      c.previousTotal += count;
      add(c.previousThemes, theme, count);
    },
    /** Times of day and days are multiple choice: each distinct one named counts the priority once. */
    category(kind: Category, keys: string | readonly string[], count: number) {
      if (count <= 0) return;
      for (const k of typeof keys === 'string' ? [keys] : new Set(keys)) add(categories[kind], k, count);
    },
    people(ageBand: string | null | undefined, sex: string | null | undefined, t: Tally) {
      if (t.count <= 0) return;
      if (ageBand || sex) c.hasEquality = true;
      profileAdd(c.ages, ageBand, t);
      profileAdd(c.sexes, sex, t);
    },
    done: (): RawCounts => c,
  };
}

export function aggregate(facts: readonly PriorityFact[]): RawCounts {
  const counts = makeRawCounts();
  for (const f of facts) {
    if (f.period === 'previous') {
      counts.previous(f.themeKey, f.count);
      continue;
    }
    const t = { count: f.count, records: Math.min(f.records ?? f.count, f.count) };
    counts.area(f.themeKey, f.wardCode, f.neighbourhoodCode ?? null, t, f.supports);
    counts.category('channel', f.channel, f.count);
    counts.category('respondentType', f.respondentType, f.count);
    counts.category('timesOfDay', f.timesOfDay, f.count);
    counts.category('days', f.days, f.count);
    counts.people(f.ageBand, f.sex, t);
  }
  return counts.done();
}
