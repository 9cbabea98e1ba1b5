// Which language the app opens in, before anything is drawn: the address says (`/cy/…`), else
// the choice remembered on this device, else the browser's languages. The address is then made
// to carry the language, so a reload, a bookmark or a shared link keeps it.
import { isLang, type Lang, langOfPath, preferredLang, stripLang, withLang } from './languages';

const REMEMBERED = 'np-lang';

export function rememberLanguage(lang: Lang): void {
  try {
    localStorage.setItem(REMEMBERED, lang);
  } catch {
    // storage refused (private mode): the address still carries the language
  }
}

function remembered(): Lang | null {
  try {
    const value = localStorage.getItem(REMEMBERED);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

export function startLanguage(): Lang {
  const path = location.pathname;
  const fromPath = stripLang(path) !== path ? langOfPath(path) : null;
  const lang = fromPath ?? remembered() ?? preferredLang(navigator.languages ?? [navigator.language]);
  if (fromPath) rememberLanguage(fromPath);
  const wanted = withLang(path, lang);
  if (wanted !== path) history.replaceState(history.state, '', `${wanted}${location.search}${location.hash}`);
  return lang;
}
