// Moderation over HTTP on both stores: the queue per CSP, each decision, its audit entry, and
// the refusals (wrong role, wrong CSP, wrong status, bad input).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODERATION_API, type ModerationDecision } from '../../../src/domain/moderation';
import { STAFF_API } from '../../../src/domain/staff';
import { API, PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { hasSupports } from '../../../src/server/store/supports-link';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { pushRequest } from '../../support/backends-fixtures';
import { pushAll, STRATFORD } from '../../support/moderation-fixtures';
import { RUGBY, SOUTH_WARWICKSHIRE, staffSession } from '../../support/staff';

type Headers = { authorization: string };

describe.each(backends())('moderation on $name', (backend) => {
  let t: TestApp;
  let officer: Headers;
  let southOfficer: Headers;
  let admin: Headers;
  beforeAll(async () => {
    t = await openApp(backend);
    officer = (await staffSession(t.app, t.store.db, 'officer', [RUGBY])).headers;
    southOfficer = (await staffSession(t.app, t.store.db, 'officer', [SOUTH_WARWICKSHIRE])).headers;
    admin = (await staffSession(t.app, t.store.db, 'admin', [RUGBY])).headers;
  });
  afterAll(() => t.close());

  const queue = (query = '', headers: Headers = officer, csp = RUGBY) =>
    t.app.inject({ method: 'GET', url: `${MODERATION_API.queue(csp)}${query}`, headers });
  const decide = (
    id: string,
    decision: ModerationDecision,
    payload: object = {},
    headers: Headers = officer,
  ) => t.app.inject({ method: 'POST', url: MODERATION_API.decide(id, decision), payload, headers });
  const row = (id: string) =>
    t.store.db.kysely.selectFrom('priorities').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const auditFor = (id: string) =>
    t.store.db.kysely.selectFrom('audit_log').selectAll().where('target_id', '=', id).orderBy('id').execute();

  it('lists new priorities for the officer’s CSP, oldest first, in pages, without device ids', async () => {
    const [a, b, c] = await pushAll(t.store, [
      { description: 'queue one' },
      { description: 'queue two' },
      { description: 'queue three' },
    ]);
    const [south] = await pushAll(t.store, [
      { description: 'queue south', cspCode: SOUTH_WARWICKSHIRE, place: STRATFORD },
    ]);
    const first = await queue('?limit=2');
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.more).toBe(true);
    expect(JSON.stringify(page1)).not.toContain(a!.deviceId);
    expect(page1.items[0]).toMatchObject({
      cspCode: RUGBY,
      status: 'received',
      wardName: 'Eastlands',
      supportCount: 1,
      sensitive: false,
    });
    const all = [...page1.items];
    let cursor = page1.cursor;
    for (let more = page1.more; more; ) {
      const next = (await queue(`?limit=2&cursor=${encodeURIComponent(cursor)}`)).json();
      all.push(...next.items);
      cursor = next.cursor;
      more = next.more;
    }
    const ids = all.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([a!.id, b!.id, c!.id]));
    expect(ids).not.toContain(south!.id);
    expect(new Set(ids).size).toBe(ids.length);
    const southQueue = (await queue('', southOfficer, SOUTH_WARWICKSHIRE)).json();
    expect(southQueue.items.map((i: { id: string }) => i.id)).toContain(south!.id);
  });

  it('approve publishes, the author’s device pulls the new status, and the audit log records who', async () => {
    const [p] = await pushAll(t.store, [{ description: 'to approve' }]);
    const res = await decide(p!.id, 'approve');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: p!.id, status: 'published' });
    const published = (await queue('?status=published&limit=100')).json();
    expect(published.items.map((i: { id: string }) => i.id)).toContain(p!.id);
    const pulled = await t.app.inject({
      method: 'GET',
      url: `${API.pull}?protocol=${PROTOCOL_VERSION}&deviceId=${p!.deviceId}`,
    });
    expect(pulled.json().items).toEqual([expect.objectContaining({ id: p!.id, status: 'published' })]);
    const entries = await auditFor(p!.id);
    expect(entries.map((e) => [e.action, e.csp_code])).toEqual([['moderation.approve', RUGBY]]);
    expect((await decide(p!.id, 'approve')).statusCode).toBe(409);
  });

  it('redact replaces the text and keeps the original in the audit log for administrators only', async () => {
    const [p] = await pushAll(t.store, [{ description: 'Kids from number 12 race bikes on the green' }]);
    const res = await decide(p!.id, 'redact', {
      description: 'Kids race bikes on the green',
      reason: 'identifies a home',
    });
    expect(res.statusCode).toBe(200);
    expect((await row(p!.id)).description).toBe('Kids race bikes on the green');
    const forOfficer = await t.app.inject({
      method: 'GET',
      url: `${STAFF_API.audit}?targetId=${p!.id}`,
      headers: officer,
    });
    expect(forOfficer.statusCode).toBe(403);
    const forAdmin = await t.app.inject({
      method: 'GET',
      url: `${STAFF_API.audit}?targetId=${p!.id}`,
      headers: admin,
    });
    expect(forAdmin.json().entries[0]).toMatchObject({
      action: 'moderation.redact',
      details: {
        original: 'Kids from number 12 race bikes on the green',
        redacted: 'Kids race bikes on the green',
      },
    });
    // Still waiting for a decision: redacting is not publishing.
    expect((await row(p!.id)).status).toBe('received');
  });

  it('a redaction is a new version: the author’s edit from the old text is a sync conflict', async () => {
    const [p] = await pushAll(t.store, [{ description: 'Kids from number 12 race bikes' }]);
    await decide(p!.id, 'redact', { description: 'Kids race bikes', reason: 'identifies a home' });
    expect(await row(p!.id)).toMatchObject({ version: 2, written_by: expect.stringMatching(/^staff:/) });
    const edit = { ...p!, version: 2, baseVersion: 1, description: 'Kids from number 12 race bikes daily' };
    const res = await t.app.inject({
      method: 'POST',
      url: API.push,
      payload: pushRequest(p!.deviceId, [edit]),
    });
    expect(res.json().results[0]).toMatchObject({
      status: 'conflict',
      version: 2,
      current: { description: 'Kids race bikes' },
    });
    expect((await row(p!.id)).description).toBe('Kids race bikes');
  });

  it('hide needs a reason; a hidden priority can be approved later', async () => {
    const [p] = await pushAll(t.store, [{ description: 'to hide' }]);
    const missing = await decide(p!.id, 'hide', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues[0].path).toBe('reason');
    const res = await decide(p!.id, 'hide', { reason: 'abusive language' });
    expect(res.json()).toMatchObject({ status: 'hidden', hiddenReason: 'abusive language' });
    expect((await decide(p!.id, 'hide', { reason: 'again please' })).statusCode).toBe(409);
    expect((await decide(p!.id, 'approve')).json()).toMatchObject({
      status: 'published',
      hiddenReason: null,
    });
  });

  it('merge carries support to the target and follows earlier merges', async () => {
    const [target, dup, olderDup] = await pushAll(t.store, [
      { description: 'merge target' },
      { description: 'merge duplicate' },
      { description: 'merge older duplicate' },
    ]);
    expect((await decide(olderDup!.id, 'merge', { into: dup!.id })).statusCode).toBe(200);
    const res = await decide(dup!.id, 'merge', { into: target!.id });
    expect(res.json()).toMatchObject({ status: 'merged', mergedInto: target!.id });
    expect((await row(olderDup!.id)).merged_into).toBe(target!.id);
    const items = (await queue('?limit=100')).json().items as { id: string; supportCount: number }[];
    expect(items.find((i) => i.id === target!.id)?.supportCount).toBe(3);
    expect(items.map((i) => i.id)).not.toContain(dup!.id);

    expect((await decide(target!.id, 'merge', { into: target!.id })).statusCode).toBe(409);
    expect((await decide(target!.id, 'merge', { into: dup!.id })).json().message).toContain('is merged');
    const [south] = await pushAll(t.store, [{ cspCode: SOUTH_WARWICKSHIRE, place: STRATFORD }]);
    expect((await decide(target!.id, 'merge', { into: south!.id })).statusCode).toBe(409);
    expect(
      (await decide(target!.id, 'merge', { into: '0190f5a0-0000-7000-8000-000000000000' })).statusCode,
    ).toBe(404);
  });

  it('merge moves "me too" supports, counting a device that supported both once (when supports exist)', async () => {
    if (!(await hasSupports(t.store.db))) return; // covered once migration 004 lands
    const [target, dup] = await pushAll(t.store, [
      { description: 'supported target' },
      { description: 'supported dup' },
    ]);
    const add = (priorityId: string, deviceId: string) =>
      sql`insert into supports (id, priority_id, device_id, created_at, received_at) values (${crypto.randomUUID()}, ${priorityId}, ${deviceId}, '2026-05-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z')`.execute(
        t.store.db.kysely,
      );
    const both = crypto.randomUUID();
    await add(target!.id, both);
    await add(dup!.id, both);
    await add(dup!.id, crypto.randomUUID());
    await decide(dup!.id, 'merge', { into: target!.id });
    const items = (await queue('?limit=100')).json().items as { id: string; supportCount: number }[];
    // itself + "both" + the other supporter + the duplicate's author
    expect(items.find((i) => i.id === target!.id)?.supportCount).toBe(4);
  });

  it('mark sensitive sets the flag; sensitive themes are always reported as sensitive', async () => {
    const [p, dv] = await pushAll(t.store, [
      { description: 'flag me' },
      { themeKey: 'sensitive.domestic-abuse', description: 'x' },
    ]);
    expect((await decide(p!.id, 'sensitive', { sensitive: true })).json()).toMatchObject({ sensitive: true });
    expect((await row(p!.id)).sensitive).toBe(1);
    const items = (await queue('?limit=100')).json().items as { id: string; themeSensitive: boolean }[];
    expect(items.find((i) => i.id === dv!.id)?.themeSensitive).toBe(true);
    expect((await decide(p!.id, 'sensitive', { sensitive: 'yes' })).json().issues[0].path).toBe('sensitive');
  });

  it('will not publish text flagged for personal details until an officer confirms it', async () => {
    const [p] = await pushAll(t.store, [{ description: 'Call me on 07700 900123 about the parking' }]);
    const refused = await decide(p!.id, 'approve');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('phone');
    expect((await decide(p!.id, 'approve', { personalDetailsChecked: true })).json().status).toBe(
      'published',
    );
  });

  it('an author’s later edit sends a published priority back to moderation', async () => {
    const [p] = await pushAll(t.store, [{ description: 'before edit' }]);
    await decide(p!.id, 'approve');
    const edited = {
      ...p!,
      description: 'after edit with new claims',
      version: 2,
      updatedAt: '2026-05-02T00:00:00.000Z',
    };
    await t.app.inject({ method: 'POST', url: API.push, payload: pushRequest(p!.deviceId, [edited]) });
    expect((await row(p!.id)).status).toBe('received');
  });

  it('refuses other roles, other CSPs and anonymous callers', async () => {
    const [p] = await pushAll(t.store, [{ description: 'guarded' }]);
    const analyst = (await staffSession(t.app, t.store.db, 'analyst', [RUGBY])).headers;
    const pcso = (await staffSession(t.app, t.store.db, 'pcso', [RUGBY])).headers;
    for (const h of [analyst, pcso]) {
      expect((await queue('', h)).statusCode).toBe(403);
      expect((await decide(p!.id, 'approve', {}, h)).statusCode).toBe(403);
    }
    const elsewhere = await queue('', southOfficer);
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().message).toContain(RUGBY);
    const reach = await decide(p!.id, 'approve', {}, southOfficer);
    expect(reach.statusCode).toBe(403);
    expect(reach.json().message).toContain(RUGBY);
    expect((await row(p!.id)).status).toBe('received');
    const anon = await t.app.inject({
      method: 'POST',
      url: MODERATION_API.decide(p!.id, 'approve'),
      payload: {},
    });
    expect(anon.statusCode).toBe(401);
  });

  it.each([
    ['?status=withdrawn', 'status'],
    ['?limit=0', 'limit'],
    ['?limit=abc', 'limit'],
    ['?sort=desc', 'sort'],
  ])('queue %s → 400 naming %s', async (query, path) => {
    const res = await queue(query);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe(path);
  });

  it('answers 404 for an unknown or malformed id and 400 for a bad body', async () => {
    expect((await decide('not-an-id', 'approve')).statusCode).toBe(404);
    expect((await decide('0190f5a0-0000-7000-8000-000000000001', 'approve')).statusCode).toBe(404);
    const [p] = await pushAll(t.store, [{ description: 'bad bodies' }]);
    const long = await decide(p!.id, 'redact', { description: 'x'.repeat(1001) });
    expect(long.json().issues[0].path).toBe('description');
    expect((await decide(p!.id, 'merge', { into: 'nope' })).json().issues[0].path).toBe('into');
    expect((await decide(p!.id, 'approve', { publish: true })).statusCode).toBe(400);
  });
});
