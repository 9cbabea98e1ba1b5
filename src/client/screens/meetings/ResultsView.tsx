// Ranked results, large and high-contrast for a projector: bars with the count in words.
import { createMemo, For, Show } from 'solid-js';
import { rankItems } from '../../../domain/meeting-votes';
import { themeText } from '../../i18n/theme-text';
import type { MeetingState } from '../../store/meetings-live';

export function rankedItems(state: MeetingState) {
  return rankItems(
    state.items.map((i) => ({
      priorityId: i.priorityId,
      votes: state.tally.get(i.priorityId) ?? 0,
      raisedAt: i.priority.createdAt,
      item: i,
    })),
  );
}

export function ResultsView(props: { state: MeetingState; projector: boolean }) {
  const ranked = createMemo(() => rankedItems(props.state));
  const most = () => Math.max(1, ...ranked().map((r) => r.item.votes));
  return (
    <section class={props.projector ? 'results projector' : 'results'} aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <p>
        {props.state.turns} {props.state.turns === 1 ? 'person' : 'people'} took a turn;{' '}
        {ranked().reduce((n, r) => n + r.item.votes, 0)} votes placed.
      </p>
      <Show when={ranked().length > 0} fallback={<p>No priorities have been raised yet.</p>}>
        <ol class="results-list" aria-label="Priorities ranked by votes">
          <For each={ranked()}>
            {(r) => (
              <li class="result">
                <span class="result-rank">{r.rank}</span>
                <span class="result-text">
                  <span class="result-theme">{themeText(r.item.item.priority.themeKey)}</span>
                  <Show when={r.item.item.priority.description}>
                    <span class="result-description">{r.item.item.priority.description}</span>
                  </Show>
                </span>
                <span class="result-votes">
                  {r.item.votes} {r.item.votes === 1 ? 'vote' : 'votes'}
                </span>
                <span
                  class="result-bar"
                  aria-hidden="true"
                  style={{ width: `${(r.item.votes / most()) * 100}%` }}
                />
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
