// Dot voting: each attendee places up to N dots, at most one per priority, in one turn.
// Votes are anonymous: a turn's ballot is only ever turned into per-priority totals.
export interface Ballot {
  readonly turn: number;
  readonly priorityIds: readonly string[];
}

export type BallotCheck = { ok: true } | { ok: false; message: string };

export function checkBallot(
  priorityIds: readonly string[],
  votesPerAttendee: number,
  known: ReadonlySet<string>,
): BallotCheck {
  if (priorityIds.length > votesPerAttendee)
    return { ok: false, message: `You can place at most ${votesPerAttendee} votes.` };
  if (new Set(priorityIds).size !== priorityIds.length)
    return { ok: false, message: 'You can vote for each priority only once.' };
  if (priorityIds.some((id) => !known.has(id)))
    return { ok: false, message: 'That priority is not part of this meeting.' };
  return { ok: true };
}

/** Totals per priority; priorities nobody voted for count 0. */
export function tallyVotes(itemIds: readonly string[], ballots: readonly Ballot[]): Map<string, number> {
  const totals = new Map(itemIds.map((id) => [id, 0]));
  for (const ballot of ballots)
    for (const id of ballot.priorityIds) if (totals.has(id)) totals.set(id, (totals.get(id) ?? 0) + 1);
  return totals;
}

export interface Rankable {
  readonly priorityId: string;
  readonly votes: number;
  /** Order raised: breaks ties, so the ranking is stable and explainable. */
  readonly raisedAt: string;
}

export interface Ranked<T extends Rankable> {
  readonly item: T;
  /** 1-based; tied items share a rank ("1, 2, 2, 4"). */
  readonly rank: number;
  readonly tiedWithNext: boolean;
}

export function rankItems<T extends Rankable>(items: readonly T[]): Ranked<T>[] {
  const sorted = [...items].sort(
    (a, b) =>
      b.votes - a.votes || a.raisedAt.localeCompare(b.raisedAt) || a.priorityId.localeCompare(b.priorityId),
  );
  return sorted.map((item, i) => {
    const firstEqual = sorted.findIndex((o) => o.votes === item.votes);
    return { item, rank: firstEqual + 1, tiedWithNext: sorted[i + 1]?.votes === item.votes };
  });
}

/**
 * Priorities level on votes across the last agreed place: the votes cannot decide which of them
 * are agreed, so the chair chooses `places` of the `candidateIds` (and the record says so).
 */
export interface AgreedTie {
  /** The first agreed place the tied priorities compete for (1-based). */
  readonly place: number;
  readonly votes: number;
  /** How many of the candidates can still be agreed. */
  readonly places: number;
  /** In ranked order (the order raised), which decides nothing. */
  readonly candidateIds: readonly string[];
}

export interface AgreedDecision {
  /** Agreed by the votes alone. */
  readonly sure: readonly string[];
  readonly tie: AgreedTie | null;
}

/**
 * What the votes decide about the `count` agreed places: the priorities clearly in, and a tie
 * when priorities level on votes straddle the last place. Items with no votes are never proposed.
 */
export function decideAgreed<T extends Rankable>(items: readonly T[], count: number): AgreedDecision {
  const voted = rankItems(items)
    .filter((r) => r.item.votes > 0)
    .map((r) => r.item);
  const last = voted[count - 1];
  if (!last || voted[count]?.votes !== last.votes)
    return { sure: voted.slice(0, count).map((i) => i.priorityId), tie: null };
  const sure = voted.filter((i) => i.votes > last.votes).map((i) => i.priorityId);
  return {
    sure,
    tie: {
      place: sure.length + 1,
      votes: last.votes,
      places: count - sure.length,
      candidateIds: voted.filter((i) => i.votes === last.votes).map((i) => i.priorityId),
    },
  };
}

/**
 * The ids proposed for agreement: the top `count` by votes, skipping items with no votes. A tie
 * for the last place is broken here by the order raised; screens use decideAgreed to show it.
 */
export function proposeAgreed<T extends Rankable>(items: readonly T[], count: number): string[] {
  return rankItems(items)
    .filter((r) => r.item.votes > 0)
    .slice(0, count)
    .map((r) => r.item.priorityId);
}
