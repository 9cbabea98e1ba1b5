// "You said, we did": what a responsible authority did about a priority, agreed at a meeting
// or raised on its own. Each update is kept; the newest is the priority's current status.
import * as v from 'valibot';
import { ACTION_MAX } from './meeting';
import { RESPONSE_STATUSES } from './response-status';

export {
  type PriorityResponse,
  type PulledResponse,
  RESPONSE_STATUS_LABELS,
  RESPONSE_STATUSES,
  type ResponseStatus,
  type ResponsesPullResponse,
} from './response-status';

const optionalText = (what: string) =>
  v.optional(
    v.pipe(
      v.string(`${what} must be text`),
      v.trim(),
      v.maxLength(ACTION_MAX, `${what} must be at most ${ACTION_MAX} characters`),
    ),
    '',
  );

/** What an officer sends: the status, what was done, and why when it cannot be done. */
export const ResponseUpdateSchema = v.pipe(
  v.strictObject({
    status: v.picklist(RESPONSE_STATUSES, `status must be one of ${RESPONSE_STATUSES.join(', ')}`),
    action: optionalText('action'),
    reason: optionalText('reason'),
  }),
  v.forward(
    v.check((r) => r.status !== 'not-possible' || r.reason.length > 0, 'say why it is not possible'),
    ['reason'],
  ),
  v.forward(
    v.check((r) => r.status !== 'done' || r.action.length > 0, 'say what was done'),
    ['action'],
  ),
);
export type ResponseUpdate = v.InferOutput<typeof ResponseUpdateSchema>;
