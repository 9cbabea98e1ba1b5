// One meeting on the shared device: agenda and attendance, then kiosk turns, the chair's own
// entries and the results; after voting closes, agreeing; at the end, the bundle's progress.
import { createSignal, Match, Show, Switch } from 'solid-js';
import { AGENCY_LABELS, MEETING_KIND_LABELS } from '../../../domain/meeting';
import { themeText } from '../../i18n/theme-text';
import { turnLocked } from '../../meetings/turn-lock';
import type { AppSession } from '../../session';
import { closeVoting, reopenVoting, setAttendance } from '../../store/meetings';
import { createMeetingState } from '../../store/meetings-live';
import { formatDate, MEETING_SYNC_TEXT } from '../../ui/meeting-labels';
import { AgendaPanel } from './AgendaPanel';
import { AgreeForm } from './AgreeForm';
import { KioskView } from './KioskView';
import { MeetingItemForm } from './MeetingItemForm';
import { ProjectorButton } from './ProjectorView';
import { ResultsView } from './ResultsView';
import { SendPermission } from './SendPermission';

export const MEETING_STAGES = ['agenda', 'kiosk', 'chair', 'results'] as const;
export type MeetingStage = (typeof MEETING_STAGES)[number];

export function MeetingRoom(props: {
  session: AppSession;
  meetingId: string;
  /** The stage shown while voting (the URL's /meetings/:id/:stage). */
  stage: MeetingStage;
  onStage: (stage: MeetingStage) => void;
  onBack: () => void;
}) {
  const state = createMeetingState(props.meetingId);
  const tab = () => props.stage;
  const setTab = (stage: MeetingStage) => props.onStage(stage);
  const [chairText, setChairText] = createSignal<string>();
  const [note, setNote] = createSignal('');
  const meeting = () => state().meeting;
  const wardName = () =>
    props.session.boundaries()?.features.find((f) => f.properties.code === meeting()?.wardCode)?.properties
      .name ?? meeting()?.wardCode;
  const tabButton = (value: MeetingStage, label: string) => (
    <button type="button" aria-current={tab() === value ? 'page' : undefined} onClick={() => setTab(value)}>
      {label}
    </button>
  );

  return (
    <Show when={meeting()} fallback={<p role="status">Opening the meeting…</p>}>
      {(m) => (
        <section aria-labelledby="room-heading" class="meeting-room">
          <h2 id="room-heading">
            {m().kind.toUpperCase()} meeting: {wardName()}, {formatDate(m().date)}
          </h2>
          <p class="meta">
            {MEETING_KIND_LABELS[m().kind]} · {m().venue} · Chair: {m().chair} · Partners:{' '}
            {m()
              .partners.map((p) => AGENCY_LABELS[p])
              .join(', ') || 'none recorded'}
          </p>
          {/* During an attendee's turn only the turn shows (turn-lock.ts): none of the chair's controls. */}
          <Show when={!turnLocked()}>
            <SendPermission session={props.session} meeting={m()} />
            <div class="attendance">
              <label for="attendance">Attendance (people in the room)</label>
              <input
                id="attendance"
                type="number"
                min={state().turns}
                max={5000}
                value={m().attendance}
                disabled={m().phase === 'finished'}
                onChange={async (e) => {
                  const kept = await setAttendance(m().id, Number(e.currentTarget.value));
                  setNote(
                    kept > Number(e.currentTarget.value)
                      ? `Attendance cannot be below the ${kept} turns taken.`
                      : '',
                  );
                }}
              />
              <p class="status" role="status" aria-live="polite">
                {note()}
              </p>
            </div>
          </Show>
          <Switch>
            <Match when={m().phase === 'voting'}>
              <Show when={!turnLocked()}>
                <nav class="tabs meeting-tabs" aria-label="Meeting steps">
                  {tabButton('agenda', 'Agenda')}
                  {tabButton('kiosk', 'Attendee turns')}
                  {tabButton('chair', 'Chair: add a priority')}
                  {tabButton('results', 'Results')}
                </nav>
              </Show>
              <Switch>
                <Match when={tab() === 'agenda'}>
                  <AgendaPanel
                    meeting={m()}
                    onBallot={state().items.flatMap((i) =>
                      i.agendaIssue === undefined ? [] : [i.agendaIssue],
                    )}
                    onPutToVote={(text) => {
                      setChairText(text);
                      setTab('chair');
                    }}
                  />
                </Match>
                <Match when={tab() === 'kiosk'}>
                  <KioskView session={props.session} state={state()} />
                </Match>
                <Match when={tab() === 'chair'}>
                  <h2>Add a priority raised aloud</h2>
                  <MeetingItemForm
                    session={props.session}
                    meeting={m()}
                    source={chairText() ? 'police-uk' : 'chair'}
                    initialDescription={chairText()}
                    agendaIssue={chairText()}
                    submitLabel="Add to the meeting"
                    onDone={(added) => {
                      setChairText(undefined);
                      setNote(added ? 'Added to the meeting.' : '');
                      setTab('results');
                    }}
                  />
                </Match>
                <Match when={tab() === 'results'}>
                  <ProjectorButton state={state()} />
                  <ResultsView state={state()} projector={false} />
                  <button type="button" class="primary big" onClick={() => void closeVoting(m().id)}>
                    Close voting
                  </button>
                </Match>
              </Switch>
            </Match>
            <Match when={m().phase === 'closed'}>
              <ProjectorButton state={state()} />
              <ResultsView state={state()} projector={false} />
              <button type="button" class="secondary" onClick={() => void reopenVoting(m().id)}>
                Reopen voting
              </button>
              <AgreeForm state={state()} onFinished={() => props.session.syncNow()} />
            </Match>
            <Match when={m().phase === 'finished'}>
              <h2>Agreed priorities</h2>
              <ol class="agenda-list" aria-label="Agreed priorities">
                {m().agreed.map((a) => {
                  const item = state().items.find((i) => i.priorityId === a.priorityId);
                  return (
                    <li>
                      <strong>{themeText(item?.priority.themeKey ?? '')}</strong>
                      {item?.priority.description ? ` — ${item.priority.description}` : ''}
                      <p class="meta">
                        Lead: {AGENCY_LABELS[a.leadAgency]}. Intended: {a.action}
                      </p>
                      <Show when={m().tie?.chosen.includes(a.priorityId)}>
                        <p class="tie-mark">Chosen by the chair after a tie for place {m().tie?.place}.</p>
                      </Show>
                    </li>
                  );
                })}
              </ol>
              <p
                class={`state state-${m().syncState === 'sent' ? 'sent' : m().syncState === 'rejected' ? 'rejected' : 'waiting'}`}
                role="status"
              >
                Meeting record: {MEETING_SYNC_TEXT[m().syncState]}
                {m().rejectReason ? `: ${m().rejectReason}` : ''}
                {m().syncState === 'waiting' && m().waitingReason ? `. ${m().waitingReason}` : ''}
              </p>
              <ResultsView state={state()} projector={false} />
            </Match>
          </Switch>
          <Show when={!turnLocked()}>
            <button type="button" class="secondary" onClick={() => props.onBack()}>
              Back to meetings
            </button>
          </Show>
        </section>
      )}
    </Show>
  );
}
