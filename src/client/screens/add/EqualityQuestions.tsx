// "About you": equality-monitoring questions shown only after the person agrees, each one
// skippable. The answers go to the store for totals only and are never shown publicly.
import { For, Show } from 'solid-js';
import {
  AGE_BANDS,
  DISABILITY,
  type Equality,
  ETHNIC_GROUPS,
  PREFER_NOT,
  SEXES,
} from '../../../domain/equality';

const LABELS: Record<string, string> = {
  'under-16': 'Under 16',
  '75+': '75 or over',
  female: 'Female',
  male: 'Male',
  'limited-a-lot': 'Yes, limited a lot',
  'limited-a-little': 'Yes, limited a little',
  'not-limited': 'No',
  asian: 'Asian, Asian British or Asian Welsh',
  black: 'Black, Black British, Black Welsh, Caribbean or African',
  mixed: 'Mixed or multiple ethnic groups',
  white: 'White',
  other: 'Another ethnic group',
  [PREFER_NOT]: 'Prefer not to say',
};
const label = (value: string) => LABELS[value] ?? value;

type Question = 'ageBand' | 'sex' | 'disability' | 'ethnicity';
const QUESTIONS: { key: Question; text: string; options: readonly string[] }[] = [
  { key: 'ageBand', text: 'Your age', options: AGE_BANDS },
  { key: 'sex', text: 'Your sex', options: SEXES },
  {
    key: 'disability',
    text: 'Are your day-to-day activities limited by a health problem or disability lasting 12 months or more?',
    options: DISABILITY,
  },
  { key: 'ethnicity', text: 'Your ethnic group', options: ETHNIC_GROUPS },
];

export function EqualityQuestions(props: {
  value: Equality | undefined;
  onChange: (value: Equality | undefined) => void;
}) {
  const answer = (key: Question, raw: string) => {
    const next: Record<string, unknown> = { ...props.value, consent: true };
    if (raw) next[key] = raw;
    else delete next[key];
    props.onChange(next as Equality);
  };
  return (
    <fieldset class="equality">
      <legend>About you (optional)</legend>
      <p class="hint">
        These questions help the partnership check it hears from everyone. Answers are only counted in totals
        and are never shown publicly. You can skip any of them.
      </p>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={props.value?.consent === true}
          onChange={(e) => props.onChange(e.currentTarget.checked ? { consent: true } : undefined)}
        />
        I agree to answer some questions about me
      </label>
      <Show when={props.value?.consent}>
        <For each={QUESTIONS}>
          {(q) => (
            <>
              <label for={`equality-${q.key}`}>{q.text}</label>
              <select
                id={`equality-${q.key}`}
                value={(props.value?.[q.key] as string | undefined) ?? ''}
                onChange={(e) => answer(q.key, e.currentTarget.value)}
              >
                <option value="">Skip this question</option>
                <For each={[...q.options, PREFER_NOT]}>{(o) => <option value={o}>{label(o)}</option>}</For>
              </select>
            </>
          )}
        </For>
      </Show>
    </fieldset>
  );
}
