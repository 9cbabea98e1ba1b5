// On one of my priorities that moderation merged into another as the same concern: that it was
// combined, and (while the survivor is public) which priority it now counts for and that
// priority's "you said, we did", from what the device holds, so offline too. Loaded on demand.
import { Show } from 'solid-js';
import { PATHS } from '../../frame/paths';
import { themeText } from '../../i18n/theme-text';
import { createLiveQuery } from '../../store/live';
import { mergedInto } from '../../store/merged';
import { ResponseStatus } from '../../ui/ResponseStatus';

export default function MergedNote(props: { priorityId: string }) {
  const merged = createLiveQuery(() => mergedInto(props.priorityId), undefined);
  return (
    <div class="merged-note">
      <Show
        when={merged()}
        fallback={
          <p class="meta">
            Yours raised the same concern as another priority, so it counts there, with everyone who backed
            it.
          </p>
        }
      >
        {(m) => (
          <>
            <p class="meta">
              Yours raised the same concern as this one, so it counts there, with everyone who backed it:
            </p>
            <blockquote>
              <p>
                <strong>{themeText(m().survivor.themeKey)}</strong>
                <Show when={m().survivor.description}>: {m().survivor.description}</Show>
              </p>
            </blockquote>
            <p class="meta">
              <a href={PATHS.publicOne(m().survivor.priorityId)}>See the priority yours was combined with</a>
            </p>
            <ResponseStatus response={m().response} />
          </>
        )}
      </Show>
    </div>
  );
}
