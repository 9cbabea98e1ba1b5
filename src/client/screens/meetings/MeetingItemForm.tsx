// Adding a priority at the meeting (an attendee on the kiosk, or the chair for one raised
// aloud): theme, a few words, and where — the meeting's ward with no pin by default, another
// ward, a pin or an area drawn on the map (the capture screen's own pickers).
import type L from 'leaflet';
import { createSignal, For, Show } from 'solid-js';
import type { ItemSource } from '../../../domain/meeting';
import { DESCRIPTION_MAX, type Place, RESPONDENT_TYPES, type RespondentType } from '../../../domain/priority';
import type { FieldIssue } from '../../../domain/validation';
import { raise } from '../../meetings/actions';
import type { AppSession } from '../../session';
import type { LocalMeeting } from '../../store/meeting-types';
import { AreaDrawer } from '../../ui/AreaDrawer';
import { CharacterCount, tooLongMessage } from '../../ui/CharacterCount';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FieldError } from '../../ui/FieldError';
import { createFormErrors } from '../../ui/field-errors';
import { RESPONDENT_LABELS } from '../../ui/labels';
import { MapPanel, type MapPoint } from '../../ui/MapPanel';
import { PersonalDetailsCheck } from '../../ui/PersonalDetailsCheck';
import { PlacePicker, placeFromPoint } from '../../ui/PlacePicker';
import { ThemeSelect } from '../../ui/ThemeSelect';

export function MeetingItemForm(props: {
  session: AppSession;
  meeting: LocalMeeting;
  source: ItemSource;
  /** Prefilled text, e.g. a police.uk priority the chair puts to the vote. */
  initialDescription?: string;
  /** The police.uk agenda item being put to the vote (it goes on the ballot once only). */
  agendaIssue?: string;
  submitLabel: string;
  onDone: (added: boolean) => void;
}) {
  const wardPlace = (): Place => ({ kind: 'area-unit', areaCode: props.meeting.wardCode });
  const [themeKey, setThemeKey] = createSignal('');
  const [description, setDescription] = createSignal(props.initialDescription ?? '');
  const [place, setPlace] = createSignal<Place | undefined>(wardPlace());
  const [point, setPoint] = createSignal<MapPoint>();
  const [showMap, setShowMap] = createSignal(false);
  const [leaflet, setLeaflet] = createSignal<L.Map>();
  const [drawing, setDrawing] = createSignal(false);
  const [respondent, setRespondent] = createSignal<RespondentType>('lives');
  const errors = createFormErrors({
    themeKey: 'item-theme',
    description: 'item-description',
    place: 'ward-select',
    respondentType: `item-respondent-${RESPONDENT_TYPES[0]}`,
  });

  const pick = (p: MapPoint) => {
    // A tap while drawing is a corner of the area, not a pin.
    if (drawing()) return;
    setPoint(p);
    setPlace(placeFromPoint(p));
  };

  async function submit() {
    const where = place();
    const missing: FieldIssue[] = [];
    if (!themeKey()) missing.push({ path: 'themeKey', message: 'Choose a theme.' });
    if (description().length > DESCRIPTION_MAX)
      missing.push({ path: 'description', message: tooLongMessage(DESCRIPTION_MAX) });
    if (!where)
      missing.push({
        path: 'place',
        message: 'Say where: choose a ward, pin it or draw an area on the map.',
      });
    errors.show(missing);
    if (missing.length > 0 || !where) return;
    const saved = await raise(props.meeting, {
      themeKey: themeKey(),
      description: description(),
      place: where,
      respondentType: respondent(),
      source: props.source,
      ...(props.agendaIssue !== undefined ? { agendaIssue: props.agendaIssue } : {}),
    });
    if (!saved.ok) return errors.show(saved.issues);
    props.onDone(true);
  }

  return (
    <form
      class="meeting-item-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary lines={errors.summary()} attempt={errors.attempt()} />
      <label for="item-theme">What should be prioritised?</label>
      <FieldError fieldId="item-theme" message={errors.messageFor('themeKey')} />
      <ThemeSelect
        id="item-theme"
        value={themeKey()}
        invalid={errors.messageFor('themeKey') !== ''}
        describedBy={errors.fieldProps('themeKey')['aria-describedby']}
        onChange={setThemeKey}
      />
      <label for="item-description">Describe it briefly (optional)</label>
      <FieldError fieldId="item-description" message={errors.messageFor('description')} />
      <CharacterCount
        id="item-description"
        value={description()}
        limit={DESCRIPTION_MAX}
        invalid={errors.messageFor('description') !== ''}
        describedBy={errors.fieldProps('description', 'item-description-details')['aria-describedby']}
        onInput={setDescription}
      />
      <PersonalDetailsCheck id="item-description-details" text={description()} onChange={setDescription} />
      <p class="hint">
        Where? The meeting's ward is chosen; pick another ward, or pin it or draw an area on the map if you
        like.
      </p>
      <PlacePicker
        wards={props.session.boundaries()}
        place={place()}
        onPoint={pick}
        onPlace={(p) => {
          setPoint(undefined);
          setPlace(p);
        }}
        error={errors.messageFor('place')}
      />
      <button
        type="button"
        class="secondary"
        aria-expanded={showMap()}
        onClick={() => {
          if (showMap()) {
            setLeaflet(undefined);
            setDrawing(false);
          }
          setShowMap(!showMap());
        }}
      >
        {showMap() ? 'Hide the map' : 'Pin it or draw an area on the map'}
      </button>
      <Show when={showMap() && props.session.config()}>
        {(config) => (
          <MapPanel
            config={config()}
            csp={props.session.csp()}
            wards={props.session.boundaries()}
            neighbourhoods={props.session.neighbourhoods()}
            point={point()}
            onPick={pick}
            onMap={setLeaflet}
            homeWard={props.meeting.wardCode}
          />
        )}
      </Show>
      <Show when={showMap() && leaflet()}>
        {(map) => (
          <AreaDrawer
            map={map()}
            place={place()}
            onPlace={(p) => {
              setPoint(undefined);
              // Removing the area goes back to the meeting's ward, the default "no pin" answer.
              setPlace(p ?? wardPlace());
            }}
            onDrawing={setDrawing}
          />
        )}
      </Show>
      <fieldset>
        <legend>Which describes the person raising it?</legend>
        <For each={RESPONDENT_TYPES}>
          {(r) => (
            <label class="radio">
              <input
                id={`item-respondent-${r}`}
                type="radio"
                name="item-respondent"
                checked={respondent() === r}
                onChange={() => setRespondent(r)}
              />
              {RESPONDENT_LABELS[r]}
            </label>
          )}
        </For>
      </fieldset>
      <button type="submit" class="primary big">
        {props.submitLabel}
      </button>
      <button type="button" class="secondary" onClick={() => props.onDone(false)}>
        Cancel
      </button>
    </form>
  );
}
