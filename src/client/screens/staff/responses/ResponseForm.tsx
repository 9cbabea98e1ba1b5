// Recording progress on one priority: status, what was done, and why when it is not possible.
import { createSignal, createUniqueId, For, Show } from 'solid-js';
import {
  RESPONSE_STATUS_LABELS,
  RESPONSE_STATUSES,
  type ResponseStatus,
} from '../../../../domain/response-status';
import { answerMessage, recordResponse } from '../../../sync/meetings-staff-api';

export function ResponseForm(props: {
  priorityId: string;
  label: string;
  current?: ResponseStatus;
  onSaved: () => void;
}) {
  const [status, setStatus] = createSignal<ResponseStatus>(props.current ?? 'in-progress');
  const [action, setAction] = createSignal('');
  const [reason, setReason] = createSignal('');
  const [message, setMessage] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  // One priority can have a form on the meetings list and in the moderation queue at once.
  const unique = createUniqueId();
  const id = (what: string) => `${what}-${unique}`;

  async function save() {
    setBusy(true);
    const answer = await recordResponse(props.priorityId, {
      status: status(),
      action: action(),
      reason: reason(),
    });
    setBusy(false);
    if (answer.kind !== 'ok') return setMessage(answerMessage(answer));
    setAction('');
    setReason('');
    setMessage('Progress recorded. Residents who raised or backed it will see it next time their app syncs.');
    props.onSaved();
  }

  return (
    <form
      class="response-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label for={id('status')}>Status of {props.label}</label>
      <select
        id={id('status')}
        value={status()}
        onChange={(e) => setStatus(e.currentTarget.value as ResponseStatus)}
      >
        <For each={RESPONSE_STATUSES}>{(s) => <option value={s}>{RESPONSE_STATUS_LABELS[s]}</option>}</For>
      </select>
      <label for={id('action')}>What was done for {props.label}</label>
      <textarea
        id={id('action')}
        rows={2}
        maxLength={1000}
        value={action()}
        onInput={(e) => setAction(e.currentTarget.value)}
      />
      <Show when={status() === 'not-possible'}>
        <label for={id('reason')}>Why it is not possible</label>
        <textarea
          id={id('reason')}
          rows={2}
          maxLength={1000}
          value={reason()}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </Show>
      <p class="status" role="status" aria-live="polite">
        {message()}
      </p>
      <button type="submit" class="secondary" disabled={busy()}>
        Save progress on {props.label}
      </button>
    </form>
  );
}
