// Says which ward the chosen pin is in, and answers "Which ward am I in?" from the device's
// location, both from the cached boundaries: it works offline and sends nothing anywhere.
import { createSignal, Show } from 'solid-js';
import { locateOnce } from '../geolocate';
import { wardAt } from '../map/ward-lookup';
import type { WardCollection } from '../sync/reference-data';
import type { MapPoint } from './MapPanel';

export function WhichWard(props: { wards: WardCollection | undefined; point: MapPoint | undefined }) {
  const [answer, setAnswer] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const pinWard = () => {
    const p = props.point;
    if (!p || !props.wards) return '';
    const ward = wardAt(props.wards, p.lon, p.lat);
    return ward
      ? `The pin is in ${ward.name} ward.`
      : 'The pin is outside this area’s wards. It will still be sent, and checked by the team.';
  };

  async function whereAmI() {
    setBusy(true);
    setAnswer('Finding your location…');
    const fix = await locateOnce();
    setBusy(false);
    if (!fix.ok) return setAnswer(fix.message);
    const ward = wardAt(props.wards, fix.lon, fix.lat);
    setAnswer(
      ward
        ? `You are in ${ward.name} ward${fix.accuracyM > 250 ? ` (your location is only known to within ${fix.accuracyM} m)` : ''}.`
        : 'You are not in any of this area’s wards.',
    );
  }

  return (
    <div class="which-ward">
      <p class="status" role="status" aria-live="polite">
        {pinWard()}
      </p>
      <Show when={props.wards}>
        <button type="button" class="secondary" onClick={whereAmI} disabled={busy()}>
          Which ward am I in?
        </button>
        <p class="status" role="status" aria-live="polite">
          {answer()}
        </p>
      </Show>
    </div>
  );
}
