// Moderation of priorities: the status values every layer codes against, and the shapes of
// the officer's decisions. Only 'published' and not sensitive ever reaches a public view.
import { findTheme } from './taxonomy/themes';

export const MODERATION_STATUSES = ['received', 'published', 'hidden', 'merged', 'withdrawn'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/** Sensitive themes are sensitive whatever the officer's flag says. */
export function isSensitive(themeKey: string, flagged: boolean): boolean {
  return flagged || findTheme(themeKey)?.sensitive === true;
}

export function isPublic(status: ModerationStatus, themeKey: string, flagged: boolean): boolean {
  return status === 'published' && !isSensitive(themeKey, flagged);
}
