import { describe, expect, it } from 'vitest';
import { checkPushRequest } from '../../src/domain/push-validation';
import { MAX_BATCH, PROTOCOL_VERSION } from '../../src/domain/sync-protocol';
import { samplePriority } from './fixtures';

const batch = (priorities: unknown[], deviceId = (priorities[0] as { deviceId: string }).deviceId) => ({
  protocol: PROTOCOL_VERSION,
  deviceId,
  priorities,
});

describe('checkPushRequest', () => {
  it('accepts a valid batch', () => {
    const p = samplePriority();
    expect(checkPushRequest(batch([p]))).toEqual({ ok: true, value: batch([p]) });
  });

  it('asks an old app to update when the protocol differs', () => {
    const result = checkPushRequest({ ...batch([samplePriority()]), protocol: 99 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.body.error).toBe('unsupported_protocol');
    expect(result.body.message).toMatch(/please update the app/);
  });

  it('names each record at fault so the device can send the rest', () => {
    const good = samplePriority();
    const bad = samplePriority({ deviceId: good.deviceId, themeKey: 'nope' });
    const result = checkPushRequest(batch([good, bad]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.body.issues).toEqual([
      { path: 'priorities[1].themeKey', message: 'theme is not in the taxonomy' },
    ]);
    expect(result.body.rejected).toEqual([{ id: bad.id, reason: 'themeKey: theme is not in the taxonomy' }]);
  });

  it('refuses records that claim another device', () => {
    const p = samplePriority();
    const result = checkPushRequest(batch([p], '3b241101-e2bb-4255-8caf-4136c566a962'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.body.rejected?.[0]?.id).toBe(p.id);
  });

  it.each([
    ['not an object', 'hello', '(body)'],
    ['no protocol', { deviceId: 'x', priorities: [] }, 'protocol'],
    [
      'priorities not a list',
      { protocol: 1, deviceId: '3b241101-e2bb-4255-8caf-4136c566a962', priorities: {} },
      'priorities',
    ],
  ])('rejects %s', (_name, body, path) => {
    const result = checkPushRequest(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.body.issues?.[0]?.path).toBe(path);
  });

  it('limits the batch size', () => {
    const p = samplePriority();
    const result = checkPushRequest(batch(Array.from({ length: MAX_BATCH + 1 }, () => p)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.body.message).toContain(`at most ${MAX_BATCH}`);
  });
});
