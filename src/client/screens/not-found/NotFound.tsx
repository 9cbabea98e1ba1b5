// Any address the app does not have.
import { PATHS } from '../../frame/paths';

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-heading">
      <h2 id="not-found-heading">Page not found</h2>
      <p>If you typed the address, check it is correct. If you followed a link, it may be out of date.</p>
      <p>
        <a href={PATHS.add}>Add a priority</a> or <a href={PATHS.area}>see the priorities in your area</a>.
      </p>
    </section>
  );
}
