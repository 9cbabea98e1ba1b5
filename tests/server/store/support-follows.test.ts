// "Me too" follows a merge, on both databases: a backer of a priority merged into another is
// told where its backing went (the survivor as the public sees it) and pulls the survivor's
// progress, including progress recorded before the merge; nothing is counted twice, a replayed
// or late support follows the merge too, and a survivor that is not public says nothing. The
// author of a merged duplicate is told the same way, and gets the survivor's progress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeviceId, newPriorityId } from '../../../src/domain/ids';
import type { Priority } from '../../../src/domain/priority';
import type { StaffPrincipal } from '../../../src/domain/staff';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { pullResponses } from '../../../src/server/store/meetings/pull-responses';
import { addResponse } from '../../../src/server/store/meetings/responses';
import { decide } from '../../../src/server/store/moderation';
import { pushSupports, supportCount } from '../../../src/server/store/supports';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { pushAll } from '../../support/moderation-fixtures';
import { makeStaff } from '../../support/staff';

describe.each(backends())('"me too" after a merge on $name', (backend) => {
  let store: TestStore;
  let officer: StaffPrincipal;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    officer = await makeStaff(store.db, 'officer');
  });
  afterAll(() => store.close());

  const publish = async (...items: Partial<Priority>[]) => {
    const pushed = await pushAll(store, items);
    for (const p of pushed) await decide(store.db, officer, p.id, 'approve', {});
    return pushed;
  };
  const back = (deviceId: string, priorityId: string, id = newPriorityId()) =>
    pushSupports(store.db, {
      protocol: PROTOCOL_VERSION,
      deviceId,
      supports: [{ id, priorityId, deviceId, createdAt: '2026-11-20T10:00:00.000Z' }],
    });
  const respond = (priorityId: string, action: string) =>
    addResponse(store.db, priorityId, { status: 'in-progress', action, reason: '' }, officer);

  it("tells the backer where its backing went and sends the survivor's progress, once counted", async () => {
    const [backed, survivor] = await publish(
      { description: 'Cars race along Clifton Road' },
      { description: 'Speeding on Clifton Road and Hillmorton Road' },
    );
    const device = newDeviceId();
    expect((await back(device, backed!.id)).results[0]?.status).toBe('accepted');
    await respond(survivor!.id, 'Speed checks booked');
    // The backer's cursor moves past the survivor's progress before the merge.
    const before = await pullResponses(store.db, { deviceId: device });
    expect(before.items).toEqual([]);
    expect(before.follows).toEqual([]);

    await decide(store.db, officer, backed!.id, 'merge', { into: survivor!.id });
    const after = await pullResponses(store.db, { deviceId: device, cursor: before.cursor });
    expect(after.follows).toEqual([
      {
        backedId: backed!.id,
        priorityId: survivor!.id,
        themeKey: survivor!.themeKey,
        description: 'Speeding on Clifton Road and Hillmorton Road',
      },
    ]);
    // From the start (as the device does once told), the survivor's earlier progress arrives.
    const fromStart = await pullResponses(store.db, { deviceId: device });
    expect(fromStart.items.map((r) => [r.priorityId, r.action])).toEqual([
      [survivor!.id, 'Speed checks booked'],
    ]);
    // Counted once, on the survivor: the merged duplicate's author plus this backer.
    expect(await supportCount(store.db, survivor!.id)).toBe(2);
    expect(await supportCount(store.db, backed!.id)).toBe(0);
    // The same support again (a lost answer, a store that started over), or backing the survivor too: still once.
    const replay = await store.db.kysely
      .selectFrom('supports')
      .select('id')
      .where('device_id', '=', device)
      .executeTakeFirstOrThrow();
    expect((await back(device, backed!.id, replay.id)).results[0]?.status).toBe('duplicate');
    expect((await back(device, survivor!.id)).results[0]?.status).toBe('duplicate');
    expect(await supportCount(store.db, survivor!.id)).toBe(2);
  });

  it('follows a merge made before the support arrived, and a later merge of the survivor', async () => {
    const [first, second, third] = await publish(
      { description: 'Fly-tipping in the lay-by' },
      { description: 'Fly-tipping on Lower Hillmorton Road' },
      { description: 'Dumping all along the canal towpath' },
    );
    await decide(store.db, officer, first!.id, 'merge', { into: second!.id });
    // Backed offline from the device's copy of the public set, sent after the merge.
    const device = newDeviceId();
    expect((await back(device, first!.id)).results[0]?.status).toBe('accepted');
    expect(await supportCount(store.db, second!.id)).toBe(2);
    await decide(store.db, officer, second!.id, 'merge', { into: third!.id });
    const pulled = await pullResponses(store.db, { deviceId: device });
    expect(pulled.follows.map((f) => [f.backedId, f.priorityId])).toEqual([[first!.id, third!.id]]);
    await respond(third!.id, 'Cameras on the towpath');
    expect((await pullResponses(store.db, { deviceId: device })).items.map((r) => r.action)).toEqual([
      'Cameras on the towpath',
    ]);
  });

  it('tells a device that backed both where the merged one went, counting it once', async () => {
    const [dup, target] = await publish(
      { description: 'Parking on the verges' },
      { description: 'Verge parking' },
    );
    const device = newDeviceId();
    await back(device, dup!.id);
    await back(device, target!.id);
    await decide(store.db, officer, dup!.id, 'merge', { into: target!.id });
    expect((await pullResponses(store.db, { deviceId: device })).follows.map((f) => f.backedId)).toEqual([
      dup!.id,
    ]);
    const onTarget = await store.db.kysely
      .selectFrom('supports')
      .select('id')
      .where('priority_id', '=', target!.id)
      .where('device_id', '=', device)
      .execute();
    expect(onTarget).toHaveLength(1);
  });

  it("tells the author of a merged duplicate where it went and sends the survivor's progress", async () => {
    const [duplicate, survivor] = await publish(
      { description: 'Vans parked on the pavement by the school' },
      { description: 'Pavement parking on School Lane' },
    );
    await respond(survivor!.id, 'Parking patrols at school times');
    const author = duplicate!.deviceId;
    expect((await pullResponses(store.db, { deviceId: author })).follows).toEqual([]);
    await decide(store.db, officer, duplicate!.id, 'merge', { into: survivor!.id });
    const pulled = await pullResponses(store.db, { deviceId: author });
    // Named once, although the author is both its raiser and (by the merge) a supporter of the survivor.
    expect(pulled.follows).toEqual([
      {
        backedId: duplicate!.id,
        priorityId: survivor!.id,
        themeKey: survivor!.themeKey,
        description: 'Pavement parking on School Lane',
      },
    ]);
    expect(pulled.items.map((r) => [r.priorityId, r.action])).toEqual([
      [survivor!.id, 'Parking patrols at school times'],
    ]);
    // Hidden later: no longer named, and its later progress is not sent.
    await decide(store.db, officer, survivor!.id, 'hide', { reason: 'Names a resident' });
    await respond(survivor!.id, 'Not for the public');
    const hidden = await pullResponses(store.db, { deviceId: author, cursor: pulled.cursor });
    expect(hidden.follows).toEqual([]);
    expect(hidden.items).toEqual([]);
  });

  it('tells the author of a merged duplicate who had already backed the survivor', async () => {
    const [survivor] = await publish({ description: 'Street lights out on Bilton Road' });
    const [duplicate] = await pushAll(store, [{ description: 'Dark stretch of Bilton Road at night' }]);
    const author = duplicate!.deviceId;
    expect((await back(author, survivor!.id)).results[0]?.status).toBe('accepted');
    await decide(store.db, officer, duplicate!.id, 'merge', { into: survivor!.id });
    expect(
      (await pullResponses(store.db, { deviceId: author })).follows.map((f) => [f.backedId, f.priorityId]),
    ).toEqual([[duplicate!.id, survivor!.id]]);
    // Its author counts for the survivor once: the backing it gave, not a second one for the merge.
    expect(await supportCount(store.db, survivor!.id)).toBe(1);
  });

  it('says nothing about a survivor that is not public, and counts nothing for it', async () => {
    const [backed] = await publish({ description: 'Noise from the car park' });
    const [unpublished] = await pushAll(store, [{ description: 'Noise at night near the flats' }]);
    const device = newDeviceId();
    await back(device, backed!.id);
    await decide(store.db, officer, backed!.id, 'merge', { into: unpublished!.id });
    await respond(unpublished!.id, 'Not yet public progress');
    const pulled = await pullResponses(store.db, { deviceId: device });
    expect(pulled.follows).toEqual([]);
    expect(pulled.items).toEqual([]);
    // Nor to the merged priority's author.
    expect((await pullResponses(store.db, { deviceId: backed!.deviceId })).follows).toEqual([]);
    // A support sent now for the merged priority is refused: it would count for a priority not public.
    expect((await back(newDeviceId(), backed!.id)).results[0]).toMatchObject({
      status: 'rejected',
      reason: 'that priority is not published',
    });
  });
});
