// One of my priorities: what it says, where it is counted, its sync state, and what the
// author can still do with it.

import { createSignal, lazy, Match, Show, Suspense, Switch } from 'solid-js';
import { DESCRIPTION_MAX } from '../../../domain/priority';
import type { PulledResponse } from '../../../domain/response-status';
import { PATHS } from '../../frame/paths';
import { themeText } from '../../i18n/theme-text';
import type { LocalPriority } from '../../store/db';
import type { NeighbourhoodCollection, WardCollection } from '../../sync/reference-data';
import { formatDate } from '../../ui/dates';
import { ResponseStatus } from '../../ui/ResponseStatus';
import { PriorityState } from './PriorityState';

// Rare, so on demand (the shell's gzip budget has no room): settling a sync conflict, and what
// a merge did with it.
const ConflictPanel = lazy(() => import('./ConflictPanel'));
const MergedNote = lazy(() => import('./MergedNote'));

export interface PriorityActions {
  edit(id: string, description: string): Promise<void>;
  withdraw(id: string): Promise<void>;
  resolve(id: string, keep: 'mine' | 'theirs'): Promise<void>;
}

function placeText(
  p: LocalPriority,
  wards?: WardCollection,
  neighbourhoods?: NeighbourhoodCollection,
): string {
  const ward = p.server?.area.wardName;
  if (p.place.kind === 'neighbourhood') {
    const code = p.place.neighbourhoodCode;
    const name = neighbourhoods?.features.find((f) => f.properties.code === code)?.properties.name ?? code;
    return [`${name} police neighbourhood`, ward && `counted in ${ward} ward`, p.place.landmark]
      .filter(Boolean)
      .join(', ');
  }
  if (ward) return `${ward} ward`;
  if (p.server?.outsideArea) return 'Outside the partnership area';
  if (p.place.kind === 'area-unit') {
    const code = p.place.areaCode;
    const ward = wards?.features.find((f) => f.properties.code === code)?.properties.name;
    return [ward ? `${ward} ward` : code, p.place.landmark].filter(Boolean).join(', ');
  }
  return p.place.kind === 'point' ? 'Near the pin you placed' : 'In the area you drew on the map';
}

export function PriorityItem(props: {
  priority: LocalPriority;
  wards: WardCollection | undefined;
  neighbourhoods?: NeighbourhoodCollection | undefined;
  actions: PriorityActions;
  response?: PulledResponse | undefined;
  /** Shown on its own screen (/my/:id): the heading is not a link to itself. */
  single?: boolean;
}) {
  const p = () => props.priority;
  const [mode, setMode] = createSignal<'view' | 'edit' | 'confirm-withdraw'>('view');
  const [draft, setDraft] = createSignal('');
  const editId = () => `edit-${p().id}`;
  const warningId = () => `edit-warning-${p().id}`;
  // Said before the change is saved: an edit of a published priority takes it off the public
  // map until an officer reads it again (the store sends it back to review).
  const editWarning = () => {
    const status = p().server?.status;
    if (status === 'published')
      return 'This priority is published. If you save a change, it goes back for review and is not shown in public until an officer has read it again.';
    if (status === 'hidden')
      return 'An officer decided not to publish this priority. Changing it will not publish it.';
    return '';
  };
  const canChange = () => !p().withdrawn && p().syncState !== 'rejected' && p().syncState !== 'conflict';

  return (
    <li class="priority-item">
      <h3>
        <Show when={!props.single} fallback={themeText(p().themeKey)}>
          <a href={PATHS.myOne(p().id)}>{themeText(p().themeKey)}</a>
        </Show>
      </h3>
      <Show when={p().description}>
        <p>{p().description}</p>
      </Show>
      <p class="meta">
        {placeText(p(), props.wards, props.neighbourhoods)} · {formatDate(p().createdAt)}
      </p>
      <PriorityState priority={p()} />
      <ResponseStatus response={props.response} />
      <Show when={p().server?.status === 'merged'}>
        <Suspense>
          <MergedNote priorityId={p().id} />
        </Suspense>
      </Show>
      <Show when={p().syncState === 'conflict' && p().conflict}>
        {(conflict) => (
          <Suspense>
            <ConflictPanel
              mine={p().description}
              theirs={conflict().current.description}
              onKeep={(keep) => void props.actions.resolve(p().id, keep)}
            />
          </Suspense>
        )}
      </Show>
      <Show when={canChange()}>
        <Switch>
          <Match when={mode() === 'view'}>
            <div class="item-actions">
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setDraft(p().description);
                  setMode('edit');
                }}
              >
                Edit<span class="visually-hidden"> {themeText(p().themeKey)}</span>
              </button>
              <button type="button" class="secondary" onClick={() => setMode('confirm-withdraw')}>
                Withdraw<span class="visually-hidden"> {themeText(p().themeKey)}</span>
              </button>
            </div>
          </Match>
          <Match when={mode() === 'edit'}>
            <form
              class="item-edit"
              onSubmit={(e) => {
                e.preventDefault();
                void props.actions.edit(p().id, draft().trim()).then(() => setMode('view'));
              }}
            >
              <label for={editId()}>Change what you wrote</label>
              <Show when={editWarning()}>
                <p class="signpost" id={warningId()}>
                  {editWarning()}
                </p>
              </Show>
              <textarea
                id={editId()}
                aria-describedby={editWarning() ? warningId() : undefined}
                maxLength={DESCRIPTION_MAX}
                value={draft()}
                onInput={(e) => setDraft(e.currentTarget.value)}
              />
              <div class="item-actions">
                <button type="submit" class="primary">
                  Save change
                </button>
                <button type="button" class="secondary" onClick={() => setMode('view')}>
                  Cancel
                </button>
              </div>
            </form>
          </Match>
          <Match when={mode() === 'confirm-withdraw'}>
            <fieldset class="item-confirm">
              <legend>Withdraw this priority? It will no longer count in the consultation.</legend>
              <div class="item-actions">
                <button
                  type="button"
                  class="primary"
                  onClick={() => void props.actions.withdraw(p().id).then(() => setMode('view'))}
                >
                  Yes, withdraw it
                </button>
                <button type="button" class="secondary" onClick={() => setMode('view')}>
                  Keep it
                </button>
              </div>
            </fieldset>
          </Match>
        </Switch>
      </Show>
    </li>
  );
}
