// The export file of unsent priorities: read back only when it is one, with each priority
// checked by the same schema the store uses, and errors that name the field.
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportFileSchema,
  exportFileName,
} from '../../src/domain/export-file';
import { newDeviceId, newPriorityId } from '../../src/domain/ids';
import { check } from '../../src/domain/validation';
import { samplePriority } from './fixtures';
import { sampleBundle } from './meeting-fixtures';

const SUPPORT = {
  id: newPriorityId(),
  priorityId: newPriorityId(),
  deviceId: newDeviceId(),
  createdAt: '2026-05-01T18:00:00.000Z',
  cspCode: 'E22000321',
};
const support = (overrides: Record<string, unknown> = {}) => ({ ...SUPPORT, ...overrides });

const file = (overrides: Record<string, unknown> = {}) => ({
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  exportedAt: '2026-05-01T18:30:00.000Z',
  priorities: [samplePriority(), samplePriority({ channel: 'survey' })],
  ...overrides,
});

describe('export file', () => {
  it('reads a file the app wrote', () => {
    const read = check(ExportFileSchema, JSON.parse(JSON.stringify(file())));
    expect(read.ok && read.value.priorities).toHaveLength(2);
  });

  it.each([
    [
      'another format',
      { format: 'csv' },
      'format',
      'this is not a file of priorities exported from this app',
    ],
    ['a later version', { version: 4 }, 'version', 'only export files of version 1 to 3 can be read'],
    [
      'a meeting the store would refuse (a part)',
      { meetings: [sampleBundle({ voters: -1 })] },
      'meetings[0].voters',
      'voters must be at least 0',
    ],
    [
      'a meeting the store would refuse (its rules)',
      { meetings: [sampleBundle({ voters: 2 })] },
      'meetings[0]',
      expect.stringContaining('items[0].votes: more votes than people who voted'),
    ],
    [
      'a support the store would refuse',
      { supports: [support({ id: 'not-a-uuid' })] },
      'supports[0].id',
      'id must be a UUIDv7 made on the device',
    ],
    [
      'a support without its CSP',
      { supports: [support({ cspCode: undefined })] },
      'supports[0].cspCode',
      expect.any(String),
    ],
    [
      'a priority the store would refuse',
      { priorities: [samplePriority({ themeKey: 'made.up' })] },
      'priorities[0].themeKey',
      'theme is not in the taxonomy',
    ],
    ['a stray field', { extra: true }, 'extra', expect.any(String)],
  ])('refuses %s, naming the field', (_name, overrides, path, message) => {
    expect(check(ExportFileSchema, file(overrides))).toEqual({ ok: false, issues: [{ path, message }] });
  });

  it('reads the supports a version 2 file carries, and a version 1 file as holding none', () => {
    const read = check(ExportFileSchema, JSON.parse(JSON.stringify(file({ supports: [support()] }))));
    expect(read.ok && read.value.supports).toEqual([support()]);
    const v1 = check(ExportFileSchema, file({ version: 1 }));
    expect(v1.ok && v1.value.supports).toEqual([]);
  });

  it('reads the meetings a version 3 file carries, and older files as holding none', () => {
    const bundle = JSON.parse(JSON.stringify(sampleBundle()));
    const read = check(ExportFileSchema, JSON.parse(JSON.stringify(file({ meetings: [bundle] }))));
    expect(read.ok && read.value.meetings).toEqual([bundle]);
    for (const version of [1, 2]) {
      const older = check(ExportFileSchema, file({ version }));
      expect(older.ok && older.value.meetings).toEqual([]);
    }
  });

  it('names files by the minute they were written', () => {
    expect(exportFileName(new Date('2026-05-01T18:30:59Z'))).toBe('priorities-unsent-2026-05-01-18-30.json');
  });
});
