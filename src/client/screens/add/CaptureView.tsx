// "Add a priority": say where (map pin, my location, a drawn area or a ward), fill the short
// form, save on the device. The whole form is a draft saved as the person types.
import type L from 'leaflet';
import { createSignal, lazy, onCleanup, onMount, Show } from 'solid-js';
import type { Place } from '../../../domain/priority';
import { DESCRIPTION_MAX } from '../../../domain/priority';
import { DEFAULT_ME_TOO_RADIUS_METRES } from '../../../domain/public';
import { EMERGENCY, NON_EMERGENCY } from '../../../domain/taxonomy/help';
import type { FieldIssue } from '../../../domain/validation';
import { t } from '../../i18n/i18n';
import type { AppSession } from '../../session';
import { loadDraft, makeDraftWriter } from '../../store/drafts';
import { tooLongMessage } from '../../ui/CharacterCount';
import { formatDateTime } from '../../ui/dates';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { createFormErrors } from '../../ui/field-errors';
import { focusSoon } from '../../ui/focus';
import { HelpSentence } from '../../ui/HelpSentence';
import type { MapPoint } from '../../ui/MapPanel';
import { OnDemand } from '../../ui/OnDemand';
import { PlacePicker, placeFromPoint } from '../../ui/PlacePicker';
import { WhatHappensNext } from '../../ui/WhatHappensNext';
import { emptyForm, type FormValues, PRIORITY_FIELDS, PriorityForm } from './PriorityForm';
import './capture.css';

// The map (Leaflet, ~40 KB gzip) arrives just after the form, so the form can be read and filled
// before it; the service worker precaches it, so it opens offline as quickly as the shell.
const MapPanel = lazy(() => import('../../ui/MapPanel').then((m) => ({ default: m.MapPanel })));
const AreaDrawer = lazy(() => import('../../ui/AreaDrawer').then((m) => ({ default: m.AreaDrawer })));
// On demand (and precached for offline): the shell's gzip budget has no room for it.
const WhichWard = lazy(() => import('./WhichWard').then((m) => ({ default: m.WhichWard })));

interface CaptureDraft {
  values: FormValues;
  place?: Place;
  point?: MapPoint;
}

const NearbyOffers = lazy(() => import('./NearbyOffers'));

function missingFields(values: FormValues, place: Place | undefined): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!place)
    issues.push({
      path: 'place',
      message: t('capture.sayWhere'),
    });
  if (!values.themeKey) issues.push({ path: 'themeKey', message: t('capture.chooseTheme') });
  if (values.description.length > DESCRIPTION_MAX)
    issues.push({ path: 'description', message: tooLongMessage(DESCRIPTION_MAX) });
  if (!values.respondentType) issues.push({ path: 'respondentType', message: t('capture.chooseWho') });
  return issues;
}

const isEmpty = (d: CaptureDraft) => !d.place && JSON.stringify(d.values) === JSON.stringify(emptyForm());

