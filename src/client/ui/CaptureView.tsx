// "Add a priority": say where (map, location or ward), fill the short form, save on the device.
import { createSignal, Show } from 'solid-js';
import type { Place } from '../../domain/priority';
import type { FieldIssue } from '../../domain/validation';
import type { AppSession } from '../session';
import { MapPanel, type MapPoint } from './MapPanel';
import { PlacePicker, placeFromPoint } from './PlacePicker';
import { emptyForm, type FormValues, PriorityForm } from './PriorityForm';
import './capture.css';

function missingFields(values: FormValues, place: Place | undefined): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!place)
    issues.push({ path: 'place', message: 'Say where: tap the map, use your location, or choose a ward.' });
  if (!values.themeKey) issues.push({ path: 'themeKey', message: 'Choose a theme.' });
  if (!values.respondentType) issues.push({ path: 'respondentType', message: 'Choose which describes you.' });
  return issues;
}

export function CaptureView(props: { session: AppSession; onSaved: () => void }) {
  const [point, setPoint] = createSignal<MapPoint>();
  const [place, setPlace] = createSignal<Place>();
  const [values, setValues] = createSignal<FormValues>(emptyForm());
  const [issues, setIssues] = createSignal<FieldIssue[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [saved, setSaved] = createSignal('');

  const pick = (p: MapPoint) => {
    setPoint(p);
    setPlace(placeFromPoint(p));
    setSaved('');
  };
  const choosePlace = (p: Place | undefined) => {
    setPoint(undefined);
    setPlace(p);
  };

  async function submit() {
    const v = values();
    const missing = missingFields(v, place());
    setIssues(missing);
    const where = place();
    if (missing.length > 0 || !where) return;
    setBusy(true);
    const result = await props.session.save({
      themeKey: v.themeKey,
      place: where,
      description: v.description,
      when: { timesOfDay: v.timesOfDay as never, days: v.days as never },
      respondentType: v.respondentType,
    });
    setBusy(false);
    if (!result.ok) return setIssues(result.issues);
    setValues(emptyForm());
    setPoint(undefined);
    setPlace(undefined);
    setSaved(
      props.session.online()
        ? 'Saved on this device and sending now.'
        : 'Saved on this device. It will be sent when you are back online.',
    );
    props.onSaved();
  }

  return (
    <section aria-labelledby="capture-heading" class="capture">
      <h2 id="capture-heading">Add a priority</h2>
      <p class="safety-note">
        Not for emergencies: call 999. For non-emergencies call 101. Nothing here is seen by the police
        straight away.
      </p>
      <p class="hint">Tap the map where the problem is, use your location, or choose a ward.</p>
      <Show when={props.session.config()} fallback={<p role="status">Loading the map…</p>}>
        {(config) => (
          <MapPanel
            config={config()}
            csp={props.session.csp()}
            wards={props.session.boundaries()}
            point={point()}
            onPick={pick}
          />
        )}
      </Show>
      <p class="status" role="status" aria-live="polite">
        {point() ? `Pin placed at ${point()?.lat.toFixed(5)}, ${point()?.lon.toFixed(5)}.` : ''}
      </p>
      <PlacePicker wards={props.session.boundaries()} place={place()} onPoint={pick} onPlace={choosePlace} />
      <PriorityForm
        values={values()}
        issues={issues()}
        onChange={setValues}
        onSubmit={submit}
        busy={busy()}
      />
      <p class="saved" role="status" aria-live="polite">
        {saved()}
      </p>
    </section>
  );
}
