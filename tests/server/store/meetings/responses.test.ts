// "You said, we did" responses: kept as a history, newest wins, pulled by the device that raised
// the priority and by devices that backed it while it is public; the ward's public agenda.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeviceId, newPriorityId } from '../../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../../src/domain/sync-protocol';
import { type AreaIndex, loadAreaIndex } from '../../../../src/server/geo/area-index';
import { publicMeetingAgenda } from '../../../../src/server/store/meetings/public-agenda';
import { pullResponses } from '../../../../src/server/store/meetings/pull-responses';
import { addResponse, latestResponses } from '../../../../src/server/store/meetings/responses';
import { storeMeetingBundle } from '../../../../src/server/store/meetings/store-bundle';
import { decide } from '../../../../src/server/store/moderation';
import { pushPriorities } from '../../../../src/server/store/push';
import { pushSupports } from '../../../../src/server/store/supports';
import { sampleBundle } from '../../../domain/meeting-fixtures';
import { backends, openSeededStore, type TestStore } from '../../../support/backends';
import { devicePriorities, pushRequest } from '../../../support/backends-fixtures';
import { makeStaff } from '../../../support/staff';

const officer = { id: 'staff-1', displayName: 'PC Amy Shaw' };

describe.each(backends())('responses on $name', (backend) => {
  let store: TestStore;
  let areas: AreaIndex;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    areas = await loadAreaIndex(store.db);
  });
  afterAll(() => store.close());

  it('keeps each update and reports the newest as the status', async () => {
    const [p] = devicePriorities(1);
    await pushPriorities(store.db, pushRequest(p!.deviceId, [p!]), areas.assign);
    await addResponse(
      store.db,
      p!.id,
      { status: 'in-progress', action: 'Patrols booked', reason: '' },
      officer,
      () => '2026-11-21T10:00:00.000Z',
    );
    await addResponse(
      store.db,
      p!.id,
      { status: 'done', action: 'Speed camera van twice a week', reason: 'ignored' },
      officer,
      () => '2026-11-28T10:00:00.000Z',
    );
    const latest = (await latestResponses(store.db, [p!.id])).get(p!.id);
    // A reason is only kept for "not possible".
    expect(latest).toMatchObject({
      status: 'done',
      action: 'Speed camera van twice a week',
      reason: '',
      respondedBy: 'PC Amy Shaw',
    });
  });

  it('answers undefined for a priority it does not hold', async () => {
    expect(
      await addResponse(
        store.db,
        '01900000-0000-7000-8000-000000000000',
        { status: 'open', action: '', reason: '' },
        officer,
      ),
    ).toBeUndefined();
  });

  it('lets the raising device pull responses page by page, and no other device', async () => {
    const items = devicePriorities(3);
    const device = items[0]!.deviceId;
    await pushPriorities(store.db, pushRequest(device, items), areas.assign);
    for (const p of items)
      await addResponse(
        store.db,
        p.id,
        { status: 'in-progress', action: `On it: ${p.id}`, reason: '' },
        officer,
      );
    const first = await pullResponses(store.db, { deviceId: device, limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.more).toBe(true);
    const second = await pullResponses(store.db, { deviceId: device, cursor: first.cursor, limit: 2 });
    expect(second.items).toHaveLength(1);
    expect(second.more).toBe(false);
    expect(new Set([...first.items, ...second.items].map((r) => r.priorityId))).toEqual(
      new Set(items.map((p) => p.id)),
    );
    const again = await pullResponses(store.db, { deviceId: device, cursor: second.cursor });
    expect(again.items).toEqual([]);
    const stranger = await pullResponses(store.db, { deviceId: devicePriorities(1)[0]!.deviceId });
    expect(stranger.items).toEqual([]);
  });

  it('lets a device that backed a published priority pull its responses, until it is hidden', async () => {
    const [p] = devicePriorities(1);
    await pushPriorities(store.db, pushRequest(p!.deviceId, [p!]), areas.assign);
    const moderator = await makeStaff(store.db, 'officer');
    await decide(store.db, moderator, p!.id, 'approve', {});
    const backer = newDeviceId();
    const support = { id: newPriorityId(), priorityId: p!.id, deviceId: backer, createdAt: p!.createdAt };
    const pushed = await pushSupports(store.db, {
      protocol: PROTOCOL_VERSION,
      deviceId: backer,
      supports: [support],
    });
    expect(pushed.results[0]?.status).toBe('accepted');
    await addResponse(store.db, p!.id, { status: 'done', action: 'Bins emptied daily', reason: '' }, officer);
    const pulled = await pullResponses(store.db, { deviceId: backer });
    expect(pulled.items.map((r) => [r.priorityId, r.status, r.action])).toEqual([
      [p!.id, 'done', 'Bins emptied daily'],
    ]);
    // Hidden later: the backer hears nothing more about it; the author still does.
    await decide(store.db, moderator, p!.id, 'hide', { reason: 'not for publication' });
    expect((await pullResponses(store.db, { deviceId: backer })).items).toEqual([]);
    expect((await pullResponses(store.db, { deviceId: p!.deviceId })).items).toHaveLength(1);
  });

  it("never puts a staff member's name, username or id in a resident's pull (raiser or backer)", async () => {
    const responder = await makeStaff(store.db, 'officer');
    const named = { id: responder.id, displayName: 'Sgt Zebedee Quill-Harrow' };
    const [p] = devicePriorities(1);
    await pushPriorities(store.db, pushRequest(p!.deviceId, [p!]), areas.assign);
    await decide(store.db, responder, p!.id, 'approve', {});
    const backer = newDeviceId();
    await pushSupports(store.db, {
      protocol: PROTOCOL_VERSION,
      deviceId: backer,
      supports: [{ id: newPriorityId(), priorityId: p!.id, deviceId: backer, createdAt: p!.createdAt }],
    });
    await addResponse(
      store.db,
      p!.id,
      { status: 'in-progress', action: 'Patrols booked', reason: '' },
      named,
    );
    await addResponse(store.db, p!.id, { status: 'not-possible', action: '', reason: 'Private land' }, named);
    // Staff still see who recorded it.
    expect((await latestResponses(store.db, [p!.id])).get(p!.id)?.respondedBy).toBe(named.displayName);
    for (const device of [p!.deviceId, backer]) {
      const pulled = await pullResponses(store.db, { deviceId: device });
      expect(pulled.items.map((r) => r.status)).toEqual(['in-progress', 'not-possible']);
      const json = JSON.stringify(pulled);
      for (const secret of ['Zebedee', 'Quill', responder.id, responder.username, 'respondedBy'])
        expect(json).not.toContain(secret);
    }
  });

  it("shows a ward's last meeting and progress on its agenda", async () => {
    const bundle = sampleBundle({ meeting: { ...sampleBundle().meeting, wardCode: 'E05008975' } });
    const fixed = {
      ...bundle,
      priorities: bundle.priorities.map((p) => ({
        ...p,
        place: { kind: 'area-unit' as const, areaCode: 'E05008975' },
      })),
    };
    await storeMeetingBundle(store.db, fixed, areas.assign);
    await addResponse(
      store.db,
      fixed.agreed[0]!.priorityId,
      { status: 'not-possible', action: '', reason: 'Private land' },
      officer,
    );
    const agenda = await publicMeetingAgenda(store.db, 'E22000321', 'E05008975');
    expect(agenda.previous?.id).toBe(fixed.meeting.id);
    expect(agenda.previous?.agreed.map((a) => a.response?.status ?? 'none')).toEqual([
      'not-possible',
      'none',
      'none',
    ]);
    expect((await publicMeetingAgenda(store.db, 'E22000321', 'E05008976')).previous).toBeNull();
  });
});
