// Route "/priorities/:id": one published priority, on its own, to read, back and share.
import { useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { useApp } from '../../frame/app-state';
import { PATHS, shareUrl } from '../../frame/paths';
import { usePublicSet } from '../../public/public-set';
import { PublicPriorityCard } from './PublicPriorityCard';
import { ShareLink } from './ShareLink';
import './public-priorities.css';
import { themeText } from '../../i18n/theme-text';

export default function PublicPriorityScreen() {
  const { session } = useApp();
  const params = useParams<{ id: string }>();
  const set = usePublicSet();
  const priority = () => set.items().find((p) => p.id === params.id);

  return (
    <section class="public-one" aria-label="A priority in your area">
      <p>
        <a href={PATHS.area}>All priorities in your area</a>
      </p>
      <Show
        when={priority()}
        fallback={
          <>
            <h2>Priority not found</h2>
            <p>
              {set.fetchedAt() === undefined
                ? 'Published priorities have not reached this device yet: go online to see this one.'
                : 'This priority is not among the published ones for this area. It may have been combined with another, or no longer be shown. Check that the area at the top is the right one.'}
            </p>
          </>
        }
      >
        {(p) => (
          <>
            <PublicPriorityCard priority={p()} wards={session.boundaries()} headingLevel={2} />
            <ShareLink
              url={shareUrl(PATHS.publicOne(p().id), session.cspCode())}
              title={`${themeText(p().themeKey)}: a priority in your area`}
            />
          </>
        )}
      </Show>
    </section>
  );
}
