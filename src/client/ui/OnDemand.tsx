// A part of a screen that loads on first use: while it loads, `loading` shows; if it cannot
// load (offline before the service worker had it), `missing` shows and the rest of the screen
// carries on working.
import { ErrorBoundary, type JSX, Suspense } from 'solid-js';

export function OnDemand(props: { loading?: JSX.Element; missing?: JSX.Element; children: JSX.Element }) {
  return (
    <ErrorBoundary fallback={props.missing}>
      <Suspense fallback={props.loading}>{props.children}</Suspense>
    </ErrorBoundary>
  );
}
