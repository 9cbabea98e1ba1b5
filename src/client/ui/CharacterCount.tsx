// A textarea with the GOV.UK character count: the limit as a hint, the count as it is typed,
// and the same words announced politely once typing pauses. Going over is allowed and shown,
// so nothing typed is cut off; the form's validation refuses it.
import { createSignal, type JSX, onCleanup } from 'solid-js';
import { countMessage } from './character-count';
import './forms.css';

export { countMessage, tooLongMessage } from './character-count';

/** How long typing must pause before the count is announced. */
const ANNOUNCE_AFTER_MS = 750;

export function CharacterCount(props: {
  id: string;
  value: string;
  limit: number;
  rows?: number;
  /** Ids of hints and the error message, read after the limit. */
  describedBy?: string;
  invalid?: boolean;
  onInput: (value: string) => void;
}) {
  const [announced, setAnnounced] = createSignal(countMessage(props.value.length, props.limit));
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const input: JSX.EventHandler<HTMLTextAreaElement, InputEvent> = (e) => {
    const text = e.currentTarget.value;
    props.onInput(text);
    clearTimeout(timer);
    timer = setTimeout(() => setAnnounced(countMessage(text.length, props.limit)), ANNOUNCE_AFTER_MS);
  };
  const over = () => props.value.length > props.limit;

  return (
    <>
      <p id={`${props.id}-limit`} class="visually-hidden">
        You can enter up to {props.limit} characters
      </p>
      <textarea
        id={props.id}
        rows={props.rows ?? 3}
        value={props.value}
        aria-invalid={props.invalid || undefined}
        aria-describedby={[`${props.id}-limit`, props.describedBy].filter(Boolean).join(' ')}
        onInput={input}
      />
      <p class={`character-count-message${over() ? ' over' : ''}`} aria-hidden="true">
        {countMessage(props.value.length, props.limit)}
      </p>
      <p class="visually-hidden" role="status" aria-live="polite" id={`${props.id}-count-status`}>
        {announced()}
      </p>
    </>
  );
}
