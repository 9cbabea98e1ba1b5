// Words shown to people for the domain's codes.
import type { Channel, DayOfWeek, RespondentType, TimeOfDay } from '../../domain/priority';
import { type MessageKey, t } from '../i18n/i18n';

/** Labels read from the catalogue each time, so they follow the app's language. */
function fromCatalogue<K extends string>(keys: Record<K, MessageKey>): Readonly<Record<K, string>> {
  const labels = {} as Record<K, string>;
  for (const [code, key] of Object.entries(keys) as [K, MessageKey][]) {
    Object.defineProperty(labels, code, { get: () => t(key), enumerable: true });
  }
  return labels;
}

export const TIME_OF_DAY_LABELS = fromCatalogue<TimeOfDay>({
  morning: 'timeOfDay.morning',
  afternoon: 'timeOfDay.afternoon',
  evening: 'timeOfDay.evening',
  night: 'timeOfDay.night',
});

export const DAY_LABELS = fromCatalogue<DayOfWeek>({
  mon: 'day.mon',
  tue: 'day.tue',
  wed: 'day.wed',
  thu: 'day.thu',
  fri: 'day.fri',
  sat: 'day.sat',
  sun: 'day.sun',
});

export const RESPONDENT_LABELS = fromCatalogue<RespondentType>({
  lives: 'respondent.lives',
  works: 'respondent.works',
  visits: 'respondent.visits',
});

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

export const GROUP_LABELS = fromCatalogue<'local' | 'asb' | 'crime'>({
  local: 'themeGroup.local',
  asb: 'themeGroup.asb',
  crime: 'themeGroup.crime',
});

// Help wording. Each is a whole sentence; the numbers and sites in it become links through
// HelpSentence (src/client/ui/HelpContacts.tsx), so keep them written as in domain/taxonomy/help.ts.
export const PATROL_SAFETY_NOTE = 'Not for emergencies: call 999.';
export const SENSITIVE_NOT_PUBLIC = 'This will never be shown publicly.';
export const SENSITIVE_DANGER = 'If you are in danger now, call 999.';
export const SENSITIVE_SUPPORT_HEADING = 'For confidential support:';
