// Seed a meeting with a neighbourhood's current police.uk priorities: choose the JSON file
// saved from data.police.uk (or paste it). HTML in it is turned into plain text by a parser.
// Pasted text is read as it arrives, not when the field loses focus: otherwise the list would
// appear under the chair's tap on "Start the meeting" and push the button away.
import { createSignal, For, Show } from 'solid-js';
import { type ImportedPriority, importPoliceUkPriorities } from '../../../domain/police-uk';
import { describeIssues } from '../../../domain/validation';
import { htmlToTextInBrowser } from '../../meetings/html-text-dom';

export function PoliceUkImport(props: {
  items: ImportedPriority[];
  onChange: (items: ImportedPriority[]) => void;
}) {
  const [message, setMessage] = createSignal('');

  function read(text: string) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setMessage('That is not a police.uk priorities file: it is not valid JSON.');
      return;
    }
    const result = importPoliceUkPriorities(parsed, htmlToTextInBrowser);
    if (!result.ok) return setMessage(`Could not import: ${describeIssues(result.issues)}`);
    props.onChange(result.items);
    setMessage(
      `Imported ${result.items.length} current ${result.items.length === 1 ? 'priority' : 'priorities'}.`,
    );
  }

  return (
    <fieldset class="police-import">
      <legend>Current police.uk priorities (optional)</legend>
      <p class="hint">
        Choose the neighbourhood's priorities file saved from data.police.uk, or paste its contents. They are
        shown at the start of the meeting.
      </p>
      <label for="police-file">police.uk priorities file</label>
      <input
        id="police-file"
        type="file"
        accept="application/json,.json"
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          if (file) read(await file.text());
        }}
      />
      <label for="police-paste">Or paste the file's contents</label>
      <textarea
        id="police-paste"
        rows={3}
        onInput={(e) => (e.currentTarget.value.trim() ? read(e.currentTarget.value) : setMessage(''))}
      />
      <p class="status" role="status" aria-live="polite">
        {message()}
      </p>
      <Show when={props.items.length > 0}>
        <ul class="imported-list" aria-label="Imported police.uk priorities">
          <For each={props.items}>
            {(item) => (
              <li>
                <p class="imported-issue">{item.issue}</p>
                <p class="meta">
                  Since {item.issueDate ?? 'an unknown date'} ·{' '}
                  {item.action
                    ? `Action (${item.actionDate ?? 'undated'}): ${item.action}`
                    : 'No action reported yet'}
                </p>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </fieldset>
  );
}
