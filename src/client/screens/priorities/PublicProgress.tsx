// "You said, we did" on a public priority: its latest status and month, and the officer's words
// when the store let them out (src/domain/progress-words.ts). Never who recorded it.
import { Show } from 'solid-js';
import type { PublicProgress as Progress } from '../../../domain/public';
import type { ResponseStatus } from '../../../domain/response-status';
import { formatMonth } from '../../ui/dates';

const STATUS_SENTENCE: Record<ResponseStatus, string> = {
  open: 'Not started yet.',
  'in-progress': 'In progress.',
  done: 'Done.',
  'not-possible': 'Not possible.',
};
const ACTION_LABEL: Record<ResponseStatus, string> = {
  open: 'What is planned:',
  'in-progress': 'What is being done:',
  done: 'What was done:',
  'not-possible': 'What was done:',
};

export function PublicProgress(props: { progress: Progress | undefined }) {
  return (
    <Show when={props.progress}>
      {(p) => (
        <div class={`public-progress progress-${p().status}`}>
          <p>
            <strong>You said, we did:</strong> {STATUS_SENTENCE[p().status]}{' '}
            <span class="meta">Updated {formatMonth(p().month)}.</span>
          </p>
          <Show when={p().action}>
            <p>
              {ACTION_LABEL[p().status]} {p().action}
            </p>
          </Show>
          <Show when={p().reason}>
            <p>Why it is not possible: {p().reason}</p>
          </Show>
        </div>
      )}
    </Show>
  );
}
