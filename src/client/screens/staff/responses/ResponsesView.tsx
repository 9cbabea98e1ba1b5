// "You said, we did" for officers: each stored meeting's agreed priorities (and, on request,
// every priority raised) with their progress; record new progress; download the record.
import { createResource, createSignal, For, Show } from 'solid-js';
import { AGENCY_LABELS } from '../../../../domain/meeting';
import type { MeetingRecord, MeetingSummary, RecordItem } from '../../../../domain/meeting-record';
import { RESPONSE_STATUS_LABELS } from '../../../../domain/response-status';
import type { StaffSession } from '../../../staff/session';
import {
  answerMessage,
  downloadMeetingFile,
  fetchMeetingRecord,
  fetchMeetings,
  type Loaded,
  type RecordFormat,
} from '../../../sync/meetings-staff-api';
import { formatDate } from '../../../ui/meeting-labels';
import { saveBlobFile } from '../../../ui/save-file';
import { ResponseForm } from './ResponseForm';
import '../../meetings/meetings.css';
import { themeText } from '../../../i18n/theme-text';

const failure = (answer: Loaded<unknown>) => (answer.ok ? '' : answer.message);
const listOf = (answer: Loaded<MeetingSummary[]>): MeetingSummary[] => (answer.ok ? answer.value : []);
const itemsOf = (answer: Loaded<MeetingRecord>): readonly RecordItem[] =>
  answer.ok ? answer.value.items : [];

const FORMATS: { format: RecordFormat; label: string; name: string }[] = [
  { format: 'docx', label: 'Meeting record (Word)', name: 'docx' },
  { format: 'md', label: 'Meeting record (Markdown)', name: 'md' },
  { format: 'csv', label: 'Meeting record (CSV spreadsheet)', name: 'csv' },
  { format: 'police-uk', label: 'Agreed priorities (police.uk JSON)', name: 'police-uk.json' },
];

function MeetingResponses(props: { meeting: MeetingSummary; canRespond: boolean; onChanged: () => void }) {
  const [showAll, setShowAll] = createSignal(false);
  const [record, { refetch }] = createResource(showAll, async (on) =>
    on ? fetchMeetingRecord(props.meeting.id) : undefined,
  );
  const [message, setMessage] = createSignal('');
  const title = `${props.meeting.kind.toUpperCase()}: ${props.meeting.wardName ?? props.meeting.wardCode}, ${formatDate(props.meeting.date)}`;
  const changed = () => {
    props.onChanged();
    if (showAll()) void refetch();
  };

  async function download(format: RecordFormat, name: string) {
    const answer = await downloadMeetingFile(props.meeting.id, format);
    if (answer.kind !== 'ok') return setMessage(answerMessage(answer));
    setMessage('');
    saveBlobFile(`meeting-${props.meeting.date}-${props.meeting.wardCode}.${name}`, answer.blob);
  }

  return (
    <li class="priority-item">
      <h3>{title}</h3>
      <p class="meta">
        {props.meeting.venue} · attendance {props.meeting.attendance}
      </p>
      <ol class="agenda-list" aria-label={`Priorities agreed at ${title}`}>
        <For each={props.meeting.agreed}>
          {(a) => {
            const label = `${a.rank}. ${themeText(a.themeKey)}`;
            return (
              <li>
                <strong>{label}</strong>
                <Show when={a.description}> — {a.description}</Show>
                <p class="meta">
                  Lead: {AGENCY_LABELS[a.leadAgency]}. Intended: {a.action}
                </p>
                <p class={`progress progress-${a.response?.status ?? 'open'}`}>
                  Progress: {a.response ? RESPONSE_STATUS_LABELS[a.response.status] : 'Open (no update yet)'}
                  <Show when={a.response?.action}> — {a.response?.action}</Show>
                  <Show when={a.response?.reason}> — {a.response?.reason}</Show>
                </p>
                <Show when={props.canRespond}>
                  <ResponseForm
                    priorityId={a.priorityId}
                    label={label}
                    current={a.response?.status}
                    onSaved={changed}
                  />
                </Show>
              </li>
            );
          }}
        </For>
      </ol>
      <button
        type="button"
        class="secondary"
        aria-expanded={showAll()}
        onClick={() => setShowAll(!showAll())}
      >
        {showAll() ? 'Hide the other priorities raised' : 'Show every priority raised'}
      </button>
      <Show when={showAll() && record()}>
        {(answer) => (
          <Show when={answer().ok && answer()} fallback={<p role="alert">{failure(answer())}</p>}>
            <ul class="agenda-list" aria-label={`Every priority raised at ${title}`}>
              <For each={itemsOf(answer())}>
                {(item) => {
                  const label = `${themeText(item.themeKey)} (${item.votes} votes)`;
                  return (
                    <li>
                      <strong>{label}</strong>
                      <Show when={item.description}> — {item.description}</Show>
                      <p class={`progress progress-${item.response?.status ?? 'open'}`}>
                        Progress:{' '}
                        {item.response
                          ? RESPONSE_STATUS_LABELS[item.response.status]
                          : 'Open (no update yet)'}
                      </p>
                      <Show when={props.canRespond}>
                        <ResponseForm
                          priorityId={item.priorityId}
                          label={label}
                          current={item.response?.status}
                          onSaved={changed}
                        />
                      </Show>
                    </li>
                  );
                }}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <div class="downloads">
        <For each={FORMATS}>
          {(f) => (
            <button type="button" class="secondary" onClick={() => void download(f.format, f.name)}>
              Download: {f.label}
            </button>
          )}
        </For>
      </div>
      <p class="status" role="status" aria-live="polite">
        {message()}
      </p>
    </li>
  );
}

export function ResponsesView(props: { staff: StaffSession; cspCode: string | undefined }) {
  const csp = () => {
    const scoped = props.staff.staff()?.cspCodes ?? [];
    return props.cspCode && scoped.includes(props.cspCode) ? props.cspCode : scoped[0];
  };
  const [meetings, { refetch }] = createResource(csp, fetchMeetings);
  return (
    <section aria-labelledby="responses-heading" class="responses">
      <h2 id="responses-heading">You said, we did</h2>
      <p class="hint">
        Progress on what meetings agreed. What you record here reaches the residents who raised or backed it,
        and the next meeting's agenda.
      </p>
      <Show when={meetings()} fallback={<p role="status">Loading meetings…</p>}>
        {(answer) => (
          <Show when={answer().ok} fallback={<p role="alert">{failure(answer())}</p>}>
            <Show
              when={listOf(answer()).length > 0}
              fallback={<p>No meetings have been received for this area yet.</p>}
            >
              <ul class="priority-list" aria-label="Meetings received">
                <For each={listOf(answer())}>
                  {(m) => (
                    <MeetingResponses
                      meeting={m}
                      canRespond={props.staff.can('respond')}
                      onChanged={() => void refetch()}
                    />
                  )}
                </For>
              </ul>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
