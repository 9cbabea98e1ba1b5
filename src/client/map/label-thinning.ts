// Which map labels to show: greedily, most important first, a label is shown only if its box
// is wholly in view and clear of every label already shown and of every obstacle (dots,
// clusters, the pin, the map's buttons). Pure, so it is tested without a browser.

/** A screen rectangle in pixels, y downwards. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface LabelCandidate {
  readonly box: Box;
  /** Higher goes first (a ward's size, say), so the big areas keep their names. */
  readonly rank: number;
}

/** True when the boxes overlap or come within `gap` pixels of each other. */
export function boxesClash(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

const inside = (box: Box, view: Box) =>
  box.left >= view.left && box.top >= view.top && box.right <= view.right && box.bottom <= view.bottom;

/** One flag per label, in the order given: shown or not. Ties in rank keep the order given. */
export function thinLabels(
  labels: readonly LabelCandidate[],
  obstacles: readonly Box[],
  view: Box,
  gap = 4,
): boolean[] {
  const shown = labels.map(() => false);
  const placed: Box[] = [];
  const order = labels
    .map((_, i) => i)
    .sort((a, b) => (labels[b]?.rank ?? 0) - (labels[a]?.rank ?? 0) || a - b);
  for (const i of order) {
    const box = labels[i]?.box;
    if (!box || !inside(box, view)) continue;
    if (obstacles.some((o) => boxesClash(box, o, gap)) || placed.some((p) => boxesClash(box, p, gap)))
      continue;
    placed.push(box);
    shown[i] = true;
  }
  return shown;
}
