// Words shown to people for the domain's codes.
import type { Channel, DayOfWeek, RespondentType, TimeOfDay } from '../../domain/priority';

export const TIME_OF_DAY_LABELS: Record<TimeOfDay, string> = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
  night: 'Night',
};

export const DAY_LABELS: Record<DayOfWeek, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const RESPONDENT_LABELS: Record<RespondentType, string> = {
  lives: 'I live here',
  works: 'I work here',
  visits: 'I visit here',
};

/** The same answers as staff read them about someone else. */
export const RESPONDENT_STAFF_LABELS: Record<RespondentType, string> = {
  lives: 'Lives here',
  works: 'Works here',
  visits: 'Visits here',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  online: 'Online',
  meeting: 'PACT/NAG meeting',
  patrol: 'Patrol',
  survey: 'Survey',
};

export const GROUP_LABELS = {
  local: 'Local concerns',
  asb: 'Anti-social behaviour',
  crime: 'Crime',
} as const;

// Help wording. Each is a whole sentence; the numbers and sites in it become links through
// HelpSentence (src/client/ui/HelpContacts.tsx), so keep them written as in domain/taxonomy/help.ts.
export const SAFETY_NOTE =
  'Not for emergencies: call 999. For non-emergencies call 101. Nothing here is seen by the police straight away.';
export const PATROL_SAFETY_NOTE = 'Not for emergencies: call 999.';
export const SENSITIVE_NOT_PUBLIC = 'This will never be shown publicly.';
export const SENSITIVE_DANGER = 'If you are in danger now, call 999.';
export const SENSITIVE_SUPPORT_HEADING = 'For confidential support:';
