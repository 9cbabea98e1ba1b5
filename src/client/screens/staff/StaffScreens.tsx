// Routes "/staff" (sign in, and the tools the role allows) and each staff tool's route.
import { lazy, Show, Suspense } from 'solid-js';
import { useApp } from '../../frame/app-state';
import { StaffArea } from './StaffArea';

// Each tool loads on first use (and is precached for offline use): residents never need them.
const ModerationQueue = lazy(() =>
  import('./moderation/ModerationQueue').then((m) => ({ default: m.ModerationQueue })),
);
const ResponsesView = lazy(() =>
  import('./responses/ResponsesView').then((m) => ({ default: m.ResponsesView })),
);
const SummaryExportView = lazy(() =>
  import('./assessment/SummaryExportView').then((m) => ({ default: m.SummaryExportView })),
);
const PatrolView = lazy(() => import('./patrol/PatrolView').then((m) => ({ default: m.PatrolView })));

export function StaffHome() {
  return <StaffArea />;
}

export function ModerationScreen() {
  const app = useApp();
  return (
    <StaffArea tool={{ label: 'Moderation', needs: 'moderate' }}>
      <Show when={app.staff.staff()}>
        {(who) => (
          <Suspense fallback={<p role="status">Opening moderation…</p>}>
            <ModerationQueue staff={who()} cspName={app.cspName} />
          </Suspense>
        )}
      </Show>
    </StaffArea>
  );
}

export function ResponsesScreen() {
  const app = useApp();
  return (
    <StaffArea tool={{ label: 'You said, we did', needs: 'read' }}>
      <Suspense fallback={<p role="status">Opening "You said, we did"…</p>}>
        <ResponsesView staff={app.staff} cspCode={app.session.cspCode()} />
      </Suspense>
    </StaffArea>
  );
}

export function AssessmentScreen() {
  const app = useApp();
  return (
    <StaffArea tool={{ label: 'Strategic assessment', needs: 'export' }}>
      <Show when={app.staff.staff()}>
        {(who) => (
          <Suspense fallback={<p role="status">Opening the strategic assessment screen…</p>}>
            <SummaryExportView cspCodes={who().cspCodes} cspName={app.cspName} />
          </Suspense>
        )}
      </Show>
    </StaffArea>
  );
}

export function PatrolScreen() {
  const app = useApp();
  return (
    <StaffArea tool={{ label: 'Patrol', needs: 'record-on-behalf' }}>
      <Show when={app.staff.staff()}>
        {(who) => (
          <Suspense fallback={<p role="status">Opening patrol…</p>}>
            <PatrolView session={app.session} recorder={who()} />
          </Suspense>
        )}
      </Show>
    </StaffArea>
  );
}
