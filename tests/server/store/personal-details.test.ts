// The store checks free text again: personal details that reach it are kept but flagged, and
// the flag follows the newest version (cleared when the person removed them in an edit).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AreaIndex, loadAreaIndex } from '../../../src/server/geo/area-index';
import { pushPriorities } from '../../../src/server/store/push';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { pushRequest, samplePriority } from '../../support/backends-fixtures';

describe.each(backends())('personal-details flag on $name', (backend) => {
  let store: TestStore;
  let areas: AreaIndex;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    areas = await loadAreaIndex(store.db);
  });
  afterAll(() => store.close());

  const flagOf = async (id: string) =>
    (
      await store.db.kysely
        .selectFrom('priorities')
        .select('personal_details')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).personal_details;

  it('flags the kinds found in the description and the landmark, and leaves clean text unflagged', async () => {
    const flagged = samplePriority({ description: 'Mr Smith at 14 Oak Road, call 07700 900123' });
    const landmark = samplePriority({
      deviceId: flagged.deviceId,
      description: 'Dumped mattresses',
      place: { kind: 'area-unit', areaCode: 'E05008974', landmark: 'behind CV21 2AB' },
    });
    const clean = samplePriority({ deviceId: flagged.deviceId });
    const res = await pushPriorities(
      store.db,
      pushRequest(flagged.deviceId, [flagged, landmark, clean]),
      areas.assign,
    );
    expect(res.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(JSON.parse((await flagOf(flagged.id)) ?? 'null')).toEqual(['phone', 'address', 'name']);
    expect(JSON.parse((await flagOf(landmark.id)) ?? 'null')).toEqual(['postcode']);
    expect(await flagOf(clean.id)).toBeNull();
  });

  it('clears the flag when a newer version no longer holds the details', async () => {
    const first = samplePriority({ description: 'van AB12 CDE parks here' });
    await pushPriorities(store.db, pushRequest(first.deviceId, [first]), areas.assign);
    expect(await flagOf(first.id)).toBe('["vehicle"]');
    const edited = { ...first, description: 'a van parks here', version: 2 };
    await pushPriorities(store.db, pushRequest(first.deviceId, [edited]), areas.assign);
    expect(await flagOf(first.id)).toBeNull();
  });
});
