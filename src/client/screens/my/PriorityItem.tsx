// One of my priorities: what it says, where it is counted, its sync state, and what the
// author can still do with it.

import { createSignal, lazy, Match, Show, Suspense, Switch } from 'solid-js';
import { DESCRIPTION_MAX } from '../../../domain/priority';
import type { PulledResponse } from '../../../domain/response-status';
import { themeLabel } from '../../../domain/taxonomy/themes';
import { PATHS } from '../../frame/paths';
import type { LocalPriority } from '../../store/db';
import type { NeighbourhoodCollection, WardCollection } from '../../sync/reference-data';
import { plainSentence } from '../../sync/refusal';
import { formatDate } from '../../ui/dates';
import { ResponseStatus } from '../../ui/ResponseStatus';

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

function stateText(p: LocalPriority): string {
  if (p.withdrawn) return p.syncState === 'sent' ? 'Withdrawn' : 'Withdrawal waiting to send';
  if (p.syncState === 'rejected')
    return p.rejectReason ? `Not accepted. ${plainSentence(p.rejectReason)}` : 'Not accepted.';
  if (p.syncState === 'conflict') return 'Changed elsewhere: choose which version to keep';
  if (p.syncState === 'waiting') return 'Waiting to send';
  return 'Sent';
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
  const canChange = () => !p().withdrawn && p().syncState !== 'rejected' && p().syncState !== 'conflict';

  return (
    <li class="priority-item">
      <h3>
        <Show when={!props.single} fallback={themeLabel(p().themeKey)}>
          <a href={PATHS.myOne(p().id)}>{themeLabel(p().themeKey)}</a>
        </Show>
      </h3>
      <Show when={p().description}>
        <p>{p().description}</p>
      </Show>
      <p class="meta">
        {placeText(p(), props.wards, props.neighbourhoods)} · {formatDate(p().createdAt)}
      </p>
      <p class={`state state-${p().withdrawn ? 'withdrawn' : p().syncState}`}>
        <span class="visually-hidden">Status: </span>
        {stateText(p())}
      </p>
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
                Edit<span class="visually-hidden"> {themeLabel(p().themeKey)}</span>
              </button>
              <button type="button" class="secondary" onClick={() => setMode('confirm-withdraw')}>
                Withdraw<span class="visually-hidden"> {themeLabel(p().themeKey)}</span>
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
              <textarea
                id={editId()}
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
