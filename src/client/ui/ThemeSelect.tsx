// The theme choice, grouped (local concerns, ASB, crime): one control for the capture form and
// for priorities raised at a meeting.
import { For } from 'solid-js';
import { DEFAULT_THEMES } from '../../domain/taxonomy/themes';
import { t } from '../i18n/i18n';
import { themeText } from '../i18n/theme-text';
import { GROUP_LABELS } from './labels';

const groups = (['local', 'asb', 'crime'] as const).map((group) => ({
  group,
  themes: DEFAULT_THEMES.filter((t) => t.group === group),
}));

export function ThemeSelect(props: {
  id: string;
  value: string;
  invalid: boolean;
  describedBy?: string;
  onChange: (key: string) => void;
}) {
  return (
    <select
      id={props.id}
      value={props.value}
      aria-invalid={props.invalid}
      aria-describedby={props.describedBy}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      <option value="">{t('theme.choose')}</option>
      <For each={groups}>
        {(g) => (
          <optgroup label={GROUP_LABELS[g.group]}>
            <For each={g.themes}>{(theme) => <option value={theme.key}>{themeText(theme.key)}</option>}</For>
          </optgroup>
        )}
      </For>
    </select>
  );
}
