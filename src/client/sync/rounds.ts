// What one sync round sends and fetches besides the priorities themselves: meeting bundles
// and "me too" supports (after the priorities outbox) and "you said, we did" responses (after
// the priorities pull).

import { hasMeetingsToSend } from '../store/meeting-outbox-due';
import { hasSupportsToSend } from '../store/supports';
import { type PullOutcome, pullServerState } from './pull';
import { type PushOutcome, pushOutbox } from './push';

export async function pushEverything(): Promise<PushOutcome> {
  const sent = await pushPrioritiesAndMeetings();
  if (sent.kind === 'update-required' || !(await hasSupportsToSend())) return sent;
  // Supports may refer to priorities just sent, so they go after them; loaded on first use.
  const { pushSupportOutbox } = await import('./push-supports');
  const supports = await pushSupportOutbox();
  if (supports.kind !== 'done') return supports;
  return sent.kind === 'done' ? { kind: 'done', sent: sent.sent + supports.sent } : sent;
}

async function pushPrioritiesAndMeetings(): Promise<PushOutcome> {
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
