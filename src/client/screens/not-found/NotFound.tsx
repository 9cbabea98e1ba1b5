// Any address the app does not have.
import { PATHS } from '../../frame/paths';
import { t } from '../../i18n/i18n';

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-heading">
      <h2 id="not-found-heading">{t('title.notFound')}</h2>
      <p>{t('notFound.typed')}</p>
      <p>{t('notFound.followed')}</p>
      <ul class="link-list">
        <li>
          <a href={PATHS.add}>{t('title.add')}</a>
        </li>
        <li>
          <a href={PATHS.area}>{t('notFound.seeArea')}</a>
        </li>
      </ul>
    </section>
  );
}
