// Shows personal details found in a text field as the person types, each with a button to
// remove it, before anything leaves the device.
import { For, Show } from 'solid-js';
import {
  findPersonalDetails,
  type PersonalDetailKind,
  removeAllPersonalDetails,
  removePersonalDetail,
} from '../../domain/personal-details';

export const PERSONAL_DETAIL_LABELS: Record<PersonalDetailKind, string> = {
  phone: 'phone number',
  email: 'e-mail address',
  address: 'house number and street',
  postcode: 'full postcode',
  vehicle: 'vehicle registration',
  name: 'name',
};

export function PersonalDetailsCheck(props: { id: string; text: string; onChange: (text: string) => void }) {
  const found = () => findPersonalDetails(props.text);
  return (
    <div id={props.id} class="personal-details" aria-live="polite">
      <Show when={found().length > 0}>
        <p>
          <strong>This may identify someone.</strong> What you write may be published after checking, so
          please leave out:
        </p>
        <ul>
          <For each={found()}>
            {(d) => (
              <li>
                <mark>{d.text}</mark> ({PERSONAL_DETAIL_LABELS[d.kind]}){' '}
                <button
                  type="button"
                  class="link-button"
                  aria-label={`Remove ${PERSONAL_DETAIL_LABELS[d.kind]} ${d.text}`}
                  onClick={() => props.onChange(removePersonalDetail(props.text, d))}
                >
                  Remove
                </button>
              </li>
            )}
          </For>
        </ul>
        <Show when={found().length > 1}>
          <button
            type="button"
            class="secondary"
            onClick={() => props.onChange(removeAllPersonalDetails(props.text))}
          >
            Remove all of these
          </button>
        </Show>
      </Show>
    </div>
  );
}
