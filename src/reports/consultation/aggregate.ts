// Raw (unsuppressed) counts from priority facts: the numbers every published table starts from.
// Kept separate from suppression so tests can check it against a direct count.
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

function add<K>(map: Map<K, number>, key: K, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

function add2(map: Map<string, Map<string, number>>, a: string, b: string, n: number): void {
  const inner = map.get(a) ?? new Map<string, number>();
  add(inner, b, n);
  map.set(a, inner);
}

/** One answer per record (the person who gave it); everyone else on the record is not stated. */
function profileAdd(
  map: Map<string, number>,
  answer: string | null | undefined,
  count: number,
  recs: number,
) {
  if (!answer) return add(map, NO_AREA, count);
  add(map, answer, recs);
  if (count > recs) add(map, NO_AREA, count - recs);
}

export function aggregate(facts: readonly PriorityFact[]): RawCounts {
  let total = 0;
  let records = 0;
  let previousTotal = 0;
  let supportsTotal = 0;
  let hasNeighbourhoods = false;
  let hasEquality = false;
  const themes = new Map<string, number>();
  const recordsByTheme = new Map<string, number>();
  const previousThemes = new Map<string, number>();
  const supports = new Map<string, number>();
  const themeWard = new Map<string, Map<string, number>>();
  const themeNeighbourhood = new Map<string, Map<string, number>>();
  const channels = new Map<string, number>();
  const respondentTypes = new Map<string, number>();
  const timesOfDay = new Map<string, number>();
  const days = new Map<string, number>();
  const ages = new Map<string, number>();
  const sexes = new Map<string, number>();
  for (const f of facts) {
    if (f.count <= 0) continue;
    if (f.period === 'previous') {
      previousTotal += f.count;
      add(previousThemes, f.themeKey, f.count);
      continue;
    }
    const recs = Math.min(f.records ?? f.count, f.count);
    total += f.count;
    records += recs;
    supportsTotal += f.supports;
    add(themes, f.themeKey, f.count);
    add(recordsByTheme, f.themeKey, recs);
    add(supports, f.themeKey, f.supports);
    add2(themeWard, f.themeKey, f.wardCode ?? NO_AREA, f.count);
    if (f.neighbourhoodCode) hasNeighbourhoods = true;
    add2(themeNeighbourhood, f.themeKey, f.neighbourhoodCode ?? NO_AREA, f.count);
    add(channels, f.channel, f.count);
    add(respondentTypes, f.respondentType, f.count);
    for (const t of new Set(f.timesOfDay)) add(timesOfDay, t, f.count);
    for (const d of new Set(f.days)) add(days, d, f.count);
    if (f.ageBand || f.sex) hasEquality = true;
    profileAdd(ages, f.ageBand, f.count, recs);
    profileAdd(sexes, f.sex, f.count, recs);
  }
  return {
    total,
    records,
    recordsByTheme,
    previousTotal,
    supportsTotal,
    themes,
    previousThemes,
    supports,
    themeWard,
    themeNeighbourhood,
    hasNeighbourhoods,
    channels,
    respondentTypes,
    timesOfDay,
    days,
    ages,
    sexes,
    hasEquality,
  };
}
