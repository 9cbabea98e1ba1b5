// Quotes that illustrate the top themes: moderated and published only, never a sensitive
// theme or a priority an officer marked sensitive, never text that looks like personal details.
import { personalDetailKinds } from '../../domain/personal-details';
import type { Quote } from '../../domain/summary';
import { findTheme } from '../../domain/taxonomy/themes';
import type { QuoteCandidate } from './input';

export const QUOTE_MAX = 280;
const QUOTES_PER_THEME = 2;
const QUOTED_THEMES = 5;

// Conservative: a quote that might name or locate a person is dropped, not redacted. The
// shared detector (phones, emails, addresses, postcodes, vehicles, names) plus links and handles.
const ALSO_PERSONAL = [/\b(?:my name is|I am called|I'm called)\b/i, /https?:\/\/|www\./i, /(?:^|\s)@\w{2,}/];

export function looksPersonal(text: string): boolean {
  return personalDetailKinds(text).length > 0 || ALSO_PERSONAL.some((p) => p.test(text));
}

function tidy(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_MAX) return flat;
  const cut = flat.slice(0, QUOTE_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), QUOTE_MAX - 40))}…`;
}

export function quotable(c: QuoteCandidate): boolean {
  return (
    c.status === 'published' &&
    !c.sensitive &&
    !c.personalDetails &&
    findTheme(c.themeKey)?.sensitive !== true &&
    c.description.trim().length >= 15 &&
    !looksPersonal(c.description)
  );
}

/**
 * Up to two quotes for each of the top themes (by published count, not sensitive), newest first.
 * `areaNameOf` returns a ward name only where naming it discloses no suppressed count.
 */
export function selectQuotes(
  candidates: readonly QuoteCandidate[],
  topThemes: readonly { themeKey: string; themeLabel: string }[],
  areaNameOf: (themeKey: string, wardCode: string | null) => string | null,
): Quote[] {
  const themes = topThemes.filter((t) => findTheme(t.themeKey)?.sensitive !== true).slice(0, QUOTED_THEMES);
  const usable = candidates.filter(quotable).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return themes.flatMap((t) => {
    const seen = new Set<string>();
    const picked: Quote[] = [];
    for (const c of usable) {
      if (c.themeKey !== t.themeKey || picked.length >= QUOTES_PER_THEME) continue;
      const text = tidy(c.description);
      if (seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      picked.push({
        themeKey: t.themeKey,
        themeLabel: t.themeLabel,
        text,
        areaName: areaNameOf(t.themeKey, c.wardCode),
        month: c.createdAt.slice(0, 7),
      });
    }
    return picked;
  });
}
