// One priority in the moderation queue, in full, with the officer's decisions and, for those who
// may respond, "you said, we did" progress on it. Every action is a real button or form control,
// so the queue works from the keyboard alone. The queue keeps one card per id, so what is typed
// here survives the list being fetched again.

import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import {
  type DecisionBody,
  HIDE_CATEGORY_TEXT,
  type MergeCandidate,
  type ModerationDecision,
  type ModerationItem,
  type ModerationStatus,
} from '../../../../domain/moderation';
import { DESCRIPTION_MAX } from '../../../../domain/priority';
import type { FieldIssue } from '../../../../domain/validation';
import { themeText } from '../../../i18n/theme-text';
import { fetchMergeCandidates } from '../../../sync/moderation-api';
import { CharacterCount, tooLongMessage } from '../../../ui/CharacterCount';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { FieldError } from '../../../ui/FieldError';
import { createFormErrors } from '../../../ui/field-errors';
import { ResponseStatus } from '../../../ui/ResponseStatus';
import { ResponseForm } from '../responses/ResponseForm';
import { HideForm } from './HideForm';
import { ItemFacts } from './ItemFacts';

// The same sentences the store's refusals are turned into (src/client/sync/refusal.ts).
const REASON_TOO_SHORT = 'Give a reason of at least 3 characters.';
const CHOOSE_KEPT = 'Choose the priority to keep.';

type Mode = 'none' | 'redact' | 'hide' | 'merge' | 'respond';

export type Decide = <D extends ModerationDecision>(
  item: ModerationItem,
  decision: D,
  body: DecisionBody<D>,
) => Promise<{ ok: true } | { ok: false; message: string; issues: readonly FieldIssue[] }>;

const STATUS_WORDS: Record<ModerationStatus, string> = {
  received: 'new',
  published: 'published',
  hidden: 'hidden',
  merged: 'merged',
  withdrawn: 'withdrawn',
};

function candidateLabel(c: MergeCandidate): string {
  const where = [
    c.wardName,
    STATUS_WORDS[c.status],
    c.distanceM === null ? null : `${distanceText(c.distanceM)} away`,
  ];
  return `${themeText(c.themeKey)}: ${c.description.slice(0, 60) || 'no description'} (${where.filter(Boolean).join(', ')})`;
}

const distanceText = (m: number) =>
  m < 1000 ? `${Math.max(10, Math.round(m / 10) * 10)} m` : `${(m / 1000).toFixed(1)} km`;

