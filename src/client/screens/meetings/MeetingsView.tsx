// PACT/NAG meetings on this device: the list (with whether each may be sent without a new
// sign-in), setting one up, and running one.
import { For, Match, Show, Switch } from 'solid-js';
import { PATHS } from '../../frame/paths';
import { grantLive } from '../../meetings/send-grant';
import type { AppSession } from '../../session';
import { createMeetingList } from '../../store/meetings-live';
import { formatDate, grantUntilText, MEETING_SYNC_TEXT, PHASE_TEXT } from '../../ui/meeting-labels';
import { MeetingRoom, type MeetingStage } from './MeetingRoom';
import { MeetingSetup } from './MeetingSetup';
import './meetings.css';

export function MeetingsView(props: {
  session: AppSession;
  /** The meeting open (the URL's /meetings/:id), or 'new' while one is set up. */
  open: string | undefined;
  stage: MeetingStage;
  navigate: (to: string, options?: { replace?: boolean }) => void;
}) {
  const meetings = createMeetingList();
  const open = () => props.open;
  const list = () => props.navigate(PATHS.meetings);
  const wardName = (code: string) =>
    props.session.boundaries()?.features.find((f) => f.properties.code === code)?.properties.name ?? code;

  return (
    <Switch>
      <Match when={open() === 'new'}>
        <MeetingSetup
          session={props.session}
          onCreated={(id) => props.navigate(PATHS.meeting(id), { replace: true })}
          onCancel={list}
        />
      </Match>
      <Match when={open()}>
        {(id) => (
          <MeetingRoom
            session={props.session}
            meetingId={id()}
            stage={props.stage}
            onStage={(stage) => props.navigate(PATHS.meetingStage(id(), stage))}
            onBack={list}
          />
        )}
      </Match>
      <Match when={!open()}>
        <section aria-labelledby="meetings-heading">
          <h2 id="meetings-heading">Meetings</h2>
          <p class="hint">
            Run a PACT or NAG meeting on this device, with or without signal. The whole meeting is sent as one
            record when it is finished and the device is online.
          </p>
          <p class="hint">
            Anyone can run the meeting here; sending it needs a PCSO, officer or administrator of this area
            signed in on this device (More, then Staff sign-in). Until then it waits safely on the device.
          </p>
          <a class="button primary" href={PATHS.meetingNew}>
            Set up a new meeting
          </a>
          <Show when={meetings().length > 0} fallback={<p>No meetings on this device yet.</p>}>
            <ul class="priority-list" aria-label="Meetings on this device">
              <For each={meetings()}>
                {(m) => (
                  <li class="priority-item">
                    <h3>
                      {m.kind.toUpperCase()}: {wardName(m.wardCode)}, {formatDate(m.date)}
                    </h3>
                    <p class="meta">
                      {m.venue} · {PHASE_TEXT[m.phase]} · {MEETING_SYNC_TEXT[m.syncState]}
                    </p>
                    {/* In words, not colour alone: whether the finished meeting can go without a new sign-in. */}
                    <Show when={m.syncState === 'local' || m.syncState === 'waiting'}>
                      <Show
                        when={grantLive(m) && m.sendGrant}
                        fallback={
                          <p class="state state-waiting">
                            Sending not yet authorised: open the meeting while online with a PCSO, officer or
                            administrator of this area signed in (More, then Staff sign-in).
                          </p>
                        }
                      >
                        {(grant) => (
                          <p class="state state-sent">
                            Sending authorised until {grantUntilText(grant().expiresAt)}.
                          </p>
                        )}
                      </Show>
                    </Show>
                    <Show when={m.syncState === 'waiting' && m.waitingReason}>
                      <p class="state state-waiting">{m.waitingReason}</p>
                    </Show>
                    <a class="button secondary" href={PATHS.meeting(m.id)}>
                      Open meeting: {wardName(m.wardCode)}, {formatDate(m.date)}
                    </a>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
      </Match>
    </Switch>
  );
}
