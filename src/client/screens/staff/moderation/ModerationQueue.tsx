// The officers' moderation desk: pick one of your CSPs and a status, choose a priority from the
// list and decide on it (beside the list at a desk, in place of it on a phone), or approve
// several clean ones at once. The status and the chosen priority are in the address
// (?status=…&item=…), so Back and a shared link reach them. Needs a connection (decisions are
// the store's, not the device's).

import { useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, createResource, createSignal, For, on, Show, Suspense } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { ModerationItem, ModerationStatus } from '../../../../domain/moderation';
import { can, type StaffPrincipal } from '../../../../domain/staff';
import { fetchQueue, type QueueStatus, sendDecision } from '../../../sync/moderation-api';
import { focusSoon } from '../../../ui/focus';
import { type Decide, ModerationItemCard } from './ModerationItemCard';
import { QueueRow } from './QueueRow';
import './moderation.css';
import { themeText } from '../../../i18n/theme-text';

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

/** Decisions after which the priority is in another status, so it leaves the list shown. */
const LEAVES_VIEW = new Set(['approve', 'hide', 'merge']);

const isQueueStatus = (s: unknown): s is QueueStatus => typeof s === 'string' && s in STATUS_LABELS;

/**
 * Focuses an element by id once it is shown (the chosen card may still be drawing; on a phone
 * the list reappears only when Back has changed the address).
 */
function focusWhenThere(id: string, ms = 3000): void {
  const until = Date.now() + ms;
  const attempt = () => {
    const el = document.getElementById(id);
    if (el && el.getClientRects().length > 0) {
      el.focus();
      if (document.activeElement === el) return;
    }
    if (Date.now() < until) requestAnimationFrame(attempt);
  };
  queueMicrotask(attempt);
}

