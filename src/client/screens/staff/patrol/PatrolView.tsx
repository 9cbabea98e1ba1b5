// Patrol quick capture for PCSOs: one hand, few taps. The theme last used is already chosen,
// the place is the current location (or a ward when there is no fix), and a counter records
// how many residents in one street conversation raised the same thing.
import type { FieldIssue } from '../../../../domain/validation';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { FieldError } from '../../../ui/FieldError';
import { createFormErrors } from '../../../ui/field-errors';
import { focusSoon } from '../../../ui/focus';
import '../../../ui/buttons.css';
import { createResource, createSignal, For, Show } from 'solid-js';
import { RESIDENT_COUNT_MAX, RESPONDENT_TYPES, type RespondentType } from '../../../../domain/priority';
import { EMERGENCY } from '../../../../domain/taxonomy/help';
import { themeText } from '../../../i18n/theme-text';
import type { AppSession } from '../../../session';
import { readPatrolPrefs, rememberPatrolTheme } from '../../../store/patrol-prefs';
import { HelpSentence } from '../../../ui/HelpSentence';
import { PATROL_SAFETY_NOTE, RESPONDENT_LABELS } from '../../../ui/labels';
import { PersonalDetailsCheck } from '../../../ui/PersonalDetailsCheck';
import { ThemeSelect } from '../../../ui/ThemeSelect';
import { createCurrentLocation } from '../../../watch-location';

export interface Recorder {
  readonly id: string;
  readonly displayName: string;
}

