// "There is a problem": the GOV.UK error summary. On each failed submit it takes focus (so a
// screen reader reads it) and lists every problem as a link; following a link focuses the field.
import { createEffect, createUniqueId, For, on, Show } from 'solid-js';
import type { SummaryLine } from './field-errors';
import { focusSoon } from './focus';
import './forms.css';

export const ERROR_SUMMARY_TITLE = 'There is a problem';

export function ErrorSummary(props: { lines: readonly SummaryLine[]; attempt: number }) {
  let box: HTMLDivElement | undefined;
  const titleId = `error-summary-${createUniqueId()}`;
  createEffect(
    on(
      () => props.attempt,
      () => {
        if (props.lines.length > 0) focusSoon(() => box);
      },
      { defer: true },
    ),
  );

  return (
    <Show when={props.lines.length > 0}>
      <div class="error-summary" tabindex="-1" ref={box}>
        <div role="alert">
          <h2 id={titleId} class="error-summary-title">
            {ERROR_SUMMARY_TITLE}
          </h2>
          <ul class="error-summary-list">
            <For each={props.lines}>
              {(line) => (
                <li>
                  <Show when={line.fieldId} fallback={line.message}>
                    {(fieldId) => (
                      <a
                        href={`#${fieldId()}`}
                        onClick={(e) => {
                          const field = document.getElementById(fieldId());
                          if (!field) return;
                          e.preventDefault();
                          field.scrollIntoView({ block: 'center' });
                          field.focus();
                        }}
                      >
                        {line.message}
                      </a>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </div>
      </div>
    </Show>
  );
}
