// Reads ONS population CSVs (ward by age band, ward totals, district by sex) into the shape the
// summary uses. Columns are found by name, so the three Warwickshire files and others laid out
// the same way (ward_code / lad_code, sex, age_band, age_min, population) all load.
import { parse } from 'csv-parse/sync';
import type { Population } from './consultation/input';

export class PopulationFileError extends Error {}

interface Builder {
  wardTotals: Map<string, number>;
  wardAges: Map<string, Map<number, number>>;
  districtSex: Map<string, Map<string, number>>;
}

export function emptyPopulation(): Builder {
  return { wardTotals: new Map(), wardAges: new Map(), districtSex: new Map() };
}

const AGE_MIN = /^(\d+)/;

/** Adds one file's rows; `name` is used in error messages. */
export function addPopulationCsv(into: Builder, text: string, name: string): void {
  const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<
    string,
    string
  >[];
  if (rows.length === 0) return;
  const first = rows[0]!;
  if (!('population' in first)) throw new PopulationFileError(`${name}: needs a "population" column`);
  if (!('ward_code' in first) && !('lad_code' in first))
    throw new PopulationFileError(`${name}: needs a "ward_code" or "lad_code" column`);
  rows.forEach((row, i) => {
    const n = Number(row.population);
    if (!Number.isFinite(n) || n < 0)
      throw new PopulationFileError(
        `${name} row ${i + 2}: population must be a number, got "${row.population}"`,
      );
    const band = (row.age_band ?? 'all').toLowerCase();
    const sex = (row.sex ?? 'persons').toLowerCase();
    if (row.ward_code) {
      if (sex !== 'persons') return; // ward files by sex are not used (ONS publishes none we hold)
      if (band === 'all') into.wardTotals.set(row.ward_code, n);
      else {
        const min = Number(row.age_min ?? AGE_MIN.exec(band)?.[1]);
        if (!Number.isFinite(min))
          throw new PopulationFileError(`${name} row ${i + 2}: cannot read age band "${band}"`);
        const ages = into.wardAges.get(row.ward_code) ?? new Map<number, number>();
        ages.set(min, (ages.get(min) ?? 0) + n);
        into.wardAges.set(row.ward_code, ages);
      }
    } else if (row.lad_code && band === 'all' && (sex === 'female' || sex === 'male')) {
      const bySex = into.districtSex.get(row.lad_code) ?? new Map<string, number>();
      bySex.set(sex, n);
      into.districtSex.set(row.lad_code, bySex);
    }
  });
}

export function finishPopulation(b: Builder, description: string): Population {
  // A ward with age bands but no total row gets the sum of its bands.
  for (const [ward, ages] of b.wardAges)
    if (!b.wardTotals.has(ward))
      b.wardTotals.set(
        ward,
        [...ages.values()].reduce((s, n) => s + n, 0),
      );
  return { ...b, description };
}
