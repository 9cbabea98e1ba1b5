// Population figures for rates and the resident profile: files named by the caller (CLI
// --population) or, by default, the ONS figures bundled with the Warwickshire demo seed.
import { readdirSync, readFileSync } from 'node:fs';
import type { Population } from '../reports/consultation/input';
import { addPopulationCsv, emptyPopulation, finishPopulation } from '../reports/population';

export const SEED_POPULATION_DIR = new URL('./seed/warwickshire/population/', import.meta.url);
const SEED_DESCRIPTION =
  'ONS mid-2020 ward population estimates by age (December 2021 wards, unchanged in December 2022) and Census 2021 district population by sex';

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
    for (const f of readdirSync(SEED_POPULATION_DIR)
      .filter((n) => n.endsWith('.csv'))
      .sort())
      addPopulationCsv(b, readFileSync(new URL(f, SEED_POPULATION_DIR), 'utf8'), f);
    seeded = finishPopulation(b, SEED_DESCRIPTION);
  }
  return seeded;
}
