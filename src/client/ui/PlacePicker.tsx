// The ways to say where: tap the map, use my location, or choose a ward (or police
// neighbourhood) with no pin (the accessible path and the privacy-preserving one).
import { createSignal, lazy, Suspense } from 'solid-js';
import type { Place } from '../../domain/priority';
import { locateOnce, POOR_ACCURACY_M } from '../geolocate';
import type { NeighbourhoodCollection, WardCollection } from '../sync/reference-data';
import type { MapPoint } from './MapPanel';

const NoPinPicker = lazy(() => import('./NoPinPicker'));

export function placeFromPoint(point: MapPoint): Place {
  return {
    kind: 'point',
    geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
    ...(point.accuracyM !== undefined ? { accuracyM: point.accuracyM } : {}),
  };
}

export function PlacePicker(props: {
  wards: WardCollection | undefined;
  /** Offered beside the wards when given (the capture screen); meetings stay with wards. */
  neighbourhoods?: NeighbourhoodCollection | undefined;
  place: Place | undefined;
  onPoint: (point: MapPoint) => void;
  onPlace: (place: Place | undefined) => void;
  /** Why the place will not do, shown beside the ward list (the field the error summary links to). */
  error?: string;
}) {
  const [message, setMessage] = createSignal('');
  const [locating, setLocating] = createSignal(false);

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

  return (
    <div class="place-picker">
      <button type="button" class="secondary" onClick={useMyLocation} disabled={locating()}>
        Use my location
      </button>
      <p class="status" role="status" aria-live="polite">
        {message()}
      </p>
      <Suspense>
        <NoPinPicker
          wards={props.wards}
          neighbourhoods={props.neighbourhoods}
          place={props.place}
          onPlace={props.onPlace}
          error={props.error ?? ''}
        />
      </Suspense>
    </div>
  );
}
