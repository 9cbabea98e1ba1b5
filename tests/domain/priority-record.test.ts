import { describe, expect, it } from 'vitest';
import { checkPriorityRecord, SERVER_OWNED_FIELDS } from '../../src/domain/priority-record';
import { MAX_RECORD_BYTES } from '../../src/domain/sync-protocol';
import { samplePriority } from './fixtures';

const record = (overrides: Record<string, unknown> = {}) => ({
  ...samplePriority(),
  baseVersion: 0,
  ...overrides,
});

describe('checkPriorityRecord', () => {
  it('accepts a new record and an edit with its base version', () => {
    const p = record();
    expect(checkPriorityRecord(p, 0, p.deviceId)).toEqual({ ok: true, value: p });
    const edit = record({ version: 3, baseVersion: 2, withdrawn: true });
    expect(checkPriorityRecord(edit, 0, edit.deviceId).ok).toBe(true);
  });

  it.each(SERVER_OWNED_FIELDS)('refuses the server-owned field %s by name', (field) => {
    const p = record({ [field]: 'anything' });
    const result = checkPriorityRecord(p, 0, p.deviceId);
    expect(result).toEqual({
      ok: false,
      result: {
        kind: 'priority',
        id: p.id,
        status: 'rejected',
        code: 'server_owned_field',
        reason: `${field}: set by the consultation store; devices cannot write it`,
      },
    });
  });

  it.each([
    ['no base version', { baseVersion: undefined }, 'baseVersion'],
    [
      'a base version not below the version',
      { version: 2, baseVersion: 2 },
      'base version must be lower than version',
    ],
    ['a negative base version', { baseVersion: -1 }, 'baseVersion'],
    ['withdrawn as text', { withdrawn: 'yes' }, 'withdrawn must be true or false'],
  ])('rejects %s', (_name, overrides, mentions) => {
    const p = record(overrides);
    const result = checkPriorityRecord(p, 0, p.deviceId);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.result).toMatchObject({ status: 'rejected', code: 'invalid' });
    if (!result.ok) expect(result.result.reason).toContain(mentions);
  });

  it('rejects a record over the size limit, and names a record without a usable id by position', () => {
    const p = record({ description: 'x'.repeat(MAX_RECORD_BYTES) });
    const big = checkPriorityRecord(p, 0, p.deviceId);
    expect(!big.ok && big.result.code).toBe('too_large');
    const anonymous = checkPriorityRecord({ id: 42 }, 7, p.deviceId);
    expect(!anonymous.ok && anonymous.result.id).toBe('#7');
  });
});

describe('text that is not valid Unicode', () => {
  it('rejects a lone surrogate by field instead of storing mangled text', () => {
    const p = { ...samplePriority(), baseVersion: 0, description: 'broken \uD800 text' };
    const result = checkPriorityRecord(p, 0, p.deviceId);
    expect(!result.ok && result.result.reason).toBe(
      'description: text must be valid Unicode (it holds a lone surrogate)',
    );
    const fine = { ...samplePriority(), baseVersion: 0, description: 'emoji 👩‍👩‍👧 fine' };
    expect(checkPriorityRecord(fine, 0, fine.deviceId).ok).toBe(true);
  });
});
