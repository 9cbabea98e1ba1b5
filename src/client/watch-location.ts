// The current location, kept fresh while a screen needs it (patrol quick capture): a signal
// of the latest fix or of why there is none, and the watch cleared with the screen.
import { type Accessor, createSignal, onCleanup } from 'solid-js';
import type { Fix } from './geolocate';

export type LocationState = { kind: 'waiting' } | Fix;

export function createCurrentLocation(): Accessor<LocationState> {
  const [state, setState] = createSignal<LocationState>({ kind: 'waiting' } as LocationState);
  if (!('geolocation' in navigator)) {
    setState({ ok: false, message: 'This device cannot share its location: choose a ward instead.' });
    return state;
  }
  const id = navigator.geolocation.watchPosition(
    (p) =>
      setState({
        ok: true,
        lon: Math.round(p.coords.longitude * 1e6) / 1e6,
        lat: Math.round(p.coords.latitude * 1e6) / 1e6,
        accuracyM: Math.round(p.coords.accuracy),
      }),
    (error) =>
      setState({
        ok: false,
        message:
          error.code === error.PERMISSION_DENIED
            ? 'Location permission was refused: choose a ward instead, or allow location in the browser settings.'
            : 'No location fix yet: choose a ward instead, or wait for a signal.',
      }),
    { enableHighAccuracy: true, maximumAge: 10_000, timeout: 30_000 },
  );
  onCleanup(() => navigator.geolocation.clearWatch(id));
  return state;
}
