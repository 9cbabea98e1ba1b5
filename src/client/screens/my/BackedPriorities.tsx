// "Me too" priorities this device backed, with the store's "you said, we did" status on each
// (pulled like the status of the device's own priorities, and kept for offline reading). When
// moderation merged a backed priority into another, the backing follows it: the surviving
// priority is shown, with its progress.
import { For, Show } from 'solid-js';
import type { PulledResponse } from '../../../domain/response-status';
import { themeText } from '../../i18n/theme-text';
import type { LocalSupport } from '../../store/db';
import { formatDate } from '../../ui/dates';
import { ResponseStatus } from '../../ui/ResponseStatus';

const SUPPORT_STATE: Record<LocalSupport['syncState'], string> = {
  waiting: 'waiting to send',
  sent: 'counted',
  rejected: 'not counted',
  conflict: 'not counted',
};

export function BackedPriorities(props: {
  supports: readonly LocalSupport[];
  responses: Map<string, PulledResponse> | undefined;
}) {
  return (
    <Show when={props.supports.length > 0}>
      <h2 id="backed-heading">Priorities you backed</h2>
      <ul class="priority-list" aria-labelledby="backed-heading">
        <For each={props.supports}>
          {(s) => {
            // What the backing counts for now: the survivor of a merge, or what was backed.
            const shown = () => s.follows ?? s;
            return (
              <li class="priority-item">
                <h3>{shown().themeKey ? themeText(shown().themeKey as string) : 'A priority you backed'}</h3>
                <Show when={shown().description}>
                  <p>{shown().description}</p>
                </Show>
                <Show when={s.follows}>
                  <p class="meta">
                    The priority you backed
                    {s.description ? ` ("${s.description}")` : ''} was joined with this one as the same
                    concern; your backing counts here.
                  </p>
                </Show>
                <p class="meta">
                  You backed it on {formatDate(s.createdAt)} · {SUPPORT_STATE[s.syncState]}
                </p>
                <ResponseStatus response={props.responses?.get(s.follows?.priorityId ?? s.priorityId)} />
              </li>
            );
          }}
        </For>
      </ul>
    </Show>
  );
}
