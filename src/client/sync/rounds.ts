// What one sync round sends and fetches besides the priorities themselves: meeting bundles
// (after the priorities outbox) and "you said, we did" responses (after the priorities pull).

import { hasMeetingsToSend } from '../store/meeting-outbox-due';
import { type PullOutcome, pullServerState } from './pull';
import { type PushOutcome, pushOutbox } from './push';

export async function pushEverything(): Promise<PushOutcome> {
  const priorities = await pushOutbox();
  if (priorities.kind === 'update-required') return priorities;
  // Meeting code is loaded (from the precache when offline) only when a meeting is waiting.
  if (!(await hasMeetingsToSend())) return priorities;
  const { pushMeetingBundles } = await import('./meeting-push');
  const meetings = await pushMeetingBundles();
  if (meetings.kind !== 'done') return meetings;
  return priorities.kind === 'done' ? { kind: 'done', sent: priorities.sent + meetings.sent } : priorities;
}

export async function pullEverything(): Promise<PullOutcome> {
  const states = await pullServerState();
  if (states !== 'done') return states;
  // Loaded on demand (and precached) to keep the app shell within its budget.
  const { pullResponses } = await import('./responses-pull');
  return (await pullResponses()) ? 'done' : 'failed';
}
