// Pull returns the server-owned state of one device's records, page by page, in change order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AreaIndex, loadAreaIndex } from '../../../src/server/geo/area-index';
import { pullPriorities } from '../../../src/server/store/pull';
import { pushPriorities } from '../../../src/server/store/push';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { CENTRAL_LONDON, devicePriorities, pushRequest, RUGBY_CENTRE } from '../../support/backends-fixtures';

describe.each(backends())('pullPriorities on $name', (backend) => {
  let store: TestStore;
  let areas: AreaIndex;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    areas = await loadAreaIndex(store.db);
  });
  afterAll(() => store.close());

  it('returns the server-owned state, with the ward and CSP names', async () => {
    const [inRugby] = devicePriorities(1, { place: RUGBY_CENTRE });
    const outside = devicePriorities(1, { deviceId: inRugby!.deviceId, place: CENTRAL_LONDON })[0]!;
    await pushPriorities(store.db, pushRequest(inRugby!.deviceId, [inRugby!, outside]), areas.assign);

    const page = await pullPriorities(store.db, { deviceId: inRugby!.deviceId, cursor: '0.0' });
    expect(page.items.map((i) => i.id)).toEqual([inRugby!.id, outside.id]);
    expect(page.more).toBe(false);
    const [rugby, london] = page.items;
    expect(rugby).toMatchObject({
      version: 1,
      status: 'received',
      outsideArea: false,
      area: { districtCode: 'E07000220', cspCode: 'E22000321', cspName: 'Rugby' },
    });
    expect(rugby!.area.wardName).toEqual(expect.any(String));
    expect(rugby!.area.wardCode).toMatch(/^E05/);
    expect(Date.parse(rugby!.receivedAt)).not.toBeNaN();
    expect(london).toMatchObject({
      outsideArea: true,
      area: { wardCode: null, wardName: null, districtCode: null, cspCode: null, cspName: null },
    });
  });

  it('pages with the cursor and never repeats or skips a record', async () => {
    const items = devicePriorities(7);
    const deviceId = items[0]!.deviceId;
    await pushPriorities(store.db, pushRequest(deviceId, items.slice(0, 4)), areas.assign);
    await pushPriorities(store.db, pushRequest(deviceId, items.slice(4)), areas.assign);

    const seen: string[] = [];
    let cursor = '0.0';
    let pages = 0;
    for (;;) {
      const page = await pullPriorities(store.db, { deviceId, cursor, limit: 3 });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.cursor;
      pages++;
      if (!page.more) break;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(items.map((p) => p.id));
    const after = await pullPriorities(store.db, { deviceId, cursor });
    expect(after).toMatchObject({ items: [], more: false, cursor });
  });

  it('returns a record again after it changes', async () => {
    const [p] = devicePriorities(1);
    await pushPriorities(store.db, pushRequest(p!.deviceId, [p!]), areas.assign);
    const first = await pullPriorities(store.db, { deviceId: p!.deviceId });
    await pushPriorities(store.db, pushRequest(p!.deviceId, [{ ...p!, version: 2 }]), areas.assign);
    const next = await pullPriorities(store.db, { deviceId: p!.deviceId, cursor: first.cursor });
    expect(next.items.map((i) => [i.id, i.version])).toEqual([[p!.id, 2]]);
  });

  it('only returns the asking device’s records', async () => {
    const mine = devicePriorities(2);
    const theirs = devicePriorities(2);
    await pushPriorities(store.db, pushRequest(mine[0]!.deviceId, mine), areas.assign);
    await pushPriorities(store.db, pushRequest(theirs[0]!.deviceId, theirs), areas.assign);
    const page = await pullPriorities(store.db, { deviceId: mine[0]!.deviceId });
    expect(page.items.map((i) => i.id)).toEqual(mine.map((p) => p.id));
  });
});
