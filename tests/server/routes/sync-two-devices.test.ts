// Two devices send edits of the same priority at the same moment: the defined outcome is that
// the device that recorded it wins and the other is refused by name, on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeviceId } from '../../../src/domain/ids';
import { API, type PushResponse } from '../../../src/domain/sync-protocol';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { pushRequest, samplePriority } from '../../support/backends-fixtures';

describe.each(backends())('two devices, one priority, on $name', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openApp(backend);
  });
  afterAll(() => t.close());

  const push = async (payload: unknown) =>
    (
      await t.app.inject({ method: 'POST', url: API.push, payload: payload as object })
    ).json() as PushResponse;

  it('concurrent edits: the owner’s is stored, the other device’s is rejected as not_owner', async () => {
    const original = samplePriority({ description: 'original' });
    await push(pushRequest(original.deviceId, [original]));
    const other = newDeviceId();
    const ownerEdit = { ...original, version: 2, baseVersion: 1, description: 'owner edit' };
    const otherEdit = { ...original, deviceId: other, version: 2, baseVersion: 1, description: 'other edit' };
    const [a, b] = await Promise.all([
      push(pushRequest(original.deviceId, [ownerEdit])),
      push(pushRequest(other, [otherEdit])),
    ]);
    expect(a.results[0]).toMatchObject({ status: 'accepted', version: 2 });
    expect(b.results[0]).toMatchObject({
      status: 'rejected',
      code: 'not_owner',
      reason: 'this priority was recorded on another device; only that device can change it',
    });
    const rows = await t.store.db.kysely
      .selectFrom('priorities')
      .select(['description', 'version', 'device_id'])
      .where('id', '=', original.id)
      .execute();
    expect(rows).toEqual([{ description: 'owner edit', version: 2, device_id: original.deviceId }]);
  });

  it('a second device cannot even create a record first and then claim the owner’s edits', async () => {
    const p = samplePriority();
    const squatter = newDeviceId();
    await push(pushRequest(squatter, [{ ...p, deviceId: squatter }]));
    const res = await push(pushRequest(p.deviceId, [p]));
    expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'not_owner' });
  });
});
