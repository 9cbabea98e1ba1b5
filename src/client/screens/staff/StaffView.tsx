// The staff area: sign in, see who is signed in and until when, sign out, and the tools the
// role allows (moderation for officers and administrators).

import { createSignal, type JSX, Show } from 'solid-js';
import { ROLE_LABELS } from '../../../domain/staff';
import type { StaffSession } from '../../staff/session';
import { formatWeekdayTime } from '../../ui/dates';
import { focusSoon, focusWhenShown } from '../../ui/focus';
import { StaffSignIn } from './StaffSignIn';

/** Set by a sign-in: the screen may be drawn afresh once signed in, so this outlives it. */
let focusCardNext = false;

export function StaffView(props: {
  session: StaffSession;
  cspName: (code: string) => string;
  /** Tools for the signed-in person (e.g. the moderation queue). */
  children?: JSX.Element;
  /** Above a tool: who is signed in on one line, so the tool starts near the top of a phone. */
  compact?: boolean;
}) {
  const [notice, setNotice] = createSignal('');
  // After signing in or out the form or the card that had focus is gone: focus what replaced it.
  let noticeEl: HTMLParagraphElement | undefined;

  async function signOut() {
    const { stillWaiting } = await props.session.signOut();
    setNotice(
      stillWaiting > 0
        ? `Signed out, and staff data removed from this device. ${stillWaiting} ${stillWaiting === 1 ? 'priority is' : 'priorities are'} still waiting to send: they stay on this device and will be sent when it is online.`
        : 'Signed out, and staff data removed from this device.',
    );
    focusSoon(() => noticeEl);
  }

  return (
    <section aria-labelledby="staff-heading" class="staff-view">
      <h2 id="staff-heading" class="visually-hidden">
        Staff
      </h2>
      <p role="status" class="saved" tabindex="-1" ref={noticeEl}>
        {notice()}
      </p>
      <Show
        when={props.session.staff()}
        fallback={
          <>
            <Show when={props.session.ended()}>
              {(who) => (
                <p role="alert" class="signpost">
                  Your staff session as {who().displayName} has ended. Sign in again to carry on. Anything
                  recorded on this device is kept and will still be sent.
                </p>
              )}
            </Show>
            <StaffSignIn
              session={props.session}
              onSignedIn={() => {
                focusCardNext = true;
              }}
            />
          </>
        }
      >
        {(who) => (
          <>
            <div class={props.compact ? 'staff-card compact' : 'staff-card'}>
              <p
                tabindex="-1"
                class="signed-in"
                ref={(el) => {
                  if (!focusCardNext) return;
                  focusCardNext = false;
                  focusWhenShown(el);
                }}
              >
                Signed in as <strong>{who().displayName}</strong> ({ROLE_LABELS[who().role]}) for{' '}
                {who().cspCodes.map(props.cspName).join(', ')}.
              </p>
              <p class="meta">Your session ends {formatWeekdayTime(props.session.expiresAt() ?? '')}.</p>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setNotice('');
                  void signOut();
                }}
              >
                Sign out
              </button>
            </div>
            {props.children}
          </>
        )}
      </Show>
    </section>
  );
}
