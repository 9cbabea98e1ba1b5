// The app shell: header with area and sync state, and two views.
import {
  createEffect,
  createSignal,
  ErrorBoundary,
  For,
  type JSX,
  lazy,
  Match,
  on,
  onMount,
  Show,
  Suspense,
  Switch,
} from 'solid-js';
import { makePriorityActions } from '../priority-actions';
import { createPublicSet, PublicSetContext } from '../public/public-set';
import { CaptureView } from '../screens/add/CaptureView';
import { MyPriorities } from '../screens/my/MyPriorities';
import { createAppSession } from '../session';
import { createStaffSession } from '../staff/session';
import { flushDrafts } from '../store/drafts';
import { createMyPriorities, createOutboxStats } from '../store/live';
import { retryAllNow } from '../store/priorities';
import { createResponses } from '../store/responses-live';
import { createAppUpdate } from '../update';
import { SyncBadge } from './SyncBadge';
import { UpdateBanner } from './UpdateBanner';

// Meetings are loaded on demand (and precached for offline use): most people never run one.
const MeetingsView = lazy(() =>
  import('../screens/meetings/MeetingsView').then((m) => ({ default: m.MeetingsView })),
);
// Likewise the strategic assessment screen: only officers and analysts export.
const SummaryExportView = lazy(() =>
  import('../screens/staff/assessment/SummaryExportView').then((m) => ({ default: m.SummaryExportView })),
);
// Staff-only screens load on demand: residents never download them (the service worker still
// precaches the chunk, so a signed-in officer has it offline).
const ModerationQueue = lazy(() =>
  import('../screens/staff/moderation/ModerationQueue').then((m) => ({ default: m.ModerationQueue })),
);
// Saving a map for offline use needs the network anyway, so its screen loads on first use.
const OfflineMapView = lazy(() =>
  import('../screens/offline-map/OfflineMapView').then((m) => ({ default: m.OfflineMapView })),
);
const StaffView = lazy(() => import('../screens/staff/StaffView').then((m) => ({ default: m.StaffView })));
// Views a resident rarely or never opens load on first use (the service worker precaches them
// for offline use), so they are not part of what must arrive before the app works.
const DeviceView = lazy(() =>
  import('../screens/device/DeviceView').then((m) => ({ default: m.DeviceView })),
);
const PatrolView = lazy(() =>
  import('../screens/staff/patrol/PatrolView').then((m) => ({ default: m.PatrolView })),
);
const ResponsesView = lazy(() =>
  import('../screens/staff/responses/ResponsesView').then((m) => ({ default: m.ResponsesView })),
);

function LoadedOnFirstUse(props: { children: JSX.Element }) {
  return (
    <ErrorBoundary
      fallback={
        <p role="alert">This screen has not reached this device yet. Go online once and reload the app.</p>
      }
    >
      {props.children}
    </ErrorBoundary>
  );
}

type View = 'capture' | 'mine' | 'public' | 'offline' | 'staff' | 'device' | 'meetings' | 'patrol';

// Not needed for the first paint: clustering and the public map load when first opened.
const PublicPrioritiesView = lazy(() => import('../screens/priorities/PublicPrioritiesView'));

