// A theme's name in the app's language: the catalogue's `theme.<key>`, else (a CSP's own theme
// the catalogue does not know) the name the taxonomy gives.
import { themeLabel } from '../../domain/taxonomy/themes';
import { type MessageKey, t } from './i18n';

export function themeText(key: string): string {
  const id = `theme.${key}` as MessageKey;
  const text = t(id);
  return text === id ? themeLabel(key) : text;
}
