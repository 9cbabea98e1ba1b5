// The shared-device kiosk: attendees take turns. A turn starts only when the next person
// presses "Start my turn", and ends with "Finish my turn": the dots are saved at once and the
// screen goes back to the handover, so nobody votes twice by mistake. Votes are anonymous.
// While a turn is open the device shows only the turn (turn-lock.ts) until it ends or the chair
// unlocks; leaving a turn with votes not yet saved asks whether to keep or discard them.
import { createEffect, createSignal, For, Match, on, onCleanup, Show, Switch } from 'solid-js';
import { themeText } from '../../i18n/theme-text';
import { refusedLeaves, setTurnLocked } from '../../meetings/turn-lock';
import type { AppSession } from '../../session';
import { recordBallot } from '../../store/meetings';
import type { MeetingState } from '../../store/meetings-live';
import { HoldToUnlock } from './HoldToUnlock';
import { MeetingItemForm } from './MeetingItemForm';

type Step = 'handover' | 'turn' | 'adding' | 'leaving';

/** Where focus goes as the kiosk changes step, so a keyboard or screen reader user follows the turn. */
const FOCUS: Record<Step, string> = {
  handover: 'start-turn',
  turn: 'turn-heading',
  adding: 'adding-heading',
  leaving: 'leaving-heading',
};

export function KioskView(props: { session: AppSession; state: MeetingState }) {
  const [step, setStep] = createSignal<Step>('handover');
  const [chosen, setChosen] = createSignal<string[]>([]);
  const [message, setMessage] = createSignal('');
  const meeting = () => props.state.meeting!;
  const left = () => meeting().votesPerAttendee - chosen().length;

  createEffect(() => setTurnLocked(step() !== 'handover'));
  onCleanup(() => setTurnLocked(false));
  // Reloading or closing the page mid-turn asks first: the browser's own "leave this page?".
  createEffect(() => {
    if (step() === 'handover') return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    onCleanup(() => window.removeEventListener('beforeunload', ask));
  });
  createEffect(
    on(step, (s) => queueMicrotask(() => document.getElementById(FOCUS[s])?.focus()), { defer: true }),
  );
  createEffect(
    on(
      refusedLeaves,
      () => setMessage('Your turn is still open. Finish your turn, or cancel it, before leaving.'),
      { defer: true },
    ),
  );

  function toggle(id: string) {
    setChosen((list) => {
      if (list.includes(id)) return list.filter((x) => x !== id);
      if (list.length >= meeting().votesPerAttendee) {
        setMessage(
          `You have used all ${meeting().votesPerAttendee} votes. Remove one to vote for this instead.`,
        );
        return list;
      }
      return [...list, id];
    });
  }

  async function finish() {
    try {
      await recordBallot(meeting().id, chosen());
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
      return;
    }
    const n = chosen().length;
    setChosen([]);
    setStep('handover');
    setMessage(
      n === 0
        ? 'Thank you. Your turn is finished. Please pass the device to the next person.'
        : `Thank you: your ${n === 1 ? 'vote is' : `${n} votes are`} saved. Please pass the device to the next person.`,
    );
  }

  function discard() {
    setChosen([]);
    setStep('handover');
    setMessage('Turn cancelled: no votes were saved.');
  }

  /** The attendee cancels, or the chair unlocks: with votes not yet saved, ask first. */
  function leave() {
    if (chosen().length === 0) return discard();
    setMessage('');
    setStep('leaving');
  }

  const votesText = (n: number) => (n === 1 ? '1 vote' : `${n} votes`);

  return (
    <section class="kiosk" aria-labelledby="kiosk-heading">
      <h2 id="kiosk-heading">Attendee turns</h2>
      <p class="status kiosk-message" role="status" aria-live="polite">
        {message()}
      </p>
      <Switch>
        <Match when={step() === 'handover'}>
          <div class="handover">
            <p class="turn-count">
              {props.state.turns} {props.state.turns === 1 ? 'person has' : 'people have'} taken a turn.
            </p>
            <p>Next person: add a priority, vote with up to {meeting().votesPerAttendee} dots, or both.</p>
            <button
              id="start-turn"
              type="button"
              class="primary huge"
              onClick={() => {
                setChosen([]);
                setMessage('');
                setStep('turn');
              }}
            >
              Start my turn
            </button>
          </div>
        </Match>
        <Match when={step() === 'adding'}>
          <h3 id="adding-heading" tabindex="-1">
            Raise a new priority
          </h3>
          <MeetingItemForm
            session={props.session}
            meeting={meeting()}
            source="attendee"
            submitLabel="Add my priority"
            onDone={(added) => {
              setStep('turn');
              setMessage(added ? 'Your priority is added. You can vote for it, or for others.' : '');
            }}
          />
        </Match>
        <Match when={step() === 'leaving'}>
          <section class="leaving" aria-labelledby="leaving-heading">
            <h3 id="leaving-heading" tabindex="-1">
              Keep the votes from this turn?
            </h3>
            <p>
              This turn has {votesText(chosen().length)} that {chosen().length === 1 ? 'is' : 'are'} not saved
              yet. Keep {chosen().length === 1 ? 'it' : 'them'} and end the turn, or discard{' '}
              {chosen().length === 1 ? 'it' : 'them'}?
            </p>
            <button type="button" class="primary big" onClick={() => void finish()}>
              Keep the votes and end the turn
            </button>
            <button type="button" class="secondary big" onClick={discard}>
              Discard the votes
            </button>
            <button type="button" class="secondary" onClick={() => setStep('turn')}>
              Go back to the turn
            </button>
          </section>
        </Match>
        <Match when={step() === 'turn'}>
          <h3 id="turn-heading" tabindex="-1">
            Your turn
          </h3>
          <button type="button" class="secondary big" onClick={() => setStep('adding')}>
            Raise a new priority
          </button>
          <h3 id="vote-heading">
            Vote: {left()} of {meeting().votesPerAttendee}{' '}
            {meeting().votesPerAttendee === 1 ? 'vote' : 'votes'} left
          </h3>
          <Show when={props.state.items.length > 0} fallback={<p>No priorities have been raised yet.</p>}>
            <ul class="vote-list" aria-labelledby="vote-heading">
              <For each={props.state.items}>
                {(item) => (
                  <li>
                    <button
                      type="button"
                      class="vote-button"
                      aria-pressed={chosen().includes(item.priorityId)}
                      onClick={() => toggle(item.priorityId)}
                    >
                      <span class="vote-theme">{themeText(item.priority.themeKey)}</span>
                      <Show when={item.priority.description}>
                        <span class="vote-description">{item.priority.description}</span>
                      </Show>
                      <span class="vote-mark" aria-hidden="true">
                        {chosen().includes(item.priorityId) ? '● My vote' : '○'}
                      </span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <button type="button" class="primary huge" onClick={() => void finish()}>
            Finish my turn
          </button>
          <button type="button" class="secondary" onClick={leave}>
            Cancel my turn
          </button>
        </Match>
      </Switch>
      <Show when={step() === 'turn' || step() === 'adding'}>
        <HoldToUnlock label="Chair: hold to end this turn" onUnlock={leave} />
      </Show>
    </section>
  );
}
