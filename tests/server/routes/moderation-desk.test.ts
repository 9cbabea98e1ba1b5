// The moderation desk's store side on both databases: the residents a patrol record stands for,
// who recorded it (staff routes only), the survivor of a merge, and the merge candidates
// (any status a merge may target, same theme then nearest, words, same CSP only, checked query).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MergeCandidate, MODERATION_API, type ModerationItem } from '../../../src/domain/moderation';
import { API, PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { loadAreaIndex } from '../../../src/server/geo/area-index';
import { storeMeetingBundle } from '../../../src/server/store/meetings/store-bundle';
import { sampleBundle } from '../../domain/meeting-fixtures';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { point } from '../../support/backends-fixtures';
import { pushAll, STRATFORD, setStatus } from '../../support/moderation-fixtures';
import { makeStaff, RUGBY, SOUTH_WARWICKSHIRE, staffSession } from '../../support/staff';

type Headers = { authorization: string };

describe.each(backends())('the moderation desk on $name', (backend) => {
  let t: TestApp;
  let officer: Headers;
  let southOfficer: Headers;
  beforeAll(async () => {
    t = await openApp(backend);
    officer = (await staffSession(t.app, t.store.db, 'officer', [RUGBY])).headers;
    southOfficer = (await staffSession(t.app, t.store.db, 'officer', [SOUTH_WARWICKSHIRE])).headers;
  });
  afterAll(() => t.close());

  const queueItems = async (status = 'received'): Promise<ModerationItem[]> =>
    (
      await t.app.inject({
        method: 'GET',
        url: `${MODERATION_API.queue(RUGBY)}?status=${status}&limit=100`,
        headers: officer,
      })
    ).json().items;
  const candidates = (id: string, query = '', headers: Headers = officer) =>
    t.app.inject({ method: 'GET', url: `${MODERATION_API.mergeCandidates(id)}${query}`, headers });
  const merge = (id: string, into: string) =>
    t.app.inject({
      method: 'POST',
      url: MODERATION_API.decide(id, 'merge'),
      payload: { into },
      headers: officer,
    });

  it('a patrol record saved for 3, 4 or 5 residents stands for them, and a merge adds them', async () => {
    const pcso = await makeStaff(t.store.db, 'pcso', [RUGBY]);
    const [three, four, five, target] = await pushAll(t.store, [
      { channel: 'patrol', recordedBy: pcso.id, residentCount: 3, description: 'patrol three' },
      { channel: 'patrol', recordedBy: pcso.id, residentCount: 4, description: 'patrol four' },
      { channel: 'patrol', recordedBy: pcso.id, residentCount: 5, description: 'patrol five' },
      { description: 'online target' },
    ]);
    let items = await queueItems();
    const count = (id: string) => items.find((i) => i.id === id)?.supportCount;
    expect([count(three!.id), count(four!.id), count(five!.id), count(target!.id)]).toEqual([3, 4, 5, 1]);
    // The staff account's name, for moderators.
    expect(items.find((i) => i.id === three!.id)).toMatchObject({
      channel: 'patrol',
      recordedByName: 'Test pcso',
      respondentType: three!.respondentType,
    });
    expect(items.find((i) => i.id === target!.id)?.recordedByName).toBeNull();
    // Two patrol records from the same PCSO's device merged: both conversations still count.
    expect((await merge(four!.id, three!.id)).statusCode).toBe(200);
    expect((await merge(three!.id, target!.id)).statusCode).toBe(200);
    items = await queueItems();
    expect(count(target!.id)).toBe(1 + 3 + 4);
  });

  it('a meeting’s priorities name the staff account that sent the meeting', async () => {
    const chair = await makeStaff(t.store.db, 'pcso', [RUGBY]);
    const bundle = sampleBundle();
    const areas = await loadAreaIndex(t.store.db);
    expect((await storeMeetingBundle(t.store.db, bundle, areas.assign, chair)).status).toBe('accepted');
    const item = (await queueItems()).find((i) => i.id === bundle.priorities[0]!.id);
    expect(item).toMatchObject({ channel: 'meeting', recordedByName: 'Test pcso' });
  });

  it('never sends who recorded a priority to the public feed or a device', async () => {
    const pcso = await makeStaff(t.store.db, 'pcso', [RUGBY]);
    const [p] = await pushAll(t.store, [
      { channel: 'patrol', recordedBy: pcso.id, residentCount: 2, description: 'published patrol record' },
    ]);
    await setStatus(t.store, [p!.id], 'published');
    const feed = await t.app.inject({ method: 'GET', url: `${API.csps}/${RUGBY}/public-priorities` });
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain(p!.id);
    expect(feed.body).not.toContain('Test pcso');
    expect(feed.body).not.toContain(pcso.id);
    const pull = await t.app.inject({
      method: 'GET',
      url: `${API.pull}?deviceId=${p!.deviceId}&protocol=${PROTOCOL_VERSION}`,
    });
    expect(pull.body).not.toContain('Test pcso');
    expect(pull.body).not.toContain('recordedBy');
  });

  it('the Merged view names the survivor', async () => {
    const [kept, dup] = await pushAll(t.store, [
      { description: 'survivor kept' },
      { description: 'survivor dup' },
    ]);
    await setStatus(t.store, [kept!.id], 'published');
    expect((await merge(dup!.id, kept!.id)).statusCode).toBe(200);
    const merged = (await queueItems('merged')).find((i) => i.id === dup!.id);
    expect(merged?.survivor).toEqual({
      id: kept!.id,
      themeKey: kept!.themeKey,
      description: 'survivor kept',
      status: 'published',
    });
  });

  it('offers originals in any status a merge may target, same theme first, then nearest', async () => {
    const at = (dLon: number) => point(-1.2606 + dLon, 52.3709);
    const [item, nearSame, farSame, nearOther, hiddenSame, publishedSame] = await pushAll(t.store, [
      { themeKey: 'local.parking', description: 'rank item', place: at(0) },
      { themeKey: 'local.parking', description: 'rank near same', place: at(0.001) },
      { themeKey: 'local.parking', description: 'rank far same', place: at(0.02) },
      { themeKey: 'local.speeding', description: 'rank near other', place: at(0.0005) },
      { themeKey: 'local.parking', description: 'rank hidden same', place: at(0.0002) },
      { themeKey: 'local.parking', description: 'rank published same', place: at(0.005) },
    ]);
    await setStatus(t.store, [hiddenSame!.id], 'hidden');
    await setStatus(t.store, [publishedSame!.id], 'published');
    const [south] = await pushAll(t.store, [
      { themeKey: 'local.parking', description: 'rank south', cspCode: SOUTH_WARWICKSHIRE, place: STRATFORD },
    ]);

    const res = await candidates(item!.id, '?q=rank');
    expect(res.statusCode).toBe(200);
    const list = res.json().items as MergeCandidate[];
    expect(list.map((c) => c.id)).toEqual([nearSame!.id, publishedSame!.id, farSame!.id, nearOther!.id]);
    expect(list[0]).toMatchObject({ sameTheme: true, status: 'received', wardName: 'Eastlands' });
    expect(list[0]!.distanceM).toBeGreaterThan(50);
    expect(list[0]!.distanceM).toBeLessThan(100);
    expect(list[1]!.status).toBe('published');
    // Never itself, a hidden one, or another CSP's.
    const ids = list.map((c) => c.id);
    expect(ids).not.toContain(item!.id);
    expect(ids).not.toContain(hiddenSame!.id);
    expect(ids).not.toContain(south!.id);

    // Words narrow the list (every word must appear, in any case).
    const words = (await candidates(item!.id, '?q=RANK%20far')).json().items as MergeCandidate[];
    expect(words.map((c) => c.id)).toEqual([farSame!.id]);
    // LIKE's own characters are taken as text.
    expect((await candidates(item!.id, '?q=%25')).json().items).toEqual([]);
  });

  it('keeps each officer inside their CSP and checks the query', async () => {
    const [item] = await pushAll(t.store, [{ description: 'scoped item' }]);
    const other = await candidates(item!.id, '', southOfficer);
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toContain(RUGBY);
    expect((await candidates(item!.id, '', { authorization: 'Bearer nope' })).statusCode).toBe(401);
    const analyst = (await staffSession(t.app, t.store.db, 'analyst', [RUGBY])).headers;
    expect((await candidates(item!.id, '', analyst)).statusCode).toBe(403);
    expect((await candidates('0190f5a0-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await candidates('not-an-id')).statusCode).toBe(404);
    for (const [query, path] of [
      [`?q=${'x'.repeat(101)}`, 'q'],
      ['?limit=0', 'limit'],
      ['?limit=51', 'limit'],
      ['?colour=red', 'colour'],
      ['?q=a&q=b', 'q'],
    ] as const) {
      const bad = await candidates(item!.id, query);
      expect(bad.statusCode, query).toBe(400);
      expect(bad.json().issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });
});
