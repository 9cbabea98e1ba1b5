// What the author's device is told about each of its priorities, on both stores: the state, the
// hide category and the checked note for its OWN priorities only, never the officer's internal
// reason, never another device's priorities; and the Hide decision's checks on the note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MODERATION_API,
  type ModerationDecision,
  NOTE_HAS_PERSONAL_DETAILS,
} from '../../../src/domain/moderation';
import type { Priority } from '../../../src/domain/priority';
import { API, PROTOCOL_VERSION, type ServerPriorityState } from '../../../src/domain/sync-protocol';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { pushRequest } from '../../support/backends-fixtures';
import { pushAll } from '../../support/moderation-fixtures';
import { RUGBY, staffSession } from '../../support/staff';

const INTERNAL = 'Internal: the caller is known to us, see case 4471';

describe.each(backends())('what a device is told about its own priorities on $name', (backend) => {
  let t: TestApp;
  let officer: { authorization: string };
  beforeAll(async () => {
    t = await openApp(backend);
    officer = (await staffSession(t.app, t.store.db, 'officer', [RUGBY])).headers;
  });
  afterAll(() => t.close());

  const decide = (id: string, decision: ModerationDecision, payload: object = {}) =>
    t.app.inject({ method: 'POST', url: MODERATION_API.decide(id, decision), payload, headers: officer });
  const pull = async (deviceId: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${API.pull}?protocol=${PROTOCOL_VERSION}&deviceId=${deviceId}`,
    });
    expect(res.statusCode).toBe(200);
    return { body: res.body, items: res.json().items as ServerPriorityState[] };
  };
  const stateOf = async (p: Priority) => (await pull(p.deviceId)).items.find((i) => i.id === p.id);

  it('a hidden priority reaches its own device with the category and note, never the internal reason', async () => {
    const [mine, theirs] = await pushAll(t.store, [
      { description: 'Mr Jones at number 4 deals from his van' },
      { description: 'Speeding on the high street' },
    ]);
    const res = await decide(mine!.id, 'hide', {
      reason: INTERNAL,
      category: 'names-person',
      residentNote: 'Please report what you have seen to the police on 101.',
    });
    expect(res.statusCode, res.body).toBe(200);

    const { body, items } = await pull(mine!.deviceId);
    expect(items).toEqual([
      expect.objectContaining({
        id: mine!.id,
        status: 'hidden',
        shownPublicly: false,
        backInReview: false,
        hidden: {
          category: 'names-person',
          note: 'Please report what you have seen to the police on 101.',
        },
      }),
    ]);
    expect(body).not.toContain('case 4471');
    expect(body).not.toContain('hiddenReason');
    // The other device hears only about its own priority.
    const other = await pull(theirs!.deviceId);
    expect(other.items.map((i) => i.id)).toEqual([theirs!.id]);
    expect(other.body).not.toContain(mine!.id);
    expect(other.body).not.toContain('101');
    expect(other.items[0]).not.toHaveProperty('hidden');
  });

  it('refuses a note for the resident that holds personal details, naming the field', async () => {
    const [p] = await pushAll(t.store, [{ description: 'Noise from the flats' }]);
    for (const residentNote of ['Ring Sam on 07700 900123 about it', 'We spoke to Mrs Patel about this']) {
      const res = await decide(p!.id, 'hide', { reason: 'dealt with by housing', residentNote });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([{ path: 'residentNote', message: NOTE_HAS_PERSONAL_DETAILS }]);
    }
    const tooLong = await decide(p!.id, 'hide', { reason: 'dealt with', residentNote: 'x'.repeat(301) });
    expect(tooLong.json().issues[0].path).toBe('residentNote');
    const badCategory = await decide(p!.id, 'hide', { reason: 'dealt with', category: 'because' });
    expect(badCategory.json().issues).toEqual([
      { path: 'category', message: 'Choose why it is not published.' },
    ]);
    // Nothing was decided: the priority still waits for review.
    expect(await stateOf(p!)).toMatchObject({ status: 'received' });
    expect(await stateOf(p!)).not.toHaveProperty('hidden');
  });

  it('an old hidden row, or a hide without a category, reads as "other" with no note', async () => {
    const [old, plain] = await pushAll(t.store, [
      { description: 'hidden long ago' },
      { description: 'plain hide' },
    ]);
    await t.store.db.kysely
      .updateTable('priorities')
      .set({ status: 'hidden', hidden_reason: 'before categories' })
      .where('id', '=', old!.id)
      .execute();
    expect((await stateOf(old!))?.hidden).toEqual({ category: 'other', note: null });
    expect((await decide(plain!.id, 'hide', { reason: 'duplicate of a phone call' })).statusCode).toBe(200);
    expect((await stateOf(plain!))?.hidden).toEqual({ category: 'other', note: null });
  });

  it('approving a hidden priority clears its category and note', async () => {
    const [p] = await pushAll(t.store, [{ description: 'Bins left out on Elm Walk' }]);
    await decide(p!.id, 'hide', {
      reason: 'council matter',
      category: 'other-service',
      residentNote: 'Sent on.',
    });
    expect((await decide(p!.id, 'approve')).statusCode).toBe(200);
    const state = await stateOf(p!);
    expect(state).toMatchObject({ status: 'published', shownPublicly: true });
    expect(state).not.toHaveProperty('hidden');
  });

  it('says when a published priority is back in review after its author edited it', async () => {
    const [p, fresh] = await pushAll(t.store, [
      { description: 'Cars parked on the verge' },
      { description: 'new' },
    ]);
    await decide(p!.id, 'approve');
    expect(await stateOf(p!)).toMatchObject({ status: 'published', backInReview: false });
    const edit = { ...p!, version: 2, baseVersion: 1, description: 'Cars parked on the verge every night' };
    const pushed = await t.app.inject({
      method: 'POST',
      url: API.push,
      payload: pushRequest(p!.deviceId, [edit]),
    });
    expect(pushed.json().results[0]).toMatchObject({ status: 'accepted' });
    expect(await stateOf(p!)).toMatchObject({ status: 'received', backInReview: true, shownPublicly: false });
    // Never published, so waiting for its first review.
    expect(await stateOf(fresh!)).toMatchObject({ status: 'received', backInReview: false });
    // Published again: no longer back in review.
    await decide(p!.id, 'approve');
    expect(await stateOf(p!)).toMatchObject({ status: 'published', backInReview: false });
  });

  it('a published priority an officer marked sensitive is not shown publicly', async () => {
    const [p] = await pushAll(t.store, [{ description: 'Something sensitive' }]);
    await decide(p!.id, 'approve');
    await decide(p!.id, 'sensitive', { sensitive: true });
    expect(await stateOf(p!)).toMatchObject({ status: 'published', shownPublicly: false });
  });
});
