// Moving focus after an action that replaces or hides the control that had it, so focus
// never falls to <body>. Runs after Solid has put the new controls in the page.
export function focusSoon(target: () => HTMLElement | null | undefined): void {
  queueMicrotask(() => {
    const el = target();
    if (el?.isConnected) el.focus();
  });
}
