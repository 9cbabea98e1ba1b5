// A valid priority to vary in tests.
import { newDeviceId, newPriorityId } from '../../src/domain/ids';
import type { Priority } from '../../src/domain/priority';

export function samplePriority(overrides: Partial<Priority> = {}): Priority {
  const now = '2026-05-01T18:30:00.000Z';
  return {
    id: newPriorityId(),
    cspCode: 'E22000321',
    themeKey: 'local.speeding',
    place: { kind: 'point', geometry: { type: 'Point', coordinates: [-1.2606, 52.3709] }, accuracyM: 12 },
    description: 'Cars race down the high street after dark',
    when: { timesOfDay: ['evening'], days: ['fri', 'sat'] },
    respondentType: 'lives',
    channel: 'online',
    deviceId: newDeviceId(),
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...overrides,
  };
}
