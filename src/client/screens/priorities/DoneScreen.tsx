// Route "/area/done": the CSP's board of what was done, newest first, a month at a time (like
// the "recently fixed" lists of FixMyStreet). Read from the public set on the device, so it
// works offline after one visit. Months only: the store never says a day or time of progress.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { hasProgress, type PublicPriority } from '../../../domain/public';
import { useApp } from '../../frame/app-state';
import { PATHS } from '../../frame/paths';
import { usePublicSet } from '../../public/public-set';
import { formatDate, formatDateTime, formatMonth } from '../../ui/dates';
import { wardName } from './PublicPriorityCard';
import './public-priorities.css';
import { themeText } from '../../i18n/theme-text';

const PAGE = 30;

type Done = PublicPriority & { progress: NonNullable<PublicPriority['progress']> };

/** Done priorities, newest month first; within a month the newest raised first (ids sort by creation). */
export function doneNewestFirst(items: readonly PublicPriority[]): Done[] {
  return items
    .filter((p): p is Done => hasProgress(p) && p.progress.status === 'done')
    .sort((a, b) => b.progress.month.localeCompare(a.progress.month) || b.id.localeCompare(a.id));
}

function byMonth(items: readonly Done[]): { month: string; items: Done[] }[] {
  const out: { month: string; items: Done[] }[] = [];
  for (const p of items) {
    const last = out.at(-1);
    if (last?.month === p.progress.month) last.items.push(p);
    else out.push({ month: p.progress.month, items: [p] });
  }
  return out;
}

export default function DoneScreen() {
  const { session } = useApp();
  const set = usePublicSet();
  const done = createMemo(() => doneNewestFirst(set.items()));
  const [shown, setShown] = createSignal(PAGE);
  const months = createMemo(() => byMonth(done().slice(0, shown())));

  const summary = () => {
    const at = set.fetchedAt();
    if (at === undefined)
      return set.refreshing()
        ? 'Fetching what was done…'
        : 'Published priorities have not reached this device yet: go online to see what was done.';
    const n = done().length;
    const when = formatDateTime(at);
    if (n === 0) return `No priorities marked done yet · updated ${when}`;
    return n === 1
      ? `1 priority marked done · updated ${when}`
      : `${n} priorities marked done · updated ${when}`;
  };

  return (
    <section aria-labelledby="done-heading" class="done-board">
      <h2 id="done-heading">What was done in your area</h2>
      <p>
        Priorities residents raised that the partnership has marked done, newest first. The month is when it
        was reported done.
      </p>
      <p class="meta" role="status" aria-live="polite">
        {summary()}
      </p>
      <p>
        <a href={`${PATHS.areaList}?progress=1`}>Every priority with progress, including work under way</a>
      </p>
      <p>
        <a href={PATHS.area}>All priorities in your area</a>
      </p>
      <Show when={set.fetchedAt() !== undefined && done().length === 0}>
        <p>
          Nothing here has been marked done yet. When the partnership reports a priority done, it appears
          here.
        </p>
      </Show>
      <For each={months()}>
        {(group) => (
          <section aria-labelledby={`done-${group.month}`} class="done-month">
            <h3 id={`done-${group.month}`}>Done in {formatMonth(group.month)}</h3>
            <ul class="priority-list" aria-label={`Done in ${formatMonth(group.month)}`}>
              <For each={group.items}>
                {(p) => (
                  <li class="priority-item done-item">
                    <h4>
                      <a href={PATHS.publicOne(p.id)}>{themeText(p.themeKey)}</a>
                    </h4>
                    <Show when={p.description}>
                      <p>{p.description}</p>
                    </Show>
                    <Show when={p.progress.action}>
                      <p class="public-progress progress-done">What was done: {p.progress.action}</p>
                    </Show>
                    <p class="meta">
                      {wardName(session.boundaries(), p.wardCode)} · raised {formatDate(p.createdOn)}
                    </p>
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </For>
      <Show when={shown() < done().length}>
        <button type="button" class="secondary" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, done().length - shown())} more
        </button>
      </Show>
    </section>
  );
}
