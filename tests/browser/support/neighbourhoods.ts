// Police neighbourhood boundaries for browser tests: two neighbourhoods on the ground of two
// Rugby wards, imported with the real CLI while the store runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { geometryBbox } from '../../../src/domain/tiles';
import type { StoreServer } from './store-server';

type Geometry = Parameters<typeof geometryBbox>[0];

/** Rugby Town Centre (E23000017_026) on Benn ward, Rugby East (E23000017_027) on Eastlands ward. */
export async function importNeighbourhoods(
  store: StoreServer,
): Promise<Record<'Rugby Town Centre' | 'Rugby East', Geometry>> {
  const wards = (await (await fetch(`${store.baseUrl}/api/v1/csps/E22000321/boundaries`)).json()) as {
    features: { properties: { name: string }; geometry: Geometry }[];
  };
  const shape = (name: string) => {
    const ward = wards.features.find((f) => f.properties.name === name);
    if (!ward) throw new Error(`no ward ${name}`);
    return ward.geometry;
  };
  const shapes = { 'Rugby Town Centre': shape('Benn'), 'Rugby East': shape('Eastlands') };
  const dir = mkdtempSync(join(tmpdir(), 'np-neighbourhoods-'));
  try {
    const file = join(dir, 'neighbourhoods.geojson');
    const codes = { 'Rugby Town Centre': 'E23000017_026', 'Rugby East': 'E23000017_027' };
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: Object.entries(shapes).map(([name, geometry]) => ({
          type: 'Feature',
          properties: { code: codes[name as keyof typeof codes], name },
          geometry,
        })),
      }),
    );
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli.ts', 'areas', 'import', file, '--level', 'neighbourhood'].concat([
        '--code-prop',
        'code',
        '--name-prop',
        'name',
        '--vintage',
        '2025',
      ]),
      { env: { ...process.env, DATA_DIR: store.dataDir, DATABASE_URL: '' }, stdio: 'pipe' },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return shapes;
}
