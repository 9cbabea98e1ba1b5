// Says which ward (and police neighbourhood, where the store holds them) the chosen pin is in,
// and answers "Which ward am I in?" from the device's location, both from the cached boundaries:
// it works offline and sends nothing anywhere. The non-map path to what the boundaries show.
import { createSignal, Show } from 'solid-js';
import { locateOnce } from '../../geolocate';
import { wardAt } from '../../map/ward-lookup';
import type { NeighbourhoodCollection, WardCollection } from '../../sync/reference-data';
import type { MapPoint } from '../../ui/MapPanel';

export function WhichWard(props: {
  wards: WardCollection | undefined;
  neighbourhoods?: NeighbourhoodCollection | undefined;
  point: MapPoint | undefined;
}) {
  const [answer, setAnswer] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  /** ", in the X police neighbourhood" when the point is in one of the CSP's neighbourhoods. */
  const neighbourhoodOf = (lon: number, lat: number) => {
    const n = props.neighbourhoods?.features.length ? wardAt(props.neighbourhoods, lon, lat) : null;
    return n ? `, in the ${n.name} police neighbourhood` : '';
  };
  const pinWard = () => {
    const p = props.point;
    if (!p || !props.wards) return '';
    const ward = wardAt(props.wards, p.lon, p.lat);
    return ward
      ? `The pin is in ${ward.name} ward${neighbourhoodOf(p.lon, p.lat)}.`
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
        ? `You are in ${ward.name} ward${neighbourhoodOf(fix.lon, fix.lat)}${fix.accuracyM > 250 ? ` (your location is only known to within ${fix.accuracyM} m)` : ''}.`
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
