// The ways to say where: tap the map, use my location, or choose a ward with no pin
// (the accessible path and the privacy-preserving one).
import { createSignal, For, Show } from 'solid-js';
import type { Place } from '../../domain/priority';
import { locateOnce, POOR_ACCURACY_M } from '../geolocate';
import type { WardCollection } from '../sync/reference-data';
import type { MapPoint } from './MapPanel';
import { PersonalDetailsCheck } from './PersonalDetailsCheck';

export function placeFromPoint(point: MapPoint): Place {
  return {
    kind: 'point',
    geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
    ...(point.accuracyM !== undefined ? { accuracyM: point.accuracyM } : {}),
  };
}

export function PlacePicker(props: {
  wards: WardCollection | undefined;
  place: Place | undefined;
  onPoint: (point: MapPoint) => void;
  onPlace: (place: Place | undefined) => void;
}) {
  const [message, setMessage] = createSignal('');
  const [locating, setLocating] = createSignal(false);
  const wardOptions = () =>
    [...(props.wards?.features ?? [])].map((f) => f.properties).sort((a, b) => a.name.localeCompare(b.name));
  const chosenWard = () => (props.place?.kind === 'area-unit' ? props.place.areaCode : '');
  const landmark = () => (props.place?.kind === 'area-unit' ? (props.place.landmark ?? '') : '');

  async function useMyLocation() {
    setLocating(true);
    setMessage('Finding your location…');
    const fix = await locateOnce();
    setLocating(false);
    if (!fix.ok) return setMessage(fix.message);
    props.onPoint({ lon: fix.lon, lat: fix.lat, accuracyM: fix.accuracyM });
    setMessage(
      fix.accuracyM > POOR_ACCURACY_M
        ? `Location found, but only to within ${fix.accuracyM} m. Drag the pin to the right place if you can.`
        : `Location found (to within ${fix.accuracyM} m).`,
    );
  }

  function chooseWard(code: string) {
    props.onPlace(
      code
        ? { kind: 'area-unit', areaCode: code, ...(landmark() ? { landmark: landmark() } : {}) }
        : undefined,
    );
  }

  return (
    <div class="place-picker">
      <button type="button" class="secondary" onClick={useMyLocation} disabled={locating()}>
        Use my location
      </button>
      <p class="status" role="status" aria-live="polite">
        {message()}
      </p>
      <label for="ward-select">Or choose a ward instead of a pin</label>
      <select id="ward-select" value={chosenWard()} onChange={(e) => chooseWard(e.currentTarget.value)}>
        <option value="">No ward chosen</option>
        {/* selected per option: the ward list can arrive after a restored draft chose one */}
        <For each={wardOptions()}>
          {(ward) => (
            <option value={ward.code} selected={ward.code === chosenWard()}>
              {ward.name}
            </option>
          )}
        </For>
      </select>
      <Show when={props.place?.kind === 'area-unit'}>
        <label for="landmark">Street or landmark (optional)</label>
        <input
          id="landmark"
          type="text"
          maxLength={200}
          value={landmark()}
          aria-describedby="landmark-details"
          onInput={(e) =>
            props.onPlace({ kind: 'area-unit', areaCode: chosenWard(), landmark: e.currentTarget.value })
          }
        />
        <PersonalDetailsCheck
          id="landmark-details"
          text={landmark()}
          onChange={(text) => props.onPlace({ kind: 'area-unit', areaCode: chosenWard(), landmark: text })}
        />
      </Show>
    </div>
  );
}
