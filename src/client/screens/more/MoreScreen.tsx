// Route "/more": the destinations that do not need a place in the bottom bar.
import { Show } from 'solid-js';
import { useApp } from '../../frame/app-state';
import { PATHS } from '../../frame/paths';

export default function MoreScreen() {
  const { staff } = useApp();
  return (
    <section aria-labelledby="more-heading">
      <h2 id="more-heading">More</h2>
      <ul class="link-list">
        <li>
          <a href={PATHS.offlineMap}>Map for offline use</a>
          <p class="hint">Save the street map of your area on this device, for places with no signal.</p>
        </li>
        <li>
          <a href={PATHS.device}>This device</a>
          <p class="hint">What is waiting to send, a copy of your priorities, and clearing this device.</p>
        </li>
        <li>
          <a href={PATHS.staff}>
            <Show when={staff.staff()} fallback="Staff sign-in">
              Staff area
            </Show>
          </a>
          <p class="hint">
            For PCSOs, officers and analysts of the partnership: moderation, patrol, "you said, we did" and
            the strategic assessment.
          </p>
        </li>
        <li>
          <a href={PATHS.accessibility}>Accessibility statement</a>
          <p class="hint">How accessible this service is, and how to tell us about a problem.</p>
        </li>
      </ul>
    </section>
  );
}
