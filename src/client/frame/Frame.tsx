// The frame around every screen: skip link, a compact header (area and sync state), the
// screen, a footer with the accessibility statement, and the bar of destinations. The screen
// scrolls in its own box above the bar, so nothing ever sits under the bar.
import { type RouteSectionProps, useLocation, useSearchParams } from '@solidjs/router';
import { createEffect, For, on, Show } from 'solid-js';
import { turnLocked } from '../meetings/turn-lock';
import { useApp } from './app-state';
import { BottomNav } from './BottomNav';
import { PATHS, titleFor } from './paths';
import { SyncBadge } from './SyncBadge';
import { UpdateBanner } from './UpdateBanner';
import './frame.css';
import type { AppUpdate } from '../update';

export function Frame(props: RouteSectionProps & { update: AppUpdate }) {
  const app = useApp();
  const { session, staff } = app;
  const location = useLocation();
  const [search] = useSearchParams();
  let main!: HTMLElement;
  let scroller!: HTMLDivElement;

  document.title = titleFor(location.pathname);
  // A new screen: say so (title), start at its top and put focus at the start of its content,
  // as a page load would. A change of query only (a detail opened) leaves focus to the screen.
  createEffect(
    on(
      () => location.pathname,
      (path) => {
        document.title = titleFor(path);
        scroller.scrollTo(0, 0);
        window.scrollTo(0, 0);
        main.focus({ preventScroll: true });
      },
      { defer: true },
    ),
  );
  // A link made for an area (?csp=E22…) opens on that area, if this store serves it.
  createEffect(() => {
    const wanted = search.csp;
    const config = session.config();
    if (typeof wanted !== 'string' || !config || wanted === session.cspCode()) return;
    if (config.csps.some((c) => c.code === wanted)) void session.selectCsp(wanted);
  });

  return (
    <>
      <a
        class="skip-link"
        href="#main"
        on:click={(event) => {
          // Handled here, before the router sees it: focus moves to the content, the address stays.
          event.preventDefault();
          main.focus();
        }}
      >
        Skip to main content
      </a>
      <div class="app-scroll" ref={scroller}>
        <header class="app-header">
          <div class="app-bar">
            <h1 class="app-title">
              <Show when={!turnLocked()} fallback="Neighbourhood priorities">
                <a href={PATHS.add}>Neighbourhood priorities</a>
              </Show>
            </h1>
            <SyncBadge online={session.online()} status={session.syncStatus()} outbox={app.outbox()} />
          </div>
          {/* During a meeting attendee's turn the device shows only the turn (meetings/turn-lock.ts). */}
          <Show when={!turnLocked()}>
            <div class="csp-choice">
              <Show when={session.config()}>
                {(config) => (
                  <>
                    <label for="csp">Your area</label>
                    <select
                      id="csp"
                      value={session.cspCode() ?? ''}
                      onChange={(e) => void session.selectCsp(e.currentTarget.value)}
                    >
                      <For each={config().csps}>{(c) => <option value={c.code}>{c.name}</option>}</For>
                    </select>
                  </>
                )}
              </Show>
              <Show when={staff.staff()}>
                <a class="staff-link" href={PATHS.staff}>
                  Staff area
                </a>
              </Show>
            </div>
          </Show>
          <UpdateBanner update={props.update} />
        </header>
        <main id="main" tabindex="-1" ref={main}>
          <Show when={staff.ended() && !location.pathname.startsWith(PATHS.staff)}>
            <p role="alert" class="signpost">
              Your staff session has ended. <a href={PATHS.staff}>Sign in again</a>
            </p>
          </Show>
          <Show
            when={session.config() || session.config.loading}
            fallback={
              <p role="alert">
                The app needs to connect once to download your area. Please go online and reload.
              </p>
            }
          >
            {props.children}
          </Show>
        </main>
        <Show when={!turnLocked()}>
          <footer class="app-footer">
            <a href={PATHS.accessibility}>Accessibility statement</a>
          </footer>
        </Show>
      </div>
      <Show when={!turnLocked()}>
        <BottomNav waiting={app.outbox().waiting} />
      </Show>
    </>
  );
}
