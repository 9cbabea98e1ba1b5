import { describe, expect, it } from 'vitest';
import { checkPushEnvelope } from '../../src/domain/push-validation';
import { MAX_BATCH, PROTOCOL_VERSION } from '../../src/domain/sync-protocol';
import { samplePriority } from './fixtures';

const DEVICE = '3b241101-e2bb-4255-8caf-4136c566a962';
const batch = (priorities: unknown[]) => ({ protocol: PROTOCOL_VERSION, deviceId: DEVICE, priorities });

describe('checkPushEnvelope', () => {
  it('accepts a batch and hands over its lists unchecked (records are checked one by one)', () => {
    const result = checkPushEnvelope(batch([samplePriority(), 'not a record']));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.lists.priorities).toHaveLength(2);
  });

  it('treats a missing list as empty', () => {
    const result = checkPushEnvelope({ protocol: PROTOCOL_VERSION, deviceId: DEVICE });
    expect(result.ok && result.value.lists.priorities).toEqual([]);
  });

  it('asks an old app to update when the protocol differs', () => {
    const result = checkPushEnvelope({ ...batch([]), protocol: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('unsupported_protocol');
    expect(result.body.message).toMatch(/please update the app/);
  });

  it.each([
    ['not an object', 'hello', '(body)'],
    ['no protocol', { deviceId: DEVICE, priorities: [] }, 'protocol'],
    ['priorities not a list', { protocol: PROTOCOL_VERSION, deviceId: DEVICE, priorities: {} }, 'priorities'],
    ['unknown list', { protocol: PROTOCOL_VERSION, deviceId: DEVICE, gossip: [] }, 'gossip'],
  ])('rejects %s naming %s', (_name, body, path) => {
    const result = checkPushEnvelope(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.body.issues?.[0]?.path).toBe(path);
  });

  it('limits the batch size with a 413 that gives the limits', () => {
    const p = samplePriority();
    const result = checkPushEnvelope(batch(Array.from({ length: MAX_BATCH + 1 }, () => p)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(413);
    expect(result.body.message).toContain(`at most ${MAX_BATCH}`);
    expect(result.body.limits?.maxBatch).toBe(MAX_BATCH);
  });
});