export function CaptureView(props: { session: AppSession; onSaved: () => void }) {
  const [point, setPoint] = createSignal<MapPoint>();
  const [place, setPlace] = createSignal<Place>();
  const [values, setValues] = createSignal<FormValues>(emptyForm());
  const errors = createFormErrors(PRIORITY_FIELDS);
  let confirmation: HTMLDivElement | undefined;
  const [busy, setBusy] = createSignal(false);
  const [saved, setSaved] = createSignal('');
  const [draftNote, setDraftNote] = createSignal('');
  const [leaflet, setLeaflet] = createSignal<L.Map>();
  const [drawing, setDrawing] = createSignal(false);

  const drafts = makeDraftWriter<CaptureDraft>();
  onCleanup(() => drafts.dispose());
  let restored = false;
  onMount(async () => {
    const held = await loadDraft<CaptureDraft>();
    if (held && !isEmpty(held.value) && isEmpty({ values: values(), place: place() })) {
      setValues({ ...emptyForm(), ...held.value.values });
      setPlace(held.value.place);
      setPoint(held.value.point);
      setDraftNote(`Your unfinished priority from ${formatDateTime(held.savedAt)} is back.`);
    }
    restored = true;
  });
  const remember = () => {
    if (!restored) return;
    const draft: CaptureDraft = { values: values(), place: place(), point: point() };
    drafts.save(isEmpty(draft) ? undefined : draft);
  };

  const pick = (p: MapPoint) => {
    if (drawing()) return;
    setPoint(p);
    setPlace(placeFromPoint(p));
    setSaved('');
    remember();
  };
  const choosePlace = (p: Place | undefined) => {
    setPoint(undefined);
    setPlace(p);
    remember();
  };
  const change = (next: FormValues) => {
    setValues(next);
    remember();
  };

  async function submit() {
    const v = values();
    const missing = missingFields(v, place());
    errors.show(missing);
    const where = place();
    if (missing.length > 0 || !where) return;
    setBusy(true);
    const result = await props.session.save({
      themeKey: v.themeKey,
      place: where,
      description: v.description,
      when: { timesOfDay: v.timesOfDay as never, days: v.days as never },
      respondentType: v.respondentType,
      equality: v.equality,
    });
    setBusy(false);
    if (!result.ok) return errors.show(result.issues);
    errors.clear();
    setValues(emptyForm());
    setPoint(undefined);
    setPlace(undefined);
    setDraftNote('');
    drafts.save(undefined);
    setSaved(props.session.online() ? t('capture.savedSending') : t('capture.savedOffline'));
    focusSoon(() => confirmation);
    props.onSaved();
  }

  return (
    <section aria-labelledby="capture-heading" class="capture">
      <h2 id="capture-heading">{t('title.add')}</h2>
      <ErrorSummary lines={errors.summary()} attempt={errors.attempt()} />
      <p class="safety-note">
        <HelpSentence text={t('capture.safetyNote')} contacts={[EMERGENCY, NON_EMERGENCY]} />
      </p>
      <p class="hint">{t('capture.hint')}</p>
      <Show when={draftNote()}>
        <p class="draft-note" role="status">
          {draftNote()}
        </p>
      </Show>
      <Show when={props.session.config()} fallback={<p role="status">{t('capture.loadingMap')}</p>}>
        {(config) => (
          <OnDemand
            loading={
              <div class="map map-loading">
                <p role="status">{t('capture.loadingMap')}</p>
              </div>
            }
            missing={<p class="signpost">{t('capture.mapMissing')}</p>}
          >
            <MapPanel
              config={config()}
              csp={props.session.csp()}
              wards={props.session.boundaries()}
              neighbourhoods={props.session.neighbourhoods()}
              point={point()}
              onPick={pick}
              onMap={setLeaflet}
            />
          </OnDemand>
        )}
      </Show>
      <OnDemand>
        <AreaDrawer map={leaflet()} place={place()} onPlace={choosePlace} onDrawing={setDrawing} />
      </OnDemand>
      <PlacePicker
        wards={props.session.boundaries()}
        neighbourhoods={props.session.neighbourhoods()}
        place={place()}
        onPoint={pick}
        onPlace={choosePlace}
        error={errors.messageFor('place')}
      />
      <OnDemand>
        <WhichWard
          wards={props.session.boundaries()}
          neighbourhoods={props.session.neighbourhoods()}
          point={point()}
        />
      </OnDemand>
      <OnDemand>
        <NearbyOffers
          place={place()}
          themeKey={values().themeKey}
          radiusMetres={props.session.config()?.meTooRadiusMetres ?? DEFAULT_ME_TOO_RADIUS_METRES}
        />
      </OnDemand>
      <PriorityForm values={values()} errors={errors} onChange={change} onSubmit={submit} busy={busy()} />
      <Show when={saved()}>
        <div
          class="confirmation"
          role="status"
          tabindex="-1"
          aria-labelledby="saved-heading"
          ref={confirmation}
        >
          <h3 id="saved-heading">{t('capture.saved')}</h3>
          <p class="saved">{saved()}</p>
          <h4>{t('capture.whatNext')}</h4>
          <WhatHappensNext csp={props.session.csp()} where="saved" />
        </div>
      </Show>
    </section>
  );
}
