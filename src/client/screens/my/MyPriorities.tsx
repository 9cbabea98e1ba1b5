// "My priorities": what this device has recorded, how far each has got, and the author's
// own changes (edit, withdraw, settle a conflict); then the priorities it backed ("me too").
import { createMemo, For, lazy, Show, Suspense } from 'solid-js';
import type { CspInfo } from '../../../domain/areas';
import type { PulledResponse } from '../../../domain/response-status';
import { PATHS } from '../../frame/paths';
import { usePublicSet } from '../../public/public-set';
import type { LocalPriority } from '../../store/db';
import type { NeighbourhoodCollection, WardCollection } from '../../sync/reference-data';
import { WhatHappensNext } from '../../ui/WhatHappensNext';
import { type PriorityActions, PriorityItem } from './PriorityItem';

// On demand (and precached for offline): the shell's gzip budget has no room for it.
const BackedPriorities = lazy(() =>
  import('./BackedPriorities').then((m) => ({ default: m.BackedPriorities })),
);

export function MyPriorities(props: {
  priorities: LocalPriority[];
  wards: WardCollection | undefined;
  neighbourhoods?: NeighbourhoodCollection | undefined;
  actions: PriorityActions;
  /** "You said, we did" responses pulled for this device's priorities. */
  responses?: Map<string, PulledResponse>;
  /** One priority's id (/my/:id): show that one alone. */
  only?: string | undefined;
  /** The chosen CSP: when its next strategic assessment is written. */
  csp?: CspInfo | undefined;
}) {
  // Each change to the local store brings fresh row objects; keying the list by id (not by
  // object) keeps each item, and an edit the person has open, across a sync that touches it.
  const ids = createMemo(() => props.priorities.map((p) => p.id), [], {
    equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
  });
  const byId = createMemo(() => new Map(props.priorities.map((p) => [p.id, p])));
  const backed = usePublicSet().supports;
  return (
    <Show when={props.only} fallback={everything()}>
      {(id) => (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">Your priority</h2>
          <p>
            <a href={PATHS.my}>All my priorities</a>
          </p>
          <Show
            when={byId().get(id())}
            fallback={
              <p>
                This priority is not on this device. It may have been recorded on another phone or removed.
              </p>
            }
          >
            {(p) => (
              <ul class="priority-list">
                <PriorityItem
                  priority={p()}
                  single
                  wards={props.wards}
                  neighbourhoods={props.neighbourhoods}
                  actions={props.actions}
                  response={props.responses?.get(id())}
                />
              </ul>
            )}
          </Show>
        </section>
      )}
    </Show>
  );

  function everything() {
    return (
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">My priorities</h2>
        <Show
          when={props.priorities.length > 0}
          fallback={<p>You have not recorded any priorities on this device yet.</p>}
        >
          <ul class="priority-list" aria-label="Priorities recorded on this device">
            <For each={ids()}>
              {(id) => (
                <Show when={byId().get(id)}>
                  {(p) => (
                    <PriorityItem
                      priority={p()}
                      wards={props.wards}
                      neighbourhoods={props.neighbourhoods}
                      actions={props.actions}
                      response={props.responses?.get(id)}
                    />
                  )}
                </Show>
              )}
            </For>
          </ul>
          <section aria-labelledby="what-next-heading">
            <h3 id="what-next-heading">What happens next</h3>
            <WhatHappensNext csp={props.csp} where="my" />
          </section>
        </Show>
        <Show when={backed().size > 0}>
          <Suspense>
            <BackedPriorities supports={[...new Set(backed().values())]} responses={props.responses} />
          </Suspense>
        </Show>
      </section>
    );
  }
}
