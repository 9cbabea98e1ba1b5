// After voting closes: agree the top priorities (proposed from the votes; the chair may
// change the choice), each with a lead agency and an intended action, then finish the meeting.
// A tie for the last place is never broken silently: the chair chooses, and the record says so.
import { createSignal, For, onMount, Show } from 'solid-js';
import {
  AGENCIES,
  AGENCY_LABELS,
  type Agency,
  type AgreedPriority,
  type MeetingTie,
} from '../../../domain/meeting';
import { decideAgreed } from '../../../domain/meeting-votes';
import { themeText } from '../../i18n/theme-text';
import { finishMeeting } from '../../store/meetings';
import type { MeetingState } from '../../store/meetings-live';
import { rankedItems } from './ResultsView';

interface Choice {
  agency: Agency | '';
  action: string;
}

export function AgreeForm(props: { state: MeetingState; onFinished: () => void }) {
  const meeting = () => props.state.meeting!;
  const ranked = () => rankedItems(props.state);
  // Voting is closed, so the votes (and any tie) are settled when this form opens.
  const decision = decideAgreed(
    ranked().map((r) => r.item),
    meeting().agreedCount,
  );
  const tie = decision.tie;
  const isTied = (id: string) => tie?.candidateIds.includes(id) ?? false;
  const [selected, setSelected] = createSignal<string[]>([...decision.sure]);
  // The screen changed under the chair's "Close voting": say where they are, at the tie when there is one.
  onMount(() => document.getElementById(tie ? 'tie-heading' : 'agree-heading')?.focus());
  const [choices, setChoices] = createSignal<Record<string, Choice>>({});
  const [error, setError] = createSignal('');
  const choice = (id: string): Choice => choices()[id] ?? { agency: '', action: '' };
  const setChoice = (id: string, patch: Partial<Choice>) =>
    setChoices((all) => ({ ...all, [id]: { ...choice(id), ...patch } }));

  function toggle(id: string, on: boolean) {
    if (on && selected().length >= meeting().agreedCount) {
      setError(`At most ${meeting().agreedCount} priorities can be agreed. Untick one first.`);
      return;
    }
    setError('');
    setSelected((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  }

  async function finish() {
    const order = ranked()
      .map((r) => r.item.priorityId)
      .filter((id) => selected().includes(id));
    if (
      tie &&
      selected().length < meeting().agreedCount &&
      tie.candidateIds.some((id) => !selected().includes(id))
    )
      return setError(
        `Priorities are tied for place ${tie.place}: choose which of them the meeting agrees before finishing.`,
      );
    const missing = order.find((id) => !choice(id).agency || !choice(id).action.trim());
    if (missing) {
      const item = props.state.items.find((i) => i.priorityId === missing);
      return setError(
        `Choose a lead agency and say the intended action for ${themeText(item?.priority.themeKey ?? '')}.`,
      );
    }
    const agreed: AgreedPriority[] = order.map((id, i) => ({
      priorityId: id,
      rank: i + 1,
      leadAgency: choice(id).agency as Agency,
      action: choice(id).action.trim(),
    }));
    const tieRecord: MeetingTie | undefined = tie
      ? {
          place: tie.place,
          votes: tie.votes,
          candidates: [...tie.candidateIds],
          chosen: tie.candidateIds.filter((id) => selected().includes(id)),
        }
      : undefined;
    try {
      await finishMeeting(meeting().id, agreed, tieRecord);
    } catch (e) {
      return setError(e instanceof Error ? e.message : String(e));
    }
    props.onFinished();
  }

  return (
    <section aria-labelledby="agree-heading" class="agree">
      <h2 id="agree-heading" tabindex="-1">
        Agree the priorities
      </h2>
      <p class="hint">
        The {meeting().agreedCount} with the most votes are ticked. Change the choice if the meeting decides
        otherwise.
      </p>
      <Show when={tie}>
        {(t) => (
          <section class="tie" aria-labelledby="tie-heading">
            <h3 id="tie-heading" tabindex="-1">
              A tie for place {t().place}
            </h3>
            <p>
              {t().candidateIds.length} priorities have {t().votes} {t().votes === 1 ? 'vote' : 'votes'} each,
              and {t().places === 1 ? 'there is room for 1 more' : `there is room for ${t().places} more`}.
              The votes cannot decide between them, so the chair chooses: tick{' '}
              {t().places === 1 ? 'the one' : `the ${t().places}`} the meeting agrees below. The meeting
              record will say it was a tie and which the chair chose.
            </p>
          </section>
        )}
      </Show>
      <ol class="agree-list">
        <For each={ranked()}>
          {(r) => {
            const id = r.item.priorityId;
            const label = `${themeText(r.item.item.priority.themeKey)} (${r.item.votes} ${r.item.votes === 1 ? 'vote' : 'votes'})`;
            return (
              <li class="agree-item">
                <label class="chip">
                  <input
                    type="checkbox"
                    checked={selected().includes(id)}
                    onChange={(e) => toggle(id, e.currentTarget.checked)}
                  />
                  Agree: {label}
                </label>
                <Show when={isTied(id)}>
                  <p class="tie-mark">Tied for place {tie?.place}: the chair chooses.</p>
                </Show>
                <Show when={r.item.item.priority.description}>
                  <p class="meta">{r.item.item.priority.description}</p>
                </Show>
                <Show when={selected().includes(id)}>
                  <label for={`agency-${id}`}>Lead agency for {label}</label>
                  <select
                    id={`agency-${id}`}
                    value={choice(id).agency}
                    onChange={(e) => setChoice(id, { agency: e.currentTarget.value as Agency })}
                  >
                    <option value="">Choose the lead agency</option>
                    <For each={AGENCIES}>{(a) => <option value={a}>{AGENCY_LABELS[a]}</option>}</For>
                  </select>
                  <label for={`action-${id}`}>Intended action for {label}</label>
                  <textarea
                    id={`action-${id}`}
                    rows={2}
                    maxLength={1000}
                    value={choice(id).action}
                    onInput={(e) => setChoice(id, { action: e.currentTarget.value })}
                  />
                </Show>
              </li>
            );
          }}
        </For>
      </ol>
      <p class="error" role={error() ? 'alert' : undefined}>
        {error()}
      </p>
      <button type="button" class="primary big" onClick={() => void finish()}>
        Agree and finish the meeting
      </button>
    </section>
  );
}
