// The officers' moderation screen: pick one of your CSPs and a status, then decide on each
// priority or record "you said, we did" progress on it. Needs a connection (decisions are
// the store's, not the device's).

import { createResource, createSignal, For, Show, Suspense } from 'solid-js';
import type { ModerationItem } from '../../../../domain/moderation';
import { can, type StaffPrincipal } from '../../../../domain/staff';
import { themeLabel } from '../../../../domain/taxonomy/themes';
import { fetchQueue, type QueueStatus, sendDecision } from '../../../sync/moderation-api';
import { focusSoon } from '../../../ui/focus';
import { type Decide, ModerationItemCard } from './ModerationItemCard';

const STATUS_LABELS: Record<QueueStatus, string> = {
  received: 'New, waiting for a decision',
  published: 'Published',
  hidden: 'Hidden',
  merged: 'Merged duplicates',
};

const DONE: Record<string, string> = {
  approve: 'published',
  redact: 'text redacted',
  hide: 'hidden',
  merge: 'merged as a duplicate',
  sensitive: 'sensitivity updated',
};

export function ModerationQueue(props: { staff: StaffPrincipal; cspName: (code: string) => string }) {
  const [csp, setCsp] = createSignal(props.staff.cspCodes[0] ?? '');
  const [status, setStatus] = createSignal<QueueStatus>('received');
  const [message, setMessage] = createSignal('');
  let outcome: HTMLParagraphElement | undefined;
  const [queue, { refetch }] = createResource(
    () => ({ csp: csp(), status: status() }),
    (key) => fetchQueue(key.csp, key.status),
  );
  const items = (): ModerationItem[] => {
    const q = queue();
    return q?.ok ? [...q.value.items] : [];
  };

  const decide: Decide = async (item, decision, body) => {
    setMessage('');
    const answer = await sendDecision(item.id, decision, body);
    if (!answer.ok) {
      if (answer.status === 409) void refetch();
      return answer;
    }
    setMessage(`${themeLabel(item.themeKey)}: ${DONE[decision]}.`);
    // The card is redrawn or leaves the list, taking focus with it: the outcome takes it.
    focusSoon(() => outcome);
    void refetch();
    return { ok: true };
  };

  return (
    <section aria-labelledby="moderation-heading">
      <h2 id="moderation-heading">Moderation</h2>
      <div class="moderation-filters">
        <Show when={props.staff.cspCodes.length > 1}>
          <label for="moderation-csp">Partnership</label>
          <select id="moderation-csp" value={csp()} onChange={(e) => setCsp(e.currentTarget.value)}>
            <For each={props.staff.cspCodes}>
              {(code) => <option value={code}>{props.cspName(code)}</option>}
            </For>
          </select>
        </Show>
        <label for="moderation-status">Show</label>
        <select
          id="moderation-status"
          value={status()}
          onChange={(e) => setStatus(e.currentTarget.value as QueueStatus)}
        >
          <For each={Object.entries(STATUS_LABELS)}>
            {([value, label]) => <option value={value}>{label}</option>}
          </For>
        </select>
      </div>
      <p role="status" class="status" tabindex="-1" ref={outcome}>
        {message()}
      </p>
      {/* Its own boundary: loading the queue must not take the whole staff screen (and the focus
          in it) out of the page, as the app's outer Suspense would. */}
      <Suspense fallback={<p>Loading…</p>}>
        <Show when={queue()} fallback={<p>Loading…</p>}>
          {(q) => (
            <Show when={q().ok} fallback={<p role="alert">{(q() as { message?: string }).message}</p>}>
              <Show when={items().length > 0} fallback={<p>Nothing here for {props.cspName(csp())}.</p>}>
                <ul
                  class="priority-list"
                  aria-label={`${STATUS_LABELS[status()]} in ${props.cspName(csp())}`}
                >
                  <For each={items()}>
                    {(item) => (
                      <ModerationItemCard
                        item={item}
                        others={items().filter((o) => o.id !== item.id)}
                        decide={decide}
                        canRespond={can(props.staff.role, 'respond')}
                        onResponded={() => void refetch()}
                      />
                    )}
                  </For>
                </ul>
              </Show>
            </Show>
          )}
        </Show>
      </Suspense>
    </section>
  );
}
