// The words of the GOV.UK character count, apart from the component so they are tested in Node.
import { t } from '../i18n/i18n';

export function countMessage(length: number, limit: number): string {
  const left = limit - length;
  return left >= 0 ? t('form.charactersLeft', { left }) : t('form.charactersOver', { over: -left });
}

export const tooLongMessage = (limit: number) => t('form.descriptionTooLong', { limit });
