// The message beside a field, in the same words as its line in the error summary.
import { Show } from 'solid-js';
import { errorId } from './field-errors';

export function FieldError(props: { fieldId: string; message: string }) {
  return (
    <Show when={props.message}>
      <p id={errorId(props.fieldId)} class="error field-error">
        <span class="visually-hidden">Error: </span>
        {props.message}
      </p>
    </Show>
  );
}