export function App() {
  const session = createAppSession();
  const staff = createStaffSession();
  const cspName = (code: string) => session.config()?.csps.find((c) => c.code === code)?.name ?? code;
  const priorities = createMyPriorities();
  const outbox = createOutboxStats();
  const responses = createResponses();
  const [view, setView] = createSignal<View>('capture');
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
  // Fetch them once the shell runs, so they are at hand when the signal has gone.
  onMount(() => {
    void DeviceView.preload();
    void PatrolView.preload();
  });

  return (
    <>
      <header class="app-header">
        <h1>Neighbourhood priorities</h1>
        <Show when={session.config()}>
          {(config) => (
            <div class="csp-choice">
              <label for="csp">Your area</label>
              <select
                id="csp"
                value={session.cspCode() ?? ''}
                onChange={(e) => void session.selectCsp(e.currentTarget.value)}
              >
                <For each={config().csps}>{(c) => <option value={c.code}>{c.name}</option>}</For>
              </select>
            </div>
          )}
        </Show>
        <SyncBadge online={session.online()} status={session.syncStatus()} outbox={outbox()} />
        <UpdateBanner update={update} />
      </header>
      <nav class="tabs" aria-label="Views">
        <button
          type="button"
          aria-current={view() === 'capture' ? 'page' : undefined}
          onClick={() => setView('capture')}
        >
          Add a priority
        </button>
        <button
          type="button"
          aria-current={view() === 'mine' ? 'page' : undefined}
          onClick={() => setView('mine')}
        >
          My priorities ({priorities().length})
        </button>
        <button
          type="button"
          aria-current={view() === 'public' ? 'page' : undefined}
          onClick={() => setView('public')}
        >
          Priorities in your area
        </button>
        <button
          type="button"
          aria-current={view() === 'offline' ? 'page' : undefined}
          onClick={() => setView('offline')}
        >
          Map for offline use
        </button>
        <button
          type="button"
          aria-current={view() === 'meetings' ? 'page' : undefined}
          onClick={() => setView('meetings')}
        >
          Meetings
        </button>
        <button
          type="button"
          aria-current={view() === 'staff' ? 'page' : undefined}
          onClick={() => setView('staff')}
        >
          {staff.staff() ? `Staff: ${staff.staff()?.displayName}` : 'Staff'}
        </button>
        <Show when={staff.can('record-on-behalf')}>
          <button
            type="button"
            aria-current={view() === 'patrol' ? 'page' : undefined}
            onClick={() => setView('patrol')}
          >
            Patrol
          </button>
        </Show>
        <button
          type="button"
          aria-current={view() === 'device' ? 'page' : undefined}
          onClick={() => setView('device')}
        >
          This device
        </button>
      </nav>
      <PublicSetContext.Provider value={publicSet}>
        <main>
          <Show when={staff.ended() && view() !== 'staff'}>
            <p role="alert" class="signpost">
              Your staff session has ended.{' '}
              <button type="button" class="secondary" onClick={() => setView('staff')}>
                Sign in again
              </button>
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
            <Switch>
              <Match when={view() === 'capture'}>
                <CaptureView session={session} onSaved={() => undefined} />
              </Match>
              <Match when={view() === 'mine'}>
                <MyPriorities
                  priorities={priorities()}
                  wards={session.boundaries()}
                  neighbourhoods={session.neighbourhoods()}
                  actions={makePriorityActions(session.syncNow)}
                  responses={responses()}
                />
              </Match>
              <Match when={view() === 'meetings'}>
                <Suspense fallback={<p role="status">Opening meetings…</p>}>
                  <MeetingsView session={session} />
                </Suspense>
              </Match>
              <Match when={view() === 'public' && session.config()}>
                {(config) => (
                  <Suspense fallback={<p role="status">Loading the map of priorities…</p>}>
                    <PublicPrioritiesView
                      config={config()}
                      csp={session.csp()}
                      wards={session.boundaries()}
                      neighbourhoods={session.neighbourhoods()}
                    />
                  </Suspense>
                )}
              </Match>
              <Match when={view() === 'offline' && session.config()}>
                {(config) => (
                  <Suspense fallback={<p role="status">Opening the offline map…</p>}>
                    <OfflineMapView
                      config={config()}
                      wards={session.boundaries()}
                      neighbourhoods={session.neighbourhoods()}
                    />
                  </Suspense>
                )}
              </Match>
              <Match when={view() === 'staff'}>
                <Suspense fallback={<p role="status">Opening the staff area…</p>}>
                  <StaffView session={staff} cspName={cspName}>
                    <Show when={staff.can('read')}>
                      <Suspense fallback={<p role="status">Opening "You said, we did"…</p>}>
                        <ResponsesView staff={staff} cspCode={session.cspCode()} />
                      </Suspense>
                    </Show>
                    <Show when={staff.can('moderate') && staff.staff()}>
                      {(who) => <ModerationQueue staff={who()} cspName={cspName} />}
                    </Show>
                    <Show when={staff.can('export') && staff.staff()}>
                      {(who) => (
                        <Suspense fallback={<p role="status">Opening the strategic assessment screen…</p>}>
                          <SummaryExportView cspCodes={who().cspCodes} cspName={cspName} />
                        </Suspense>
                      )}
                    </Show>
                  </StaffView>
                </Suspense>
              </Match>
              <Match when={view() === 'patrol' && staff.can('record-on-behalf') && staff.staff()}>
                {(who) => (
                  <LoadedOnFirstUse>
                    <PatrolView session={session} recorder={who()} />
                  </LoadedOnFirstUse>
                )}
              </Match>
              <Match when={view() === 'device'}>
                <LoadedOnFirstUse>
                  <DeviceView outbox={outbox()} onChanged={() => session.syncNow()} />
                </LoadedOnFirstUse>
              </Match>
            </Switch>
          </Show>
        </main>
      </PublicSetContext.Provider>
    </>
  );
}