export function PatrolView(props: { session: AppSession; recorder: Recorder }) {
  const location = createCurrentLocation();
  const [prefs, { mutate }] = createResource(readPatrolPrefs);
  const [theme, setTheme] = createSignal('');
  const [count, setCount] = createSignal(1);
  const [who, setWho] = createSignal<RespondentType>('lives');
  const [ward, setWard] = createSignal('');
  const [note, setNote] = createSignal('');
  const [message, setMessage] = createSignal('');
  const errors = createFormErrors({
    themeKey: 'patrol-theme',
    place: 'patrol-ward',
    description: 'patrol-note',
  });
  let confirmation: HTMLParagraphElement | undefined;
  let fewer: HTMLButtonElement | undefined;
  let more: HTMLButtonElement | undefined;
  /** The − or + button is disabled at its limit, which would drop focus: the other one takes it. */
  const step = (by: number) => {
    const next = count() + by;
    setCount(next);
    if (next <= 1) focusSoon(() => more);
    if (next >= RESIDENT_COUNT_MAX) focusSoon(() => fewer);
  };
  const chosenTheme = () => theme() || prefs()?.lastTheme || '';
  const fix = () => {
    const l = location();
    return 'ok' in l && l.ok ? l : undefined;
  };
  const wards = () =>
    [...(props.session.boundaries()?.features ?? [])]
      .map((f) => f.properties)
      .sort((a, b) => a.name.localeCompare(b.name));

  async function save() {
    const themeKey = chosenTheme();
    const here = fix();
    const missing: FieldIssue[] = [];
    if (!themeKey) missing.push({ path: 'themeKey', message: 'Choose a theme.' });
    if (!here && !ward()) missing.push({ path: 'place', message: 'No location yet: choose a ward.' });
    errors.show(missing);
    setMessage('');
    if (missing.length > 0) return;
    const result = await props.session.save({
      themeKey,
      place: ward()
        ? { kind: 'area-unit', areaCode: ward() }
        : {
            kind: 'point',
            geometry: { type: 'Point', coordinates: [here!.lon, here!.lat] },
            accuracyM: here!.accuracyM,
          },
      description: note(),
      when: { timesOfDay: [], days: [] },
      respondentType: who(),
      channel: 'patrol',
      recordedBy: props.recorder.id,
      residentCount: count(),
    });
    if (!result.ok) return errors.show(result.issues);
    errors.clear();
    mutate(await rememberPatrolTheme(themeKey));
    setMessage(
      `Saved: ${themeText(themeKey)}, ${count()} ${count() === 1 ? 'resident' : 'residents'}. Ready for the next.`,
    );
    setCount(1);
    setNote('');
    setTheme('');
    focusSoon(() => confirmation);
  }

  return (
    <section aria-labelledby="patrol-heading" class="patrol">
      <h2 id="patrol-heading">Patrol: record for residents</h2>
      <ErrorSummary lines={errors.summary()} attempt={errors.attempt()} />
      <p class="hint">
        Recording as {props.recorder.displayName}.{' '}
        <HelpSentence text={PATROL_SAFETY_NOTE} contacts={[EMERGENCY]} />
      </p>
      <p class="status" role="status" aria-live="polite">
        {(() => {
          const l = location();
          if (!('ok' in l)) return 'Finding your location…';
          return l.ok ? `Using your location (to within ${l.accuracyM} m).` : l.message;
        })()}
      </p>

      <fieldset>
        <legend>What did they raise?</legend>
        <div class="patrol-themes">
          <For each={prefs()?.recentThemes ?? []}>
            {(key) => (
              <button
                type="button"
                class="secondary theme-button"
                aria-pressed={chosenTheme() === key}
                onClick={() => setTheme(key)}
              >
                {themeText(key)}
              </button>
            )}
          </For>
        </div>
        <label for="patrol-theme">Theme</label>
        <FieldError fieldId="patrol-theme" message={errors.messageFor('themeKey')} />
        <ThemeSelect
          id="patrol-theme"
          value={chosenTheme()}
          invalid={errors.messageFor('themeKey') !== ''}
          describedBy={errors.fieldProps('themeKey')['aria-describedby']}
          onChange={setTheme}
        />
      </fieldset>

      <fieldset class="counter">
        <legend>Residents raising this</legend>
        <button
          type="button"
          class="secondary square"
          aria-label="One fewer resident"
          ref={fewer}
          disabled={count() <= 1}
          onClick={() => step(-1)}
        >
          −
        </button>
        <output aria-live="polite">{count()}</output>
        <button
          type="button"
          class="secondary square"
          aria-label="One more resident"
          ref={more}
          disabled={count() >= RESIDENT_COUNT_MAX}
          onClick={() => step(1)}
        >
          +
        </button>
      </fieldset>

      <fieldset>
        <legend>They</legend>
        <div class="chips">
          <For each={RESPONDENT_TYPES}>
            {(r) => (
              <label class="chip">
                <input type="radio" name="patrol-who" checked={who() === r} onChange={() => setWho(r)} />
                {RESPONDENT_LABELS[r].replace('I ', '')}
              </label>
            )}
          </For>
        </div>
      </fieldset>

      <Show when={!fix()}>
        <label for="patrol-ward">Ward</label>
        <FieldError fieldId="patrol-ward" message={errors.messageFor('place')} />
        <select
          id="patrol-ward"
          value={ward()}
          {...errors.fieldProps('place')}
          onChange={(e) => setWard(e.currentTarget.value)}
        >
          <option value="">Choose a ward</option>
          <For each={wards()}>{(w) => <option value={w.code}>{w.name}</option>}</For>
        </select>
      </Show>

      <label for="patrol-note">Note (optional)</label>
      <FieldError fieldId="patrol-note" message={errors.messageFor('description')} />
      <input
        id="patrol-note"
        type="text"
        maxLength={200}
        value={note()}
        {...errors.fieldProps('description')}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <PersonalDetailsCheck id="patrol-note-details" text={note()} onChange={setNote} />

      <button type="button" class="primary patrol-save" onClick={save}>
        Save for {count()} {count() === 1 ? 'resident' : 'residents'}
      </button>
      <p class="saved" role="status" aria-live="polite" tabindex="-1" ref={confirmation}>
        {message()}
      </p>
    </section>
  );
}
