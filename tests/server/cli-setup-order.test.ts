// Setting up a new CSP from nothing, as the README tells an analyst to: import the wards, set up
// the CSP from the lookup, group it, list what is held. Boundaries imported after `csp add` give
// the CSP its extent too, so devices can map it whichever order the commands come in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/server/cli';
import { migrate } from '../../src/server/db/migrate';
import { listCsps } from '../../src/server/store/areas';
import { backends, type TestStore } from '../support/backends';
import { SHARED_DATA } from '../support/shared-data';

const WARDS = `${SHARED_DATA}wards/`;

describe.each(backends())('setting up CSPs from nothing on $name', (backend) => {
  let store: TestStore;
  const cli = async (...argv: string[]) => {
    let text = '';
    const print = (s: string) => {
      text += s;
    };
    const code = await main(argv, store.env, { out: print, err: print });
    return { code, text };
  };
  beforeAll(async () => {
    store = await backend.open();
    await migrate(store.db);
  });
  afterAll(() => store.close());

  it('wards first, then the CSP: mapped at once', async () => {
    const r = await cli(
      'areas',
      'import',
      `${WARDS}E07000220_rugby_wards_dec2022.geojson`,
      '--level',
      'ward',
    );
    expect(r.code, r.text).toBe(0);
    expect((await cli('csp', 'add', 'E22000321')).code).toBe(0);
    expect((await listCsps(store.db)).map((c) => c.code)).toEqual(['E22000321']);
  });

  it('the CSP first, then its wards: mapped once the wards arrive', async () => {
    const r = await cli('csp', 'add', 'North Warwickshire');
    expect(r.text).toContain('No boundaries held for it yet');
    expect((await listCsps(store.db)).map((c) => c.code)).not.toContain('E22000319');
    const imported = await cli(
      'areas',
      'import',
      `${WARDS}E07000218_north-warwickshire_wards_dec2022.geojson`,
      '--level',
      'ward',
    );
    expect(imported.code, imported.text).toBe(0);
    const north = (await listCsps(store.db)).find((c) => c.code === 'E22000319');
    expect(north?.bbox[0]).toBeLessThan(-1.5);
    expect(north?.bbox[3]).toBeGreaterThan(52.6);
  });

  it('groups them and lists what is held', async () => {
    expect(
      (await cli('csp', 'group', 'NRW', '--name', 'North and Rugby', 'E22000319', 'E22000321')).code,
    ).toBe(0);
    const list = await cli('areas', 'list');
    expect(list.text).toMatch(/\* ward\s+2022/);
    expect(list.text).toContain('E22000319  CSP    North Warwickshire');
    expect(list.text).toContain('NRW  group  North and Rugby (E22000319, E22000321)');
  });
});
