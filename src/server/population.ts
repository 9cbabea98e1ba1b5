// Population figures for rates and the resident profile: files named by the caller (CLI
// --population) or, by default, the ONS figures bundled with the demo seed areas.
import { readdirSync, readFileSync } from 'node:fs';
import type { Population } from '../reports/consultation/input';
import { addPopulationCsv, emptyPopulation, finishPopulation } from '../reports/population';

export const SEED_POPULATION_DIRS: readonly URL[] = [
  new URL('./seed/warwickshire/population/', import.meta.url),
  new URL('./seed/swansea/population/', import.meta.url),
];
// Swansea's ward figures are ward totals only: its Census age bands (0-15, 16-24, 25-34, 35-49…)
// do not combine into the survey's bands, so no resident age profile is claimed for it.
const SEED_DESCRIPTION =
  'ONS mid-2020 ward population estimates by age (December 2021 wards, unchanged in December 2022) for Warwickshire; Census 2021 usual residents per ward, summed from LSOAs with the ONS best-fit lookup (an estimate), for Swansea; and Census 2021 district population by sex';

export function loadPopulationFiles(paths: readonly string[], description?: string): Population {
  const b = emptyPopulation();
  for (const path of paths) addPopulationCsv(b, readFileSync(path, 'utf8'), path);
  return finishPopulation(b, description ?? `population figures from ${paths.join(', ')}`);
}

let seeded: Population | undefined;

/** The demo area's ONS population, read once. */
export function seedPopulation(): Population {
  if (!seeded) {
    const b = emptyPopulation();
    for (const dir of SEED_POPULATION_DIRS)
      for (const f of readdirSync(dir)
        .filter((n) => n.endsWith('.csv'))
        .sort())
        addPopulationCsv(b, readFileSync(new URL(f, dir), 'utf8'), f);
    seeded = finishPopulation(b, SEED_DESCRIPTION);
  }
  return seeded;
}