export function ModerationItemCard(props: {
  item: ModerationItem;
  decide: Decide;
  /** Opens another priority of the queue (the one a duplicate was merged into). */
  onOpen: (id: string, status: ModerationStatus) => void;
  /** May record "you said, we did" progress (permission 'respond'). */
  canRespond: boolean;
  onResponded: () => void;
}) {
  const [mode, setMode] = createSignal<Mode>('none');
  const [text, setText] = createSignal(props.item.description);
  const [reason, setReason] = createSignal('');
  const [into, setInto] = createSignal('');
  const [checked, setChecked] = createSignal(false);
  // The words typed, and those last searched for (the list follows a search, not each key).
  const [words, setWords] = createSignal('');
  const [searched, setSearched] = createSignal('');
  const id = props.item.id;
  const [candidates] = createResource(
    () => (mode() === 'merge' ? { q: searched() } : false),
    (key) => fetchMergeCandidates(id, key.q),
  );
  // Read by state, never by calling the resource: that would suspend the whole desk (and drop
  // the focus in this form) while the list loads.
  const answer = () =>
    candidates.state === 'ready' || candidates.state === 'refreshing' ? candidates.latest : undefined;
  const candidateList = (): readonly MergeCandidate[] => {
    const a = answer();
    return a?.ok ? a.value.items : [];
  };
  const search = () => {
    setInto('');
    setSearched(words());
  };
  const title = () => themeText(props.item.themeKey);
  const flagged = () => props.item.personalDetails.length > 0;
  const errors = createFormErrors({
    description: `redact-${id}`,
    get reason() {
      return mode() === 'hide' ? `hide-reason-${id}` : `redact-reason-${id}`;
    },
    into: `merge-${id}`,
  });
  const open = (next: Mode) => {
    errors.clear();
    setMode(mode() === next ? 'none' : next);
  };
  const act = async <D extends ModerationDecision>(decision: D, body: DecisionBody<D>) => {
    const answer = await props.decide(props.item, decision, body);
    if (answer.ok) {
      errors.clear();
      return setMode('none');
    }
    errors.show(answer.issues.length > 0 ? answer.issues : [{ path: '', message: answer.message }]);
  };
  /** Checks on the device first, in the store's own words (src/domain/moderation.ts). */
  const refuse = (issues: FieldIssue[]) => {
    errors.show(issues);
    return issues.length > 0;
  };

  return (
    <div class="priority-item moderation-item">
      <article aria-labelledby={`m-${id}`}>
        <h3 id={`m-${id}`} tabindex="-1">
          {title()}
        </h3>
        <p>{props.item.description || <em>No description</em>}</p>
        <ItemFacts item={props.item} />
        <Show when={props.item.survivor}>
          {(kept) => (
            <p>
              Merged into{' '}
              <a
                href={`?status=${kept().status}&item=${kept().id}`}
                onClick={(e) => {
                  e.preventDefault();
                  props.onOpen(kept().id, kept().status);
                }}
              >
                {themeText(kept().themeKey)}: {kept().description.slice(0, 80) || 'no description'}
              </a>{' '}
              ({STATUS_WORDS[kept().status]}); its residents count there.
            </p>
          )}
        </Show>
        <Show when={flagged()}>
          <p class="signpost">May contain personal details: {props.item.personalDetails.join(', ')}.</p>
        </Show>
        <Show when={props.item.themeSensitive || props.item.sensitive}>
          <p class="meta">Sensitive: never shown publicly.</p>
        </Show>
        <Show when={props.item.hiddenReason}>
          <p class="meta">
            Hidden: {props.item.hiddenReason}
            <Show when={props.item.hiddenCategory}>
              {(c) => <> (the resident is told: {HIDE_CATEGORY_TEXT[c()].officer})</>}
            </Show>
          </p>
        </Show>
        <ResponseStatus response={props.item.response ?? undefined} />
        <ErrorSummary lines={errors.summary()} attempt={errors.attempt()} />
        <div class="moderation-actions">
          <Show when={props.item.status === 'received' || props.item.status === 'hidden'}>
            <Show when={flagged()}>
              <label class="chip">
                <input
                  type="checkbox"
                  checked={checked()}
                  onChange={(e) => setChecked(e.currentTarget.checked)}
                />
                I have checked: no personal details remain
              </label>
            </Show>
            <button
              type="button"
              class="primary"
              aria-describedby={`m-${id}`}
              disabled={flagged() && !checked()}
              onClick={() => void act('approve', flagged() ? { personalDetailsChecked: true } : {})}
            >
              Approve
            </button>
          </Show>
          <Show when={props.item.status !== 'merged'}>
            <button
              type="button"
              class="secondary"
              aria-expanded={mode() === 'redact'}
              onClick={() => open('redact')}
            >
              Redact text
            </button>
            <Show when={props.item.status !== 'hidden'}>
              <button
                type="button"
                class="secondary"
                aria-expanded={mode() === 'hide'}
                onClick={() => open('hide')}
              >
                Hide
              </button>
            </Show>
            <button
              type="button"
              class="secondary"
              aria-expanded={mode() === 'merge'}
              onClick={() => open('merge')}
            >
              Merge as duplicate
            </button>
            <button
              type="button"
              class="secondary"
              aria-pressed={props.item.sensitive}
              onClick={() => void act('sensitive', { sensitive: !props.item.sensitive })}
            >
              Sensitive
            </button>
          </Show>
          <Show when={props.canRespond}>
            <button
              type="button"
              class="secondary"
              aria-expanded={mode() === 'respond'}
              aria-describedby={`m-${id}`}
              onClick={() => open('respond')}
            >
              Record progress
            </button>
          </Show>
        </div>
        <Switch>
          <Match when={mode() === 'respond'}>
            <ResponseForm
              priorityId={id}
              label={title()}
              current={props.item.response?.status}
              onSaved={props.onResponded}
            />
          </Match>
          <Match when={mode() === 'redact'}>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                const why = reason().trim();
                if (
                  refuse([
                    ...(text().length > DESCRIPTION_MAX
                      ? [{ path: 'description', message: tooLongMessage(DESCRIPTION_MAX) }]
                      : []),
                    ...(why && why.length < 3 ? [{ path: 'reason', message: REASON_TOO_SHORT }] : []),
                  ])
                )
                  return;
                void act('redact', { description: text(), ...(why ? { reason: why } : {}) });
              }}
            >
              <label for={`redact-${id}`}>Text to publish</label>
              <FieldError fieldId={`redact-${id}`} message={errors.messageFor('description')} />
              <CharacterCount
                id={`redact-${id}`}
                value={text()}
                limit={DESCRIPTION_MAX}
                invalid={errors.messageFor('description') !== ''}
                describedBy={errors.fieldProps('description')['aria-describedby']}
                onInput={setText}
              />
              <label for={`redact-reason-${id}`}>Why (optional)</label>
              <FieldError fieldId={`redact-reason-${id}`} message={errors.messageFor('reason')} />
              <input
                id={`redact-reason-${id}`}
                type="text"
                value={reason()}
                {...errors.fieldProps('reason')}
                onInput={(e) => setReason(e.currentTarget.value)}
              />
              <button type="submit" class="primary">
                Save redacted text
              </button>
            </form>
          </Match>
          <Match when={mode() === 'hide'}>
            <HideForm item={props.item} decide={props.decide} onDone={() => setMode('none')} />
          </Match>
          <Match when={mode() === 'merge'}>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (!into() && refuse([{ path: 'into', message: CHOOSE_KEPT }])) return;
                void act('merge', { into: into() });
              }}
            >
              <label for={`merge-search-${id}`}>Search by words (optional)</label>
              <div class="merge-search">
                <input
                  id={`merge-search-${id}`}
                  type="search"
                  value={words()}
                  onInput={(e) => setWords(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    // Enter here searches; it must not merge into whatever is chosen below.
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      search();
                    }
                  }}
                />
                <button type="button" class="secondary" onClick={search}>
                  Search
                </button>
              </div>
              <p class="meta" role="status">
                {candidates.loading
                  ? 'Looking for the original…'
                  : answer()?.ok === false
                    ? (answer() as { message: string }).message
                    : candidateList().length === 0
                      ? searched()
                        ? `Nothing new or published matches “${searched()}”.`
                        : 'Nothing new or published to merge into.'
                      : `${candidateList().length} to choose from: the same theme first, then the nearest.`}
              </p>
              <label for={`merge-${id}`}>Duplicate of</label>
              <FieldError fieldId={`merge-${id}`} message={errors.messageFor('into')} />
              <select
                id={`merge-${id}`}
                value={into()}
                {...errors.fieldProps('into')}
                onChange={(e) => setInto(e.currentTarget.value)}
              >
                <option value="">Choose the priority to keep</option>
                <For each={candidateList()}>{(c) => <option value={c.id}>{candidateLabel(c)}</option>}</For>
              </select>
              <button type="submit" class="primary">
                Merge
              </button>
            </form>
          </Match>
        </Switch>
      </article>
    </div>
  );
}