export function ModerationQueue(props: { staff: StaffPrincipal; cspName: (code: string) => string }) {
  const [search, setSearch] = useSearchParams<{ status?: string; item?: string }>();
  const navigate = useNavigate();
  const status = (): QueueStatus => (isQueueStatus(search.status) ? search.status : 'received');
  const selectedId = () => (typeof search.item === 'string' && search.item ? search.item : undefined);
  const [csp, setCsp] = createSignal(props.staff.cspCodes[0] ?? '');
  const [message, setMessage] = createSignal('');
  const [results, setResults] = createSignal<readonly string[]>([]);
  const [picked, setPicked] = createSignal<ReadonlySet<string>>(new Set());
  let outcome: HTMLParagraphElement | undefined;
  // Whether this screen opened the chosen item, so Back on a phone can go back in history.
  let openedHere = false;
  // Set when a decision moves on to the next item itself: its outcome must stay on screen.
  let keepMessage = false;

  const [queue, { refetch }] = createResource(
    () => ({ csp: csp(), status: status() }),
    (key) => fetchQueue(key.csp, key.status),
  );
  // One object per id, updated in place: a card (and the form open in it) survives a refetch.
  const [items, setItems] = createStore<ModerationItem[]>([]);
  createEffect(() => {
    const q = queue.latest;
    if (q?.ok) setItems(reconcile([...q.value.items], { key: 'id' }));
  });
  createEffect(
    on(
      [csp, status],
      () => {
        setItems([]);
        setPicked(new Set<string>());
      },
      { defer: true },
    ),
  );
  // A message belongs to the view it was said in: another status, CSP or item clears it.
  createEffect(
    on(
      [csp, status, selectedId],
      () => {
        if (keepMessage) keepMessage = false;
        else {
          setMessage('');
          setResults([]);
        }
      },
      { defer: true },
    ),
  );

  const selected = () => items.find((i) => i.id === selectedId());
  const canApprove = () => status() === 'received' || status() === 'hidden';

  function choose(id: string | undefined, viewStatus: QueueStatus = status()) {
    if (id) {
      setSearch({ status: viewStatus, item: id }, { replace: !!selectedId() });
      openedHere = true;
      focusWhenThere(`m-${id}`);
    } else {
      const was = selectedId();
      if (openedHere) {
        openedHere = false;
        navigate(-1);
      } else setSearch({ item: undefined }, { replace: true });
      if (was) focusWhenThere(`row-${was}`);
    }
  }

  /** Moves the selection without clearing the outcome about to be said. */
  function moveOnTo(id: string | undefined) {
    if (id === selectedId()) return;
    keepMessage = true;
    setSearch({ item: id }, { replace: true });
  }

  const decide: Decide = async (item, decision, body) => {
    setMessage('');
    setResults([]);
    const answer = await sendDecision(item.id, decision, body);
    if (!answer.ok) {
      if (answer.status === 409) void refetch();
      return answer;
    }
    if (LEAVES_VIEW.has(decision) && item.id === selectedId()) {
      // Straight on to the next one (or the one before, at the end of the list).
      const at = items.findIndex((i) => i.id === item.id);
      const next = items[at + 1] ?? items[at - 1];
      moveOnTo(next?.id);
      setMessage(`${themeText(item.themeKey)}: ${DONE[decision]}.`);
      if (next) focusWhenThere(`m-${next.id}`);
      else focusSoon(() => outcome);
    } else {
      setMessage(`${themeText(item.themeKey)}: ${DONE[decision]}.`);
      // The control that had focus may have gone with the form: the outcome takes it.
      focusSoon(() => outcome);
    }
    void refetch();
    return { ok: true };
  };

  const clean = () => items.filter((i) => i.personalDetails.length === 0);
  const approveSelected = async () => {
    const chosen = clean().filter((i) => picked().has(i.id));
    setResults([]);
    if (chosen.length === 0) {
      setMessage('Choose the priorities to approve first.');
      return focusSoon(() => outcome);
    }
    setMessage(`Approving ${chosen.length}…`);
    const lines: string[] = [];
    let published = 0;
    for (const item of chosen) {
      const name = `${themeText(item.themeKey)}: “${item.description.slice(0, 60) || 'no description'}”`;
      const answer = await sendDecision(item.id, 'approve', {});
      if (answer.ok) published++;
      lines.push(answer.ok ? `${name} is published.` : `${name} was not published: ${answer.message}`);
    }
    setPicked(new Set<string>());
    if (chosen.some((i) => i.id === selectedId())) moveOnTo(undefined);
    setMessage(
      published === chosen.length
        ? `${published} of ${chosen.length} published.`
        : `${published} of ${chosen.length} published; ${chosen.length - published} could not be.`,
    );
    setResults(lines);
    focusSoon(() => outcome);
    void refetch();
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked());
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };

  const listName = () => `${STATUS_LABELS[status()]} in ${props.cspName(csp())}`;

  return (
    <section aria-labelledby="moderation-heading" class="moderation">
      <h2 id="moderation-heading">Moderation</h2>
      <div class="moderation-filters">
        <Show when={props.staff.cspCodes.length > 1}>
          <label for="moderation-csp">Partnership</label>
          <select
            id="moderation-csp"
            value={csp()}
            onChange={(e) => {
              setCsp(e.currentTarget.value);
              setSearch({ item: undefined }, { replace: true });
            }}
          >
            <For each={props.staff.cspCodes}>
              {(code) => <option value={code}>{props.cspName(code)}</option>}
            </For>
          </select>
        </Show>
        <label for="moderation-status">Show</label>
        <select
          id="moderation-status"
          value={status()}
          onChange={(e) => setSearch({ status: e.currentTarget.value, item: undefined }, { replace: true })}
        >
          <For each={Object.entries(STATUS_LABELS)}>
            {([value, label]) => <option value={value}>{label}</option>}
          </For>
        </select>
      </div>
      <div class="moderation-outcome">
        <p role="status" class="status" tabindex="-1" ref={outcome}>
          {message()}
        </p>
        <Show when={results().length > 0}>
          <ul class="moderation-results">
            <For each={results()}>{(line) => <li>{line}</li>}</For>
          </ul>
        </Show>
      </div>
      {/* Its own boundary: loading the queue must not take the whole staff screen (and the focus
          in it) out of the page, as the app's outer Suspense would. */}
      <Suspense fallback={<p>Loading…</p>}>
        <Show
          when={queue.latest?.ok !== false || items.length > 0}
          fallback={<p role="alert">{(queue.latest as { message?: string } | undefined)?.message}</p>}
        >
          <Show
            when={items.length > 0}
            fallback={<p>{queue.loading ? 'Loading…' : `Nothing here for ${props.cspName(csp())}.`}</p>}
          >
            <div class="moderation-desk" classList={{ 'has-item': selectedId() !== undefined }}>
              <div class="moderation-list">
                <Show when={canApprove()}>
                  <div class="moderation-bulk">
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => setPicked(new Set(clean().map((i) => i.id)))}
                    >
                      Select every one without personal details
                    </button>
                    <button type="button" class="primary" onClick={() => void approveSelected()}>
                      Approve selected ({clean().filter((i) => picked().has(i.id)).length})
                    </button>
                  </div>
                </Show>
                <ul class="moderation-rows" aria-label={listName()}>
                  <For each={items}>
                    {(item) => (
                      <QueueRow
                        item={item}
                        current={item.id === selectedId()}
                        selectable={canApprove()}
                        picked={picked().has(item.id)}
                        onPick={(on) => toggle(item.id, on)}
                        onChoose={() => {
                          setMessage('');
                          choose(item.id);
                        }}
                      />
                    )}
                  </For>
                </ul>
              </div>
              <div class="moderation-detail">
                <Show when={selectedId()}>
                  <button type="button" class="secondary moderation-back" onClick={() => choose(undefined)}>
                    Back to the list
                  </button>
                </Show>
                <Show
                  when={selected()}
                  keyed
                  fallback={
                    <p class="meta">
                      {selectedId()
                        ? 'That priority is not in this list: it may have been decided already. Choose another.'
                        : 'Choose a priority from the list to see it in full and decide on it.'}
                    </p>
                  }
                >
                  {(item) => (
                    <ModerationItemCard
                      item={item}
                      decide={decide}
                      onOpen={(id, s: ModerationStatus) => (isQueueStatus(s) ? choose(id, s) : undefined)}
                      canRespond={can(props.staff.role, 'respond')}
                      onResponded={() => void refetch()}
                    />
                  )}
                </Show>
              </div>
            </div>
          </Show>
        </Show>
      </Suspense>
    </section>
  );
}
