// Where one of my priorities has got, in a resident's words, from what the device holds (so
// offline too): first the device's own sending (waiting, not accepted, a conflict, withdrawn),
// then what the store said in the pull (waiting for review, back in review after an edit,
// published with its public link, not published and why, combined with another).
import { Match, Show, Switch } from 'solid-js';
import { HIDE_CATEGORY_TEXT, isPublic } from '../../../domain/moderation';
import type { ServerPriorityState } from '../../../domain/sync-protocol';
import { PATHS } from '../../frame/paths';
import type { LocalPriority } from '../../store/db';
import { plainSentence } from '../../sync/refusal';

const REVIEWED =
  'An officer of the community safety partnership reads every priority before it is published.';

/** Published and on the public map (devices that pulled before shownPublicly existed: by its theme). */
export const shownPublicly = (p: LocalPriority, s: ServerPriorityState) =>
  s.shownPublicly ?? isPublic(s.status, p.themeKey, false);

function Headline(props: { kind: string; text: string }) {
  return (
    <p class={`state state-${props.kind}`}>
      <span class="visually-hidden">Status: </span>
      {props.text}
    </p>
  );
}

/**
 * Back in review: the store says so, or it was published and the device has since had a newer
 * version accepted than the one that state describes (sent, and the pull has not come yet).
 */
export const backInReview = (p: LocalPriority, s: ServerPriorityState) =>
  (s.status === 'received' && s.backInReview === true) ||
  (s.status === 'published' && (p.syncedVersion ?? 0) > s.version);

export function PriorityState(props: { priority: LocalPriority }) {
  const p = () => props.priority;
  const server = () => (p().syncState === 'sent' && !p().withdrawn ? p().server : undefined);
  const reviewAgain = () => {
    const s = server();
    return s !== undefined && backInReview(p(), s);
  };
  return (
    <Switch
      fallback={
        <>
          <Headline kind="sent" text="Sent, waiting for review" />
          <p class="meta">{REVIEWED}</p>
        </>
      }
    >
      <Match when={p().withdrawn}>
        <Headline
          kind="withdrawn"
          text={p().syncState === 'sent' ? 'Withdrawn' : 'Withdrawal waiting to send'}
        />
      </Match>
      <Match when={p().syncState === 'rejected'}>
        <Headline
          kind="rejected"
          text={p().rejectReason ? `Not accepted. ${plainSentence(p().rejectReason ?? '')}` : 'Not accepted.'}
        />
      </Match>
      <Match when={p().syncState === 'conflict'}>
        <Headline kind="conflict" text="Changed elsewhere: choose which version to keep" />
      </Match>
      <Match when={p().syncState === 'waiting'}>
        <Headline kind="waiting" text="Waiting to send" />
        <p class="meta">
          <Show
            when={p().server?.status === 'published'}
            fallback="It is saved on this device and will be sent when there is a connection."
          >
            Your change is saved on this device. Once it is sent, it goes back for review and is not shown in
            public until an officer has read it again.
          </Show>
        </p>
      </Match>
      <Match when={reviewAgain()}>
        <Headline kind="review" text="Back in review after your edit" />
        <p class="meta">
          An officer will read your change before it is shown in public again. Until then it is not on the
          public map.
        </p>
      </Match>
      <Match when={server()?.status === 'published' && server()}>
        {(s) => (
          <Show
            when={shownPublicly(p(), s())}
            fallback={
              <>
                <Headline kind="sent" text="Accepted, not shown in public" />
                <p class="meta">
                  It counts in the consultation. Because of what it is about, it is never shown in public.
                </p>
              </>
            }
          >
            <Headline kind="published" text="Published" />
            <p class="meta">
              Anyone can see it on the map and list of priorities in your area, without your exact place.{' '}
              <a href={PATHS.publicOne(p().id)}>See it as the public does</a>
            </p>
          </Show>
        )}
      </Match>
      <Match when={server()?.status === 'hidden' && server()}>
        {(s) => (
          <>
            <Headline kind="hidden" text="Not published" />
            <p class="meta">{HIDE_CATEGORY_TEXT[s().hidden?.category ?? 'other'].resident}</p>
            <Show when={s().hidden?.note}>
              {(note) => (
                <div class="officer-note">
                  <p class="meta">A note from the officer:</p>
                  <blockquote>
                    <p>{note()}</p>
                  </blockquote>
                </div>
              )}
            </Show>
            <p class="meta">It still counts in the consultation, without being shown in public.</p>
          </>
        )}
      </Match>
      <Match when={server()?.status === 'merged'}>
        <Headline kind="merged" text="Combined with another priority" />
      </Match>
    </Switch>
  );
}
