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
