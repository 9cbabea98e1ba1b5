// Whether this device may send the meeting when it is finished, even if the staff sign-in
// lapses meanwhile (a long meeting with no signal can outlast the idle timeout). Asks for a
// send grant by itself whenever someone who may send it is signed in and the device is online.
import { createEffect, createSignal, on, Show } from 'solid-js';
import { authoriseSending, type GrantOutcome, grantLive } from '../../meetings/send-grant';
import type { AppSession } from '../../session';
import { createLiveQuery } from '../../store/live';
import type { LocalMeeting } from '../../store/meeting-types';
import { readStaffSession } from '../../store/staff';
import { grantUntilText } from '../../ui/meeting-labels';

export function SendPermission(props: { session: AppSession; meeting: LocalMeeting }) {
  const staff = createLiveQuery(readStaffSession, undefined);
  const [outcome, setOutcome] = createSignal<GrantOutcome>();
  const [busy, setBusy] = createSignal(false);
  const ask = async () => {
    // One request at a time: the signal and the sign-in often change together.
    if (busy()) return;
    setBusy(true);
    try {
      setOutcome(await authoriseSending(props.meeting.id));
    } finally {
      setBusy(false);
    }
  };
  // Again whenever the signal returns or someone signs in (a sign-in is what makes it possible).
  createEffect(
    on([() => props.session.online(), () => staff()?.token, () => props.meeting.id], ([online]) => {
      if (online && props.meeting.syncState !== 'sent') void ask();
    }),
  );
  const granted = () => (grantLive(props.meeting) ? props.meeting.sendGrant : undefined);
  return (
    <Show when={props.meeting.syncState !== 'sent'}>
      <div class="send-permission" aria-live="polite">
        <Show
          when={granted()}
          fallback={
            <>
              <p class="hint">
                Not yet authorised to send. While online, a PCSO, officer or administrator of this area signed
                in on this device (More, then Staff sign-in) authorises it, so the finished meeting can be
                sent even if their sign-in lapses during the meeting. Otherwise it waits for someone to sign
                in afterwards.
              </p>
              <Show when={outcome()?.kind === 'failed'}>
                <p class="state state-rejected">
                  Could not authorise sending: {(outcome() as { message: string }).message}
                </p>
              </Show>
              <Show when={props.session.online() && outcome()?.kind !== 'nobody'}>
                <button type="button" class="secondary" disabled={busy()} onClick={() => void ask()}>
                  Authorise sending this meeting
                </button>
              </Show>
            </>
          }
        >
          {(grant) => (
            <p class="state state-sent">
              Sending authorised: this device can send the meeting until {grantUntilText(grant().expiresAt)},
              even if the staff sign-in lapses or there is no signal until then.
            </p>
          )}
        </Show>
      </div>
    </Show>
  );
}
