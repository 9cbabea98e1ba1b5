// The start of the meeting: what the last meeting agreed and the progress on it ("you said,
// we did"), plus the neighbourhood's current police.uk priorities when imported.
import { For, Show } from 'solid-js';
import { AGENCY_LABELS } from '../../../domain/meeting';
import { RESPONSE_STATUS_LABELS } from '../../../domain/response-status';
import { themeText } from '../../i18n/theme-text';
import type { LocalMeeting } from '../../store/meeting-types';
import { formatDate } from '../../ui/meeting-labels';

export function AgendaPanel(props: {
  meeting: LocalMeeting;
  /** The police.uk items already put to the vote: each goes on the ballot once. */
  onBallot?: readonly string[];
  onPutToVote?: (text: string) => void;
}) {
  return (
    <section aria-labelledby="agenda-heading" class="agenda">
      <h2 id="agenda-heading">Current priorities and progress</h2>
      <Show
        when={props.meeting.agenda}
        fallback={<p>No earlier meeting for this ward is known to this device.</p>}
      >
        {(previous) => (
          <>
            <p>
              Agreed at the meeting on {formatDate(previous().date)} ({previous().venue}):
            </p>
            <ol class="agenda-list" aria-label="Priorities agreed at the last meeting">
              <For each={previous().agreed}>
                {(a) => (
                  <li>
                    <strong>{themeText(a.themeKey)}</strong>
                    <Show when={a.description}> — {a.description}</Show>
                    <p class="meta">
                      Lead: {AGENCY_LABELS[a.leadAgency]}. Intended: {a.action}
                    </p>
                    <p class={`progress progress-${a.response?.status ?? 'open'}`}>
                      Progress:{' '}
                      {a.response ? RESPONSE_STATUS_LABELS[a.response.status] : 'Open (no update yet)'}
                      <Show when={a.response?.action}> — {a.response?.action}</Show>
                      <Show when={a.response?.reason}> — {a.response?.reason}</Show>
                    </p>
                  </li>
                )}
              </For>
            </ol>
          </>
        )}
      </Show>
      <Show when={props.meeting.imported.length > 0}>
        <h3>Current police.uk priorities</h3>
        <ul class="agenda-list" aria-label="Current police.uk priorities">
          <For each={props.meeting.imported}>
            {(item) => (
              <li>
                <p class="imported-issue">{item.issue}</p>
                <p class="meta">{item.action ? `Action: ${item.action}` : 'No action reported yet'}</p>
                <Show when={props.onPutToVote}>
                  <Show
                    when={!props.onBallot?.includes(item.issue)}
                    fallback={<p class="on-ballot">Already on the ballot: it cannot be added again.</p>}
                  >
                    <button type="button" class="secondary" onClick={() => props.onPutToVote?.(item.issue)}>
                      Put this to the vote
                    </button>
                  </Show>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
