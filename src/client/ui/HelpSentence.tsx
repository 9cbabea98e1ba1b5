// A whole sentence whose numbers and sites are links (tel: and https), from domain/taxonomy/help.ts.
// In the shell: the capture screen's safety note uses it.
import { For, Show } from 'solid-js';
import { type HelpContact, helpRuns } from '../../domain/taxonomy/help';
import './help.css';

export function HelpSentence(props: { text: string; contacts: readonly HelpContact[] }) {
  return (
    <For each={helpRuns(props.text, props.contacts)}>
      {(run) => (
        <Show when={run.href} fallback={run.text}>
          {(href) => (
            <a class="help-link" href={href()}>
              {run.text}
            </a>
          )}
        </Show>
      )}
    </For>
  );
}
