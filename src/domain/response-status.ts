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

/** A stored response as devices and screens see it (no staff identity beyond a display name). */
export interface PriorityResponse {
  readonly id: string;
  readonly priorityId: string;
  readonly status: ResponseStatus;
  readonly action: string;
  readonly reason: string;
  readonly respondedBy: string;
  readonly respondedAt: string;
}

export interface ResponsesPullResponse {
  readonly protocol: number;
  readonly items: readonly PriorityResponse[];
  readonly cursor: string;
  readonly more: boolean;
}
