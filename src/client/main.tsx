// Entry point: choose the language, load its catalogue, render the app, and register the
// service worker (production builds only).
import { render } from 'solid-js/web';
import './styles.css';
import { App } from './frame/App';
import { showLanguage } from './i18n/i18n';
import { startLanguage } from './i18n/start-language';

const root = document.getElementById('app');
// A catalogue that cannot load (never fetched, offline) must not leave a blank page.
void showLanguage(startLanguage())
  .catch(() => showLanguage('en'))
  .catch((error: unknown) => console.error('No message catalogue could be loaded', error))
  .then(() => {
    if (root) render(() => <App />, root);
  });

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  // Classic registration: the worker is built as an IIFE, so no `type: 'module'` is needed.
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
    console.error('Service worker registration failed', error);
  });
}
