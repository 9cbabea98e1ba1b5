// The app: the state every screen shares, the router, and the frame around each screen.
import { Router } from '@solidjs/router';
import { createEffect, ErrorBoundary, on, onMount, Suspense } from 'solid-js';
import { t } from '../i18n/i18n';
import { stripLang } from '../i18n/languages';
import { createPublicSet, PublicSetContext } from '../public/public-set';
import { createAppSession } from '../session';
import { createStaffSession } from '../staff/session';
import { flushDrafts } from '../store/drafts';
import { createMyPriorities, createOutboxStats } from '../store/live';
import { retryAllNow } from '../store/priorities';
import { createResponses } from '../store/responses-live';
import { createAppUpdate } from '../update';
import { type AppState, AppStateContext } from './app-state';
import { Frame } from './Frame';
import { seedHistory } from './history-seed';
import { AppRoutes, preloadScreens } from './routes';

export function App() {
  seedHistory();
  const session = createAppSession();
  const staff = createStaffSession();
  const state: AppState = {
    session,
    staff,
    priorities: createMyPriorities(),
    outbox: createOutboxStats(),
    responses: createResponses(),
    cspName: (code) => session.config()?.csps.find((c) => c.code === code)?.name ?? code,
  };
  const update = createAppUpdate(flushDrafts);
  const publicSet = createPublicSet({
    cspCode: session.cspCode,
    online: session.online,
    kick: session.syncNow,
  });
  // A meeting finished with nobody signed in waits for staff who may send it: send it as they sign in.
  createEffect(
    on(
      () => staff.staff()?.id,
      (id) => id && void retryAllNow().then(session.syncNow),
      { defer: true },
    ),
  );
  onMount(preloadScreens);

  return (
    <AppStateContext.Provider value={state}>
      <PublicSetContext.Provider value={publicSet}>
        <Router
          transformUrl={stripLang}
          root={(props) => (
            <Frame {...props} update={update}>
              <ErrorBoundary fallback={<p role="alert">{t('frame.screenNotReached')}</p>}>
                <Suspense fallback={<p role="status">{t('frame.opening')}</p>}>{props.children}</Suspense>
              </ErrorBoundary>
            </Frame>
          )}
        >
          <AppRoutes />
        </Router>
      </PublicSetContext.Provider>
    </AppStateContext.Provider>
  );
}
