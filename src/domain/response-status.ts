// "You said, we did" statuses and the shapes devices receive: no schema library here, so the
// app shell that shows a status stays small.
export const RESPONSE_STATUSES = ['open', 'in-progress', 'done', 'not-possible'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export const RESPONSE_STATUS_LABELS: Record<ResponseStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  'not-possible': 'Not possible',
};

/**
 * A response as a resident's device receives it: what was done and when, never who recorded
 * it (least privilege: no staff name or id leaves the store in a device's pull).
 */
export interface PulledResponse {
  readonly id: string;
  readonly priorityId: string;
  readonly status: ResponseStatus;
  readonly action: string;
  readonly reason: string;
  readonly respondedAt: string;
}

/** A stored response as staff screens see it: also the display name of the officer who recorded it. */
export interface PriorityResponse extends PulledResponse {
  readonly respondedBy: string;
}

/**
 * Where a "me too" went after moderation merged the priority a device backed into another: it
 * now counts for, and brings the progress of, the surviving priority (as the public sees it).
 */
export interface SupportFollow {
  readonly backedId: string;
  readonly priorityId: string;
  readonly themeKey: string;
  readonly description: string;
}

export interface ResponsesPullResponse {
  readonly protocol: number;
  readonly items: readonly PulledResponse[];
  /** This device's backings that followed a merge (absent from older stores). */
  readonly follows: readonly SupportFollow[];
  readonly cursor: string;
  readonly more: boolean;
}
