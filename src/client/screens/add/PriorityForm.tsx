// The short form: theme, description, when it happens, and who is saying it.
import { For, Show } from 'solid-js';
import type { Equality } from '../../../domain/equality';
import {
  DAYS_OF_WEEK,
  DESCRIPTION_MAX,
  RESPONDENT_TYPES,
  type RespondentType,
  TIMES_OF_DAY,
} from '../../../domain/priority';
import { findTheme } from '../../../domain/taxonomy/themes';
import { t } from '../../i18n/i18n';
import { CharacterCount } from '../../ui/CharacterCount';
import { FieldError } from '../../ui/FieldError';
import type { FormErrors } from '../../ui/field-errors';
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

/** Where each problem is fixed: issue path to the control's id, in the order of the screen. */
export const PRIORITY_FIELDS = {
  place: 'ward-select',
  themeKey: 'theme',
  description: 'description',
  respondentType: `respondent-${RESPONDENT_TYPES[0]}`,
} as const;

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
  errors: FormErrors;
  onChange: (values: FormValues) => void;
  onSubmit: () => void;
  busy: boolean;
}) {
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    props.onChange({ ...props.values, [key]: value });
  const errors = () => props.errors;
  const theme = () => findTheme(props.values.themeKey);

  return (
    <form
      class="priority-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <label for="theme">{t('form.theme')}</label>
      <FieldError fieldId="theme" message={errors().messageFor('themeKey')} />
      <ThemeSelect
        id="theme"
        value={props.values.themeKey}
        invalid={errors().messageFor('themeKey') !== ''}
        describedBy={errors().fieldProps('themeKey')['aria-describedby']}
        onChange={(key) => set('themeKey', key)}
      />
      <Show when={theme()?.sensitive}>
        <SensitiveSignpost />
      </Show>

      <label for="description">{t('form.description')}</label>
      <p id="description-hint" class="hint">
        {t('form.descriptionHint')}
      </p>
      <FieldError fieldId="description" message={errors().messageFor('description')} />
      <CharacterCount
        id="description"
        value={props.values.description}
        limit={DESCRIPTION_MAX}
        invalid={errors().messageFor('description') !== ''}
        describedBy={
          errors().fieldProps('description', 'description-hint', 'description-details')['aria-describedby']
        }
        onInput={(text) => set('description', text)}
      />
      <PersonalDetailsCheck
        id="description-details"
        text={props.values.description}
        onChange={(text) => set('description', text)}
      />

      <fieldset>
        <legend>{t('form.when')}</legend>
        <div class="chips">
          <For each={TIMES_OF_DAY}>
            {(time) => (
              <label class="chip">
                <input
                  type="checkbox"
                  checked={props.values.timesOfDay.includes(time)}
                  onChange={(e) =>
                    set('timesOfDay', toggle(props.values.timesOfDay, time, e.currentTarget.checked))
                  }
                />
                {TIME_OF_DAY_LABELS[time]}
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

      <fieldset aria-describedby={errors().fieldProps('respondentType')['aria-describedby']}>
        <legend>{t('form.who')}</legend>
        <FieldError
          fieldId={PRIORITY_FIELDS.respondentType}
          message={errors().messageFor('respondentType')}
        />
        <For each={RESPONDENT_TYPES}>
          {(r) => (
            <label class="radio">
              <input
                id={`respondent-${r}`}
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
      </fieldset>

      <EqualityQuestions value={props.values.equality} onChange={(e) => set('equality', e)} />

      <button type="submit" class="primary" disabled={props.busy}>
        {t('form.save')}
      </button>
    </form>
  );
}
