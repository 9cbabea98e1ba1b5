// Moving focus after an action that replaces or hides the control that had it, so focus
// never falls to <body>. Runs after Solid has put the new controls in the page.
export function focusSoon(target: () => HTMLElement | null | undefined): void {
  queueMicrotask(() => {
    const el = target();
    if (el?.isConnected) el.focus();
  });
}

/**
 * Like focusSoon, for an element that may wait a while to be in the page (a screen held back
 * by Suspense while its parts load): tries on each frame for up to `ms`.
 */
export function focusWhenShown(el: HTMLElement, ms = 3000): void {
  const until = Date.now() + ms;
  const attempt = () => {
    if (el.isConnected) return el.focus();
    if (Date.now() < until) requestAnimationFrame(attempt);
  };
  queueMicrotask(attempt);
}
