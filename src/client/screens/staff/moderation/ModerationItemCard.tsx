// One priority in the moderation queue with the officer's decisions and, for those who may
// respond, "you said, we did" progress on it. Every action is a real button or form control,
// so the queue works from the keyboard alone.

import { createSignal, For, Match, Show, Switch } from 'solid-js';
import {
  type DecisionBody,
  HIDE_CATEGORY_TEXT,
  type ModerationDecision,
  type ModerationItem,
} from '../../../../domain/moderation';
import { DESCRIPTION_MAX } from '../../../../domain/priority';
import { themeLabel } from '../../../../domain/taxonomy/themes';
import type { FieldIssue } from '../../../../domain/validation';
import { CharacterCount, tooLongMessage } from '../../../ui/CharacterCount';
import { formatDate } from '../../../ui/dates';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { FieldError } from '../../../ui/FieldError';
import { createFormErrors } from '../../../ui/field-errors';
import { ResponseStatus } from '../../../ui/ResponseStatus';
import { ResponseForm } from '../responses/ResponseForm';
import { HideForm } from './HideForm';

// The same sentences the store's refusals are turned into (src/client/sync/refusal.ts).
const REASON_TOO_SHORT = 'Give a reason of at least 3 characters.';
const CHOOSE_KEPT = 'Choose the priority to keep.';

type Mode = 'none' | 'redact' | 'hide' | 'merge' | 'respond';

export type Decide = <D extends ModerationDecision>(
  item: ModerationItem,
  decision: D,
  body: DecisionBody<D>,
) => Promise<{ ok: true } | { ok: false; message: string; issues: readonly FieldIssue[] }>;

export function ModerationItemCard(props: {
  item: ModerationItem;
  others: ModerationItem[];
  decide: Decide;
  /** May record "you said, we did" progress (permission 'respond'). */
  canRespond: boolean;
  onResponded: () => void;
}) {
  const [mode, setMode] = createSignal<Mode>('none');
  const [text, setText] = createSignal(props.item.description);
  const [reason, setReason] = createSignal('');
  const [into, setInto] = createSignal('');
  const [checked, setChecked] = createSignal(false);
  const id = props.item.id;
  const title = () => themeLabel(props.item.themeKey);
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
    <li class="priority-item moderation-item">
      <article aria-labelledby={`m-${id}`}>
        <h3 id={`m-${id}`}>{title()}</h3>
        <p>{props.item.description || <em>No description</em>}</p>
        <p class="meta">
          {props.item.wardName ? `${props.item.wardName} ward` : 'Outside every ward'}
          {props.item.neighbourhoodName
            ? ` (chosen as the ${props.item.neighbourhoodName} police neighbourhood)`
            : ''}
          {props.item.landmark ? `, ${props.item.landmark}` : ''} · raised {formatDate(props.item.createdAt)}{' '}
          · {props.item.supportCount} {props.item.supportCount === 1 ? 'resident' : 'residents'}
        </p>
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
              <label for={`merge-${id}`}>Duplicate of</label>
              <FieldError fieldId={`merge-${id}`} message={errors.messageFor('into')} />
              <select
                id={`merge-${id}`}
                value={into()}
                {...errors.fieldProps('into')}
                onChange={(e) => setInto(e.currentTarget.value)}
              >
                <option value="">Choose the priority to keep</option>
                <For each={props.others}>
                  {(o) => (
                    <option value={o.id}>
                      {themeLabel(o.themeKey)}: {o.description.slice(0, 60) || 'no description'}
                      {o.wardName ? ` (${o.wardName})` : ''}
                    </option>
                  )}
                </For>
              </select>
              <button type="submit" class="primary">
                Merge
              </button>
            </form>
          </Match>
        </Switch>
      </article>
    </li>
  );
}
