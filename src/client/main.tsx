// Entry point: render the app and register the service worker (production builds only).
import { render } from 'solid-js/web';
import './styles.css';
import { App } from './frame/App';

const root = document.getElementById('app');
if (root) render(() => <App />, root);

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  // Classic registration: the worker is built as an IIFE, so no `type: 'module'` is needed.
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
    console.error('Service worker registration failed', error);
  });
}
