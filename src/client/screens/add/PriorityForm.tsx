// The short form: theme, description, when it happens, and who is saying it.
import { createSignal, For, Show } from 'solid-js';
import type { Equality } from '../../../domain/equality';
import {
  DAYS_OF_WEEK,
  DESCRIPTION_MAX,
  RESPONDENT_TYPES,
  type RespondentType,
  TIMES_OF_DAY,
} from '../../../domain/priority';
import { findTheme } from '../../../domain/taxonomy/themes';
import type { FieldIssue } from '../../../domain/validation';
import { SensitiveSignpost } from '../../ui/HelpContacts';
import { DAY_LABELS, RESPONDENT_LABELS, TIME_OF_DAY_LABELS } from '../../ui/labels';
import { PersonalDetailsCheck } from '../../ui/PersonalDetailsCheck';
import { ThemeSelect } from '../../ui/ThemeSelect';
import { EqualityQuestions } from './EqualityQuestions';

export interface FormValues {
  themeKey: string;
  description: string;
  timesOfDay: string[];
  days: string[];
  respondentType: RespondentType | '';
  equality?: Equality;
}

export const emptyForm = (): FormValues => ({
  themeKey: '',
  description: '',
  timesOfDay: [],
  days: [],
  respondentType: '',
});

const toggle = (list: string[], value: string, on: boolean) =>
  on ? [...new Set([...list, value])] : list.filter((v) => v !== value);

export function PriorityForm(props: {
  values: FormValues;
  issues: readonly FieldIssue[];
  onChange: (values: FormValues) => void;
  onSubmit: () => void;
  busy: boolean;
}) {
  const [touched, setTouched] = createSignal(false);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    props.onChange({ ...props.values, [key]: value });
  const issueFor = (field: string) =>
    props.issues.find((i) => i.path === field || i.path.startsWith(`${field}.`));
  const theme = () => findTheme(props.values.themeKey);

  return (
    <form
      class="priority-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        props.onSubmit();
      }}
    >
      <label for="theme">What should be prioritised?</label>
      <ThemeSelect
        id="theme"
        value={props.values.themeKey}
        invalid={touched() && !!issueFor('themeKey')}
        describedBy="theme-error"
        onChange={(key) => set('themeKey', key)}
      />
      <FieldError id="theme-error" issue={issueFor('themeKey')} />
      <Show when={theme()?.sensitive}>
        <SensitiveSignpost />
      </Show>

      <label for="description">Describe it briefly (optional)</label>
      <textarea
        id="description"
        rows={3}
        maxLength={DESCRIPTION_MAX}
        value={props.values.description}
        aria-describedby="description-count description-details description-error"
        onInput={(e) => set('description', e.currentTarget.value)}
      />
      <p id="description-count" class="hint">
        {props.values.description.length} of {DESCRIPTION_MAX} characters. Please leave out names and personal
        details.
      </p>
      <PersonalDetailsCheck
        id="description-details"
        text={props.values.description}
        onChange={(text) => set('description', text)}
      />
      <FieldError id="description-error" issue={issueFor('description')} />

      <fieldset>
        <legend>When does it happen? (optional)</legend>
        <div class="chips">
          <For each={TIMES_OF_DAY}>
            {(t) => (
              <label class="chip">
                <input
                  type="checkbox"
                  checked={props.values.timesOfDay.includes(t)}
                  onChange={(e) =>
                    set('timesOfDay', toggle(props.values.timesOfDay, t, e.currentTarget.checked))
                  }
                />
                {TIME_OF_DAY_LABELS[t]}
              </label>
            )}
          </For>
        </div>
        <div class="chips">
          <For each={DAYS_OF_WEEK}>
            {(d) => (
              <label class="chip">
                <input
                  type="checkbox"
                  checked={props.values.days.includes(d)}
                  onChange={(e) => set('days', toggle(props.values.days, d, e.currentTarget.checked))}
                />
                {DAY_LABELS[d]}
              </label>
            )}
          </For>
        </div>
      </fieldset>

      <fieldset aria-describedby="respondent-error">
        <legend>Which describes you?</legend>
        <For each={RESPONDENT_TYPES}>
          {(r) => (
            <label class="radio">
              <input
                type="radio"
                name="respondent"
                value={r}
                checked={props.values.respondentType === r}
                onChange={() => set('respondentType', r)}
              />
              {RESPONDENT_LABELS[r]}
            </label>
          )}
        </For>
        <FieldError id="respondent-error" issue={issueFor('respondentType')} />
      </fieldset>

      <EqualityQuestions value={props.values.equality} onChange={(e) => set('equality', e)} />

      <FieldError id="place-error" issue={issueFor('place')} />
      <button type="submit" class="primary" disabled={props.busy}>
        Save priority
      </button>
    </form>
  );
}

function FieldError(props: { id: string; issue: FieldIssue | undefined }) {
  return (
    <p id={props.id} class="error" role={props.issue ? 'alert' : undefined}>
      {props.issue?.message ?? ''}
    </p>
  );
}
