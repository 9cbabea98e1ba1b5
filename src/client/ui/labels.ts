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

export const SENSITIVE_SIGNPOST =
  'This will never be shown publicly. If you are in danger now, call 999. For confidential support: National Domestic Abuse Helpline 0808 2000 247 (free, 24 hours); report hate crime at report-it.org.uk; Crimestoppers 0800 555 111 (anonymous).';
