// The chair's way out of a locked turn: press and hold (finger, mouse, or Enter or Space held
// down) for a few seconds, so a passing tap by an attendee does not end their own turn.
import { createSignal, onCleanup } from 'solid-js';

export const HOLD_MS = 2000;

export function HoldToUnlock(props: { label: string; onUnlock: () => void }) {
  const [holding, setHolding] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
    setHolding(false);
  };
  const start = () => {
    if (timer) return;
    setHolding(true);
    timer = setTimeout(() => {
      stop();
      props.onUnlock();
    }, HOLD_MS);
  };
  onCleanup(stop);
  return (
    <div class="hold-unlock">
      <button
        type="button"
        class={holding() ? 'secondary holding' : 'secondary'}
        aria-describedby="hold-unlock-hint"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId);
          start();
        }}
        onPointerUp={stop}
        onPointerCancel={stop}
        onContextMenu={(e) => e.preventDefault()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            if (!e.repeat) start();
          }
        }}
        onKeyUp={(e) => (e.key === 'Enter' || e.key === ' ') && stop()}
        onBlur={stop}
      >
        {props.label}
      </button>
      <p id="hold-unlock-hint" class="hint" aria-live="polite">
        {holding() ? 'Keep holding…' : 'For the chair: press and hold for 2 seconds.'}
      </p>
    </div>
  );
}
