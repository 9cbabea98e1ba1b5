// The results for a projector: full screen where the browser allows it (the Fullscreen API),
// otherwise over the whole window; only the results, large on black, with a way out. Esc (which
// the browser uses to leave full screen) closes it too.
import { createSignal, onCleanup, Show } from 'solid-js';
import type { MeetingState } from '../../store/meetings-live';
import { ResultsView } from './ResultsView';

export function ProjectorButton(props: { state: MeetingState }) {
  const [open, setOpen] = createSignal(false);
  let opener!: HTMLButtonElement;
  let view: HTMLDivElement | undefined;

  function close() {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    setOpen(false);
    opener.focus();
  }
  // Leaving full screen by the browser's own means (Esc, a gesture) closes the view as well.
  const onFullscreen = () => {
    if (open() && !document.fullscreenElement) close();
  };
  document.addEventListener('fullscreenchange', onFullscreen);
  onCleanup(() => {
    document.removeEventListener('fullscreenchange', onFullscreen);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  });

  return (
    <>
      <button
        ref={opener}
        type="button"
        class="secondary"
        onClick={() => {
          setOpen(true);
          // Still inside the tap, as the Fullscreen API requires; refused or missing, the view covers the window.
          void view?.requestFullscreen?.().catch(() => undefined);
          view?.querySelector<HTMLButtonElement>('.projector-close')?.focus();
        }}
      >
        Large view for a projector
      </button>
      <Show when={open()}>
        <div
          ref={view}
          class="projector-view"
          role="dialog"
          aria-modal="true"
          aria-label="Results for the projector"
          onKeyDown={(e) => e.key === 'Escape' && close()}
        >
          <button type="button" class="projector-close" onClick={close}>
            Leave the large view
          </button>
          <ResultsView state={props.state} projector={true} />
        </div>
      </Show>
    </>
  );
}
