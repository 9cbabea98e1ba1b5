// Quotes that illustrate the top themes: moderated and published only, never a sensitive
// theme or a priority an officer marked sensitive, never text that looks like personal details.
import type { Quote } from '../../domain/summary';
import { findTheme } from '../../domain/taxonomy/themes';
import type { QuoteCandidate } from './input';

export const QUOTE_MAX = 280;
const QUOTES_PER_THEME = 2;
const QUOTED_THEMES = 5;

// Conservative: a quote that might name or locate a person is dropped, not redacted.
const PERSONAL = [
  /[^\s@]+@[^\s@]+\.[^\s@]+/, // email
  /(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,10}\b/, // UK phone number
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i, // full postcode
  /\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b/, // current-style vehicle registration
  /\b\d+[a-z]?\s+[A-Z][a-z]+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Court|Crescent|Grove|Place|Gardens)\b/, // house number and street
  /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+/, // title and name
  /\b(?:my name is|I am called|I'm called)\b/i,
  /https?:\/\/|www\./i,
  /(?:^|\s)@\w{2,}/, // social media handle
];

export function looksPersonal(text: string): boolean {
  return PERSONAL.some((p) => p.test(text));
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
