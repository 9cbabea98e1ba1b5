// "Cymraeg" / "English" on every screen: the same screen, its state and its query in the other
// language. The address carries the language (`/cy/…`) and the choice is remembered on the device.
import { useLocation, useNavigate } from '@solidjs/router';
import { lang, showLanguage, t } from '../i18n/i18n';
import { LANGUAGE_NAMES, type Lang, LOCALES, withLang } from '../i18n/languages';
import { rememberLanguage } from '../i18n/start-language';

export function LanguageSwitch() {
  const location = useLocation();
  const navigate = useNavigate();
  const other = (): Lang => (lang() === 'cy' ? 'en' : 'cy');
  const href = () => `${withLang(location.pathname, other())}${location.search}`;
  return (
    <nav class="language-switch" aria-label={t('lang.switchLabel')}>
      <a
        href={href()}
        lang={LOCALES[other()]}
        hreflang={LOCALES[other()]}
        on:click={(event) => {
          event.preventDefault();
          const next = other();
          const to = href();
          rememberLanguage(next);
          // Same route, so the screen is not rebuilt: a half-filled form keeps what was typed.
          void showLanguage(next).then(() => navigate(to, { replace: true, scroll: false }));
        }}
      >
        {LANGUAGE_NAMES[other()]}
      </a>
    </nav>
  );
}
