// Help people can tap: contacts listed with their numbers as tel: links and sites as links,
// 44 px targets. In the shell, so the help is there the moment a sensitive theme is chosen.
import { For } from 'solid-js';
import { EMERGENCY, type HelpContact, helpLinks, SENSITIVE_SUPPORT } from '../../domain/taxonomy/help';
import { HelpSentence } from './HelpSentence';
import { SENSITIVE_DANGER, SENSITIVE_NOT_PUBLIC, SENSITIVE_SUPPORT_HEADING } from './labels';

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
