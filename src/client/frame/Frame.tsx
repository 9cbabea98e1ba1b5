// The frame around every screen: skip link, a compact header (area and sync state), the
// screen, a footer with the accessibility statement, and the bar of destinations. The screen
// scrolls in its own box above the bar, so nothing ever sits under the bar.
import { type RouteSectionProps, useLocation, useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, For, on, Show } from 'solid-js';
import { lang, t } from '../i18n/i18n';
import { withLang } from '../i18n/languages';
import { turnLocked } from '../meetings/turn-lock';
import { useAppPath } from './app-location';
import { useApp } from './app-state';
import { BottomNav } from './BottomNav';
import { LanguageSwitch } from './LanguageSwitch';
import { PATHS, titleFor } from './paths';
import { SyncBadge } from './SyncBadge';
import { UpdateBanner } from './UpdateBanner';
import './frame.css';
import type { AppUpdate } from '../update';

export function Frame(props: RouteSectionProps & { update: AppUpdate }) {
  const app = useApp();
  const { session, staff } = app;
  const location = useLocation();
  const navigate = useNavigate();
  const path = useAppPath();
  const [search] = useSearchParams();
  let main!: HTMLElement;
  let scroller!: HTMLDivElement;

  // Every address carries the language: a link or a step written with an English path
  // (PATHS) is given the /cy prefix while the app is in Welsh, in place, without a new entry.
  createEffect(() => {
    const here = location.pathname;
    const wanted = withLang(here, lang());
    if (wanted !== here)
      navigate(`${wanted}${location.search}${location.hash}`, { replace: true, scroll: false });
  });
  createEffect(() => {
    document.title = titleFor(path());
  });
  // A new screen: say so (title), start at its top and put focus at the start of its content,
  // as a page load would. A change of query only (a detail opened) leaves focus to the screen.
  createEffect(
    on(
      path,
      () => {
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
        {t('frame.skipLink')}
      </a>
      <div class="app-scroll" ref={scroller}>
        <header class="app-header">
          <div class="app-bar">
            <h1 class="app-title">
              <Show when={!turnLocked()} fallback={t('app.name')}>
                <a href={withLang(PATHS.add, lang())}>{t('app.name')}</a>
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
                    <label for="csp">{t('frame.yourArea')}</label>
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
                  {t('frame.staffArea')}
                </a>
              </Show>
              <LanguageSwitch />
            </div>
          </Show>
          <UpdateBanner update={props.update} />
        </header>
        <main id="main" tabindex="-1" ref={main}>
          <Show when={staff.ended() && !path().startsWith(PATHS.staff)}>
            <p role="alert" class="signpost">
              {t('frame.staffSessionEnded')} <a href={PATHS.staff}>{t('frame.signInAgain')}</a>
            </p>
          </Show>
          <Show
            when={session.config() || session.config.loading}
            fallback={<p role="alert">{t('frame.needsConnection')}</p>}
          >
            {props.children}
          </Show>
        </main>
        <Show when={!turnLocked()}>
          <footer class="app-footer">
            <a href={PATHS.accessibility}>{t('frame.accessibilityStatement')}</a>
          </footer>
        </Show>
      </div>
      <Show when={!turnLocked()}>
        <BottomNav waiting={app.outbox().waiting} />
      </Show>
    </>
  );
}
