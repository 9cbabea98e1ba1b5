// Route "/more": the destinations that do not need a place in the bottom bar.
import { Show } from 'solid-js';
import { useApp } from '../../frame/app-state';
import { PATHS } from '../../frame/paths';
import { t } from '../../i18n/i18n';

export default function MoreScreen() {
  const { staff } = useApp();
  return (
    <section aria-labelledby="more-heading">
      <h2 id="more-heading">{t('title.more')}</h2>
      <ul class="link-list">
        <li>
          <a href={PATHS.offlineMap}>{t('title.offlineMap')}</a>
          <p class="hint">{t('more.offlineMapHint')}</p>
        </li>
        <li>
          <a href={PATHS.device}>{t('title.device')}</a>
          <p class="hint">{t('more.deviceHint')}</p>
        </li>
        <li>
          <a href={PATHS.staff}>
            <Show when={staff.staff()} fallback={t('more.staffSignIn')}>
              {t('frame.staffArea')}
            </Show>
          </a>
          <p class="hint">{t('more.staffHint')}</p>
        </li>
        <li>
          <a href={PATHS.accessibility}>{t('frame.accessibilityStatement')}</a>
          <p class="hint">{t('more.accessibilityHint')}</p>
        </li>
      </ul>
    </section>
  );
}
