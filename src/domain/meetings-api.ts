// Paths of the meeting and "you said, we did" API, next to the priorities sync API.
export const MEETINGS_API = {
  bundles: '/api/v1/meetings/bundles',
  agenda: (csp: string) => `/api/v1/csps/${csp}/meetings/agenda`,
  list: (csp: string) => `/api/v1/csps/${csp}/meetings`,
  record: (id: string) => `/api/v1/meetings/${id}/record`,
  policeUk: (id: string) => `/api/v1/meetings/${id}/police-uk`,
  responses: (priorityId: string) => `/api/v1/priorities/${priorityId}/responses`,
  pullResponses: '/api/v1/sync/responses',
} as const;

/**
 * While online and signed in: let this device send this meeting later, even if the session lapses.
 * (Apart from MEETINGS_API, which the app shell carries, so only the meeting screens load it.)
 */
export const sendGrantPath = (meetingId: string) => `/api/v1/meetings/${meetingId}/send-grant`;

/** A meeting's permission to be sent once by the device that asked, until expiresAt. */
export interface SendGrant {
  readonly token: string;
  readonly expiresAt: string;
}
