// The officer's Hide decision on one moderation card: why it is not published (a category the
// author's device is told in plain words), the internal reason (staff only), and an optional
// note for the author, checked on the device with the store's own schema (HideSchema), so a
// note with personal details is refused beside its field before anything is sent.
import { createSignal, For } from 'solid-js';
import {
  type DecisionBody,
  HIDE_CATEGORIES,
  HIDE_CATEGORY_TEXT,
  type HideCategory,
  HideSchema,
  type ModerationItem,
  RESIDENT_NOTE_MAX,
} from '../../../../domain/moderation';
import { check } from '../../../../domain/validation';
import { plainSentence } from '../../../sync/refusal';
import { CharacterCount } from '../../../ui/CharacterCount';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { FieldError } from '../../../ui/FieldError';
import { createFormErrors } from '../../../ui/field-errors';
import type { Decide } from './ModerationItemCard';

export function HideForm(props: { item: ModerationItem; decide: Decide; onDone: () => void }) {
  const id = props.item.id;
  // "Another reason" to start with: what every hide meant before categories, so a quick hide
  // with only a reason still works; the officer picks a better one where it applies.
  const [category, setCategory] = createSignal<HideCategory>('other');
  const [reason, setReason] = createSignal('');
  const [note, setNote] = createSignal('');
  const errors = createFormErrors({
    category: `hide-category-${id}-${HIDE_CATEGORIES[0]}`,
    reason: `hide-reason-${id}`,
    residentNote: `hide-note-${id}`,
  });
  const plain = (issues: readonly { path: string; message: string }[]) =>
    issues.map((i) => ({ path: i.path, message: plainSentence(i.message) }));

  const submit = async () => {
    const body = {
      category: category(),
      reason: reason(),
      ...(note().trim() ? { residentNote: note() } : {}),
    };
    const checked = check(HideSchema, body);
    if (!checked.ok) return errors.show(plain(checked.issues));
    const answer = await props.decide(props.item, 'hide', checked.value as DecisionBody<'hide'>);
    if (answer.ok) {
      errors.clear();
      return props.onDone();
    }
    errors.show(answer.issues.length > 0 ? plain(answer.issues) : [{ path: '', message: answer.message }]);
  };

  return (
    <form
      class="hide-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary lines={errors.summary()} attempt={errors.attempt()} />
      <fieldset>
        <legend>Why it is not published (the resident is told this)</legend>
        <FieldError
          fieldId={`hide-category-${id}-${HIDE_CATEGORIES[0]}`}
          message={errors.messageFor('category')}
        />
        <For each={HIDE_CATEGORIES}>
          {(c) => (
            <label class="radio">
              <input
                type="radio"
                id={`hide-category-${id}-${c}`}
                name={`hide-category-${id}`}
                value={c}
                checked={category() === c}
                onChange={() => setCategory(c)}
              />
              {HIDE_CATEGORY_TEXT[c].officer}
            </label>
          )}
        </For>
      </fieldset>
      <label for={`hide-reason-${id}`}>Reason for hiding</label>
      <p class="hint" id={`hide-reason-${id}-hint`}>
        For staff only: the resident never sees it.
      </p>
      <FieldError fieldId={`hide-reason-${id}`} message={errors.messageFor('reason')} />
      <input
        id={`hide-reason-${id}`}
        type="text"
        value={reason()}
        {...errors.fieldProps('reason', `hide-reason-${id}-hint`)}
        onInput={(e) => setReason(e.currentTarget.value)}
      />
      <label for={`hide-note-${id}`}>Note for the resident (optional)</label>
      <p class="hint" id={`hide-note-${id}-hint`}>
        Shown on the device of the person who raised it. Do not include names, addresses, phone numbers or
        other personal details.
      </p>
      <FieldError fieldId={`hide-note-${id}`} message={errors.messageFor('residentNote')} />
      <CharacterCount
        id={`hide-note-${id}`}
        value={note()}
        limit={RESIDENT_NOTE_MAX}
        rows={2}
        invalid={errors.messageFor('residentNote') !== ''}
        describedBy={[`hide-note-${id}-hint`, errors.fieldProps('residentNote')['aria-describedby']]
          .filter(Boolean)
          .join(' ')}
        onInput={setNote}
      />
      <button type="submit" class="primary">
        Hide priority
      </button>
    </form>
  );
}
