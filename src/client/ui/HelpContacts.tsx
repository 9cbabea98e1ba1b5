// Help people can tap: every number a tel: link, every site a link. The contacts come from
// domain/taxonomy/help.ts; sentences stay whole and only their numbers and sites become links.
import { For, Show } from 'solid-js';
import {
  EMERGENCY,
  type HelpContact,
  helpLinks,
  helpRuns,
  SENSITIVE_SUPPORT,
} from '../../domain/taxonomy/help';
import { SENSITIVE_DANGER, SENSITIVE_NOT_PUBLIC, SENSITIVE_SUPPORT_HEADING } from './labels';
import './help.css';

/** A whole sentence whose numbers and sites (of the given contacts) are links. */
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

/** Contacts one under another: who they are, then their number and site as large links. */
export function HelpContactList(props: { contacts: readonly HelpContact[]; labelledBy?: string }) {
  return (
    <ul class="help-contacts" aria-labelledby={props.labelledBy}>
      <For each={props.contacts}>
        {(contact) => (
          <li>
            <span class="help-label">{contact.label}</span>
            <span class="help-targets">
              <For each={helpLinks(contact)}>
                {(link) => (
                  <a class="help-target" href={link.href}>
                    {link.text}
                  </a>
                )}
              </For>
            </span>
          </li>
        )}
      </For>
    </ul>
  );
}

/** What a person sees on choosing a sensitive theme: it stays private, and where to get help. */
export function SensitiveSignpost() {
  return (
    <div class="signpost" role="note">
      <p>{SENSITIVE_NOT_PUBLIC}</p>
      <p>
        <HelpSentence text={SENSITIVE_DANGER} contacts={[EMERGENCY]} />
      </p>
      <p id="sensitive-support-heading">{SENSITIVE_SUPPORT_HEADING}</p>
      <HelpContactList contacts={SENSITIVE_SUPPORT} labelledBy="sensitive-support-heading" />
    </div>
  );
}
