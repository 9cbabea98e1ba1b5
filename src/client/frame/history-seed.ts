// A link opened straight into an inner screen (a shared priority, a bookmark) gets its parent
// screen put behind it in the tab's history, so the first Back (or Android's back gesture)
// stays in the app instead of leaving it.
import { langOfPath, stripLang, withLang } from '../i18n/languages';
import { parentPath } from './paths';

const STARTED = 'np-started';

export function seedHistory(): void {
  // Once per tab: a reload keeps the history the person already has.
  try {
    if (sessionStorage.getItem(STARTED)) return;
    sessionStorage.setItem(STARTED, '1');
  } catch {
    return; // storage refused: leave the history as the browser made it
  }
  const bare = parentPath(stripLang(location.pathname));
  if (!bare) return;
  const parent = withLang(bare, langOfPath(location.pathname));
  const here = `${location.pathname}${location.search}${location.hash}`;
  const csp = new URLSearchParams(location.search).get('csp');
  history.replaceState(null, '', csp ? `${parent}?csp=${encodeURIComponent(csp)}` : parent);
  history.pushState(null, '', here);
}
