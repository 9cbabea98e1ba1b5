// The non-map path to every published priority: filter by ward and theme, page through, "me too".
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { PublicPriority } from '../../../domain/public';
import { themeText } from '../../i18n/theme-text';
import type { WardCollection } from '../../sync/reference-data';
import { PublicPriorityCard } from './PublicPriorityCard';

const PAGE = 20;

export function PublicList(props: { items: readonly PublicPriority[]; wards: WardCollection | undefined }) {
  const [ward, setWard] = createSignal('');
  const [theme, setTheme] = createSignal('');
  const [shown, setShown] = createSignal(PAGE);
  const wards = () =>
    [...(props.wards?.features ?? [])].map((f) => f.properties).sort((a, b) => a.name.localeCompare(b.name));
  const themes = createMemo(() =>
    [...new Set(props.items.map((p) => p.themeKey))].sort((a, b) => themeText(a).localeCompare(themeText(b))),
  );
  const matching = createMemo(() =>
    props.items.filter((p) => (!ward() || p.wardCode === ward()) && (!theme() || p.themeKey === theme())),
  );
  const filter = (set: (v: string) => void) => (value: string) => {
    set(value);
    setShown(PAGE);
  };

  return (
    <section aria-labelledby="public-list-heading" class="public-list">
      <h3 id="public-list-heading">List of published priorities</h3>
      <div class="filters">
        <div>
          <label for="public-ward">Ward</label>
          <select id="public-ward" value={ward()} onChange={(e) => filter(setWard)(e.currentTarget.value)}>
            <option value="">All wards</option>
            <For each={wards()}>{(w) => <option value={w.code}>{w.name}</option>}</For>
          </select>
        </div>
        <div>
          <label for="public-theme">Theme</label>
          <select id="public-theme" value={theme()} onChange={(e) => filter(setTheme)(e.currentTarget.value)}>
            <option value="">All themes</option>
            <For each={themes()}>{(t) => <option value={t}>{themeText(t)}</option>}</For>
          </select>
        </div>
      </div>
      <p class="meta" role="status" aria-live="polite">
        Showing {Math.min(shown(), matching().length)} of {matching().length}
      </p>
      <ul class="priority-list" aria-label="Published priorities">
        <For each={matching().slice(0, shown())}>
          {(p) => (
            <li class="priority-item">
              <PublicPriorityCard priority={p} wards={props.wards} headingLevel={4} linked />
            </li>
          )}
        </For>
      </ul>
      <Show when={shown() < matching().length}>
        <button type="button" class="secondary" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, matching().length - shown())} more
        </button>
      </Show>
    </section>
  );
}
