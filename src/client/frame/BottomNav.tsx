// The resident's five destinations, as a bar that fits the narrowest phone. A destination is
// current for every screen inside it (one meeting is still "Meetings").
import { For, type JSX } from 'solid-js';
import { type MessageKey, t } from '../i18n/i18n';
import { useAppPath } from './app-location';
import { PATHS } from './paths';

type Section = 'add' | 'my' | 'area' | 'meetings' | 'more';

export function sectionOf(pathname: string): Section {
  const first = pathname.split('/')[1] ?? '';
  if (first === '') return 'add';
  if (first === 'my') return 'my';
  if (first === 'area' || first === 'priorities') return 'area';
  if (first === 'meetings') return 'meetings';
  return 'more';
}

// 24-unit outline icons, drawn for this app; decorative (the label names the link).
const ICONS: Record<Section, JSX.Element> = {
  add: <path d="M12 5v14M5 12h14" />,
  my: <path d="M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01" />,
  area: (
    <path d="M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21zm0-9a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z" />
  ),
  meetings: (
    <path d="M7 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm10 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 19c0-3 2.5-5 5-5s5 2 5 5m0 0c0-3 2.5-5 5-5s5 2 5 5" />
  ),
  more: <path d="M5 12h.01M12 12h.01M19 12h.01" />,
};

const DESTINATIONS: ReadonlyArray<{ section: Section; href: string; label: MessageKey }> = [
  { section: 'add', href: PATHS.add, label: 'nav.add' },
  { section: 'my', href: PATHS.my, label: 'nav.my' },
  { section: 'area', href: PATHS.area, label: 'nav.area' },
  { section: 'meetings', href: PATHS.meetings, label: 'nav.meetings' },
  { section: 'more', href: PATHS.more, label: 'nav.more' },
];

export function BottomNav(props: { waiting: number }) {
  const path = useAppPath();
  const current = () => sectionOf(path());
  return (
    <nav class="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        <For each={DESTINATIONS}>
          {(d) => (
            <li>
              <a href={d.href} aria-current={current() === d.section ? 'page' : undefined}>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                  {ICONS[d.section]}
                </svg>
                <span class="label">{t(d.label)}</span>
                {d.section === 'my' && props.waiting > 0 ? (
                  <span class="badge">
                    <span aria-hidden="true">{props.waiting}</span>
                    <span class="visually-hidden"> {t('nav.notSent', { count: props.waiting })}</span>
                  </span>
                ) : null}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
