// Share a link to a screen: the phone's own share sheet where the browser has one (Web Share
// API), "Copy link" otherwise, and the address in words either way for copying by hand.
import { createSignal, Show } from 'solid-js';

export function ShareLink(props: { url: string; title: string }) {
  const [status, setStatus] = createSignal('');
  const canShare = typeof navigator.share === 'function';

  async function share() {
    try {
      await navigator.share({ title: props.title, url: props.url });
    } catch (error) {
      // Closing the share sheet is not a failure; anything else falls back to copying.
      if ((error as { name?: string }).name !== 'AbortError') await copy();
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(props.url);
      setStatus('Link copied. Paste it into a message or email.');
    } catch {
      setStatus('This browser would not copy the link: select the address below and copy it.');
    }
  }

  return (
    <div class="share-link">
      <Show
        when={canShare}
        fallback={
          <button type="button" class="secondary" onClick={() => void copy()}>
            Copy link
          </button>
        }
      >
        <button type="button" class="secondary" onClick={() => void share()}>
          Share
        </button>
      </Show>
      <p class="meta share-url">{props.url}</p>
      <p role="status" class="status">
        {status()}
      </p>
    </div>
  );
}
