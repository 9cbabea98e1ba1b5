// Recording progress on one priority: status, what was done, and why when it is not possible.
// The store checks the rules (src/domain/response.ts); its answer comes back beside the field.
import { createSignal, createUniqueId, For, Show } from 'solid-js';
import {
  RESPONSE_STATUS_LABELS,
  RESPONSE_STATUSES,
  type ResponseStatus,
} from '../../../../domain/response-status';
import { recordResponse } from '../../../sync/meetings-staff-api';
import { explainRefusal } from '../../../sync/refusal';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { FieldError } from '../../../ui/FieldError';
import { createFormErrors } from '../../../ui/field-errors';
import { focusSoon } from '../../../ui/focus';

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
  const errors = createFormErrors({ status: id('status'), action: id('action'), reason: id('reason') });
  let done: HTMLParagraphElement | undefined;

  async function save() {
    setBusy(true);
    setMessage('');
    const answer = await recordResponse(props.priorityId, {
      status: status(),
      action: action(),
      reason: reason(),
    });
    setBusy(false);
    if (answer.kind !== 'ok') {
      const refusal = explainRefusal(answer);
      return errors.show(
        refusal.issues.length > 0 ? refusal.issues : [{ path: '', message: refusal.message }],
      );
    }
    errors.clear();
    setAction('');
    setReason('');
    setMessage('Progress recorded. Residents who raised or backed it will see it next time their app syncs.');
    focusSoon(() => done);
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
      <ErrorSummary lines={errors.summary()} attempt={errors.attempt()} />
      <label for={id('status')}>Status of {props.label}</label>
      <FieldError fieldId={id('status')} message={errors.messageFor('status')} />
      <select
        id={id('status')}
        value={status()}
        {...errors.fieldProps('status')}
        onChange={(e) => setStatus(e.currentTarget.value as ResponseStatus)}
      >
        <For each={RESPONSE_STATUSES}>{(s) => <option value={s}>{RESPONSE_STATUS_LABELS[s]}</option>}</For>
      </select>
      <label for={id('action')}>What was done for {props.label}</label>
      <FieldError fieldId={id('action')} message={errors.messageFor('action')} />
      <textarea
        id={id('action')}
        rows={2}
        maxLength={1000}
        value={action()}
        {...errors.fieldProps('action')}
        onInput={(e) => setAction(e.currentTarget.value)}
      />
      <Show when={status() === 'not-possible'}>
        <label for={id('reason')}>Why it is not possible</label>
        <FieldError fieldId={id('reason')} message={errors.messageFor('reason')} />
        <textarea
          id={id('reason')}
          rows={2}
          maxLength={1000}
          value={reason()}
          {...errors.fieldProps('reason')}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </Show>
      <p class="status" role="status" aria-live="polite" tabindex="-1" ref={done}>
        {message()}
      </p>
      <button type="submit" class="secondary" disabled={busy()}>
        Save progress on {props.label}
      </button>
    </form>
  );
}
