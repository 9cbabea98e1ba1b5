// Public "you said, we did" on both stores: the latest progress on each published priority in the
// public feed (status, month, words that pass the one rule), never a staff name, personal detail,
// exact time, or an unpublished or sensitive priority; and the one rule used on every route that
// sends progress, so an officer's words naming "Mrs Smith at 14 Oak Road, 07700 900123" reach no
// public answer and no device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeviceId, newPriorityId } from '../../../src/domain/ids';
import { MEETINGS_API } from '../../../src/domain/meetings-api';
import type { PublicPage } from '../../../src/domain/public';
import type { ResponseUpdate } from '../../../src/domain/response';
import { API, PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { loadAreaIndex } from '../../../src/server/geo/area-index';
import { addResponse } from '../../../src/server/store/meetings/responses';
import { storeMeetingBundle } from '../../../src/server/store/meetings/store-bundle';
import { decide } from '../../../src/server/store/moderation';
import { pushSupports } from '../../../src/server/store/supports';
import { sampleBundle, sampleMeeting } from '../../domain/meeting-fixtures';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { pushAll } from '../../support/moderation-fixtures';
import { makeStaff, RUGBY } from '../../support/staff';

const DIRTY = 'Spoke to Mrs Smith at 14 Oak Road, 07700 900123, about the cars';
const LEAKS = ['Mrs Smith', 'Smith', '14 Oak Road', '07700', 'Amy', 'Shaw', 'Test officer'];
// An exact moment no public answer may give (the month, 2026-10, is all it may say).
const AT = '2026-10-03T09:41:17.123Z';
const officer = { id: null, displayName: 'PC Amy Shaw' };

describe.each(backends())('public progress on $name', (backend) => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  let raiser = '';
  let backer = '';
  let meetingDevice = '';

  const respond = (id: string, update: Partial<ResponseUpdate>, at = AT) =>
    addResponse(
      t.store.db,
      id,
      { status: 'in-progress', action: '', reason: '', ...update },
      officer,
      () => at,
    );
  const get = async (url: string) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    return res;
  };
  const feed = async () =>
    (await get(`${API.csps}/${RUGBY}/public-priorities`)).json() as PublicPage & {
      items: PublicPage['items'];
    };
  const pull = (deviceId: string) =>
    get(`${MEETINGS_API.pullResponses}?protocol=${PROTOCOL_VERSION}&deviceId=${deviceId}`);

  beforeAll(async () => {
    t = await openApp(backend, { publicGridMetres: 100 });
    const staff = await makeStaff(t.store.db, 'officer', [RUGBY]);
    const names = ['clean', 'dirty', 'named', 'reopened', 'received', 'sensitive', 'hidden', 'none'];
    const pushed = await pushAll(
      t.store,
      names.map((n) => ({ description: `The ${n} one: cars race past the shops` })),
    );
    names.forEach((n, i) => {
      ids[n] = pushed[i]!.id;
    });
    raiser = pushed[1]!.deviceId;
    for (const n of ['clean', 'dirty', 'named', 'reopened', 'sensitive', 'hidden', 'none'])
      await decide(t.store.db, staff, ids[n]!, 'approve', {});
    await decide(t.store.db, staff, ids.sensitive!, 'sensitive', { sensitive: true });
    await decide(t.store.db, staff, ids.hidden!, 'hide', { reason: 'not for publication' });

    await respond(
      ids.clean!,
      { status: 'in-progress', action: 'Speed checks booked' },
      '2026-09-10T08:00:00.000Z',
    );
    await respond(ids.clean!, { status: 'done', action: 'Speed camera van twice a week' });
    await respond(ids.dirty!, { status: 'in-progress', action: DIRTY });
    await respond(ids.named!, {
      status: 'not-possible',
      action: 'Asked the council',
      reason: 'Amy Shaw says no',
    });
    await respond(ids.reopened!, { status: 'done', action: 'Fixed' }, '2026-09-01T08:00:00.000Z');
    await respond(ids.reopened!, { status: 'open', action: '' });
    for (const n of ['received', 'sensitive', 'hidden'])
      await respond(ids[n]!, { status: 'done', action: `SECRET ${n} progress` });

    // A neighbour backs the dirty one: their device pulls its progress too.
    backer = newDeviceId();
    await pushSupports(t.store.db, {
      protocol: PROTOCOL_VERSION,
      deviceId: backer,
      supports: [{ id: newPriorityId(), priorityId: ids.dirty!, deviceId: backer, createdAt: AT }],
    });

    // A meeting in Eastlands agreed a published priority, with the dirty words as its action and progress.
    const areas = await loadAreaIndex(t.store.db);
    const bundle = sampleBundle({ meeting: sampleMeeting({ wardCode: 'E05008986' }) });
    meetingDevice = bundle.deviceId;
    await storeMeetingBundle(
      t.store.db,
      {
        ...bundle,
        agreed: bundle.agreed.map((a, i) => (i === 0 ? { ...a, action: `Ring ${DIRTY}` } : a)),
      },
      areas.assign,
    );
    const agreedId = bundle.agreed[0]!.priorityId;
    await decide(t.store.db, staff, agreedId, 'approve', {});
    await respond(agreedId, { status: 'done', action: DIRTY });
    await respond(bundle.agreed[1]!.priorityId, { status: 'done', action: 'Lines repainted' });
  });
  afterAll(() => t.close());

  it('gives each published priority its latest progress: status, month and the words', async () => {
    const { items } = await feed();
    const byId = new Map(items.map((p) => [p.id, p]));
    expect(byId.get(ids.clean!)?.progress).toEqual({
      status: 'done',
      month: '2026-10',
      action: 'Speed camera van twice a week',
      reason: '',
    });
    // Words with a personal detail or a staff name: the status and month only.
    expect(byId.get(ids.dirty!)?.progress).toEqual({
      status: 'in-progress',
      month: '2026-10',
      action: '',
      reason: '',
    });
    expect(byId.get(ids.named!)?.progress).toEqual({
      status: 'not-possible',
      month: '2026-10',
      action: '',
      reason: '',
    });
    // Set back to open, or never answered: nothing to show.
    expect(byId.get(ids.reopened!)).toBeDefined();
    expect(byId.get(ids.reopened!)).not.toHaveProperty('progress');
    expect(byId.get(ids.none!)).not.toHaveProperty('progress');
    expect(Object.keys(byId.get(ids.clean!)?.progress ?? {}).sort()).toEqual([
      'action',
      'month',
      'reason',
      'status',
    ]);
  });

  it('leaves out unpublished, hidden and sensitive priorities and their progress', async () => {
    const res = await get(`${API.csps}/${RUGBY}/public-priorities`);
    const shown = new Set((res.json() as PublicPage).items.map((p) => p.id));
    for (const n of ['received', 'sensitive', 'hidden']) expect(shown).not.toContain(ids[n]);
    expect(res.body).not.toContain('SECRET');
  });

  it('keeps paging and the page size as they were', async () => {
    const first = (await get(`${API.csps}/${RUGBY}/public-priorities?limit=2`)).json() as PublicPage;
    expect(first.items).toHaveLength(2);
    expect(first.more).toBe(true);
    const rest = (
      await get(`${API.csps}/${RUGBY}/public-priorities?limit=2000&cursor=${first.cursor}`)
    ).json() as PublicPage;
    const all = (await feed()).items.map((p) => p.id);
    expect([...first.items, ...rest.items].map((p) => p.id)).toEqual(all);
  });

  const publicAnswers = () => [
    `${API.csps}/${RUGBY}/public-priorities`,
    `${MEETINGS_API.agenda(RUGBY)}?ward=E05008986`,
    `${API.summary(RUGBY)}?from=2026-04-01&to=2027-03-31`,
    `${API.summary(RUGBY)}?from=2026-04-01&to=2027-03-31&format=csv`,
  ];

  it('lets no public answer carry the words, a staff name or the exact time', async () => {
    for (const url of publicAnswers()) {
      const { body } = await get(url);
      for (const leak of LEAKS) expect(body, url).not.toContain(leak);
      expect(body, url).not.toContain('09:41');
      expect(body, url).not.toContain('2026-10-03T');
      // Each answer but the counts file does carry progress, so the rule is what keeps the words out.
      if (!url.endsWith('csv')) expect(body, url).toMatch(/Speed camera van twice a week|Lines repainted/);
    }
  });

  it('gives the agenda the same rule: status and month, the words withheld', async () => {
    const agenda = (await get(`${MEETINGS_API.agenda(RUGBY)}?ward=E05008986`)).json();
    const [first, second] = agenda.previous.agreed;
    expect(first.action).toBe('');
    expect(first.response).toEqual({ status: 'done', month: '2026-10', action: '', reason: '' });
    expect(second.response).toEqual({
      status: 'done',
      month: '2026-10',
      action: 'Lines repainted',
      reason: '',
    });
  });

  it('sends the words to no device: not the one that raised it, one that backed it, or the meeting device', async () => {
    for (const device of [raiser, backer, meetingDevice]) {
      const res = await pull(device);
      const items = res.json().items as { priorityId: string; status: string; action: string }[];
      expect(items.length).toBeGreaterThan(0);
      for (const leak of LEAKS) expect(res.body).not.toContain(leak);
    }
    // The raiser still learns the status.
    const mine = (await pull(raiser)).json().items as {
      priorityId: string;
      status: string;
      action: string;
    }[];
    expect(mine).toEqual([
      expect.objectContaining({ priorityId: ids.dirty, status: 'in-progress', action: '' }),
    ]);
  });
});
