// "You said, we did" on a resident's priority: the newest status and what was done (cached offline).
import { Show } from 'solid-js';
import { type PulledResponse, RESPONSE_STATUS_LABELS } from '../../domain/response-status';
import { formatDate } from './dates';

export function ResponseStatus(props: { response: PulledResponse | undefined }) {
  return (
    <Show when={props.response}>
      {(r) => (
        <p class={`response-status progress-${r().status}`}>
          You said, we did: {RESPONSE_STATUS_LABELS[r().status]} ({formatDate(r().respondedAt)})
          <Show when={r().action}> — {r().action}</Show>
          <Show when={r().reason}> — {r().reason}</Show>
        </p>
      )}
    </Show>
  );
}
