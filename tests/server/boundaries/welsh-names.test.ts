// Welsh area names through `areas import`: an ONS file for Wales carries WD23NMW and LAD23NMW,
// and the store keeps both names of each ward and of the district the file names.
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/server/cli';
import { migrate } from '../../../src/server/db/migrate';
import { backends } from '../../support/backends';
import { SHARED_DATA } from '../../support/shared-data';

const SWANSEA = `${SHARED_DATA}wards/W06000011_swansea_wards_dec2023.geojson`;

describe.each(backends())('Welsh names on import on $name', (backend) => {
  it('keeps the Welsh name beside the English one, and says which column it came from', async () => {
    const store = await backend.open();
    try {
      await migrate(store.db);
      const out: string[] = [];
      const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
      const code = await main(['areas', 'import', SWANSEA, '--level', 'ward'], store.env, io);
      expect(code, out.join('')).toBe(0);
      expect(out.join('')).toContain(
        'code from WD23CD, name from WD23NM, Welsh name from WD23NMW, district from LAD23CD',
      );
      const names = await store.db.kysely
        .selectFrom('area_units')
        .select(['code', 'name', 'name_cy'])
        .where('code', 'in', ['W05001056', 'W05001042', 'W06000011'])
        .orderBy('code')
        .execute();
      expect(names).toEqual([
        { code: 'W05001042', name: 'Clydach', name_cy: 'Clydach' },
        { code: 'W05001056', name: 'Mumbles', name_cy: 'Y Mwmbwls' },
        { code: 'W06000011', name: 'Swansea', name_cy: 'Abertawe' },
      ]);
    } finally {
      await store.close();
    }
  });
});
