// Every screen's address in one place: links, share links and the Back seeding use these.
// They are the English addresses; a Welsh screen's is the same with /cy in front (i18n/languages.ts).
import { type MessageKey, t } from '../i18n/i18n';
import { stripLang } from '../i18n/languages';

export const PATHS = {
  add: '/',
  my: '/my',
  myOne: (id: string) => `/my/${encodeURIComponent(id)}`,
  area: '/area',
  areaList: '/area/list',
  areaDone: '/area/done',
  publicOne: (id: string) => `/priorities/${encodeURIComponent(id)}`,
  meetings: '/meetings',
  meetingNew: '/meetings/new',
  meeting: (id: string) => `/meetings/${encodeURIComponent(id)}`,
  meetingStage: (id: string, stage: string) => `/meetings/${encodeURIComponent(id)}/${stage}`,
  more: '/more',
  offlineMap: '/offline-map',
  device: '/device',
  accessibility: '/accessibility',
  staff: '/staff',
  moderation: '/staff/moderation',
  responses: '/staff/responses',
  assessment: '/staff/assessment',
  patrol: '/staff/patrol',
} as const;

/**
 * The screen one level up from a path, for a link opened straight into an inner screen: Back
 * then goes there instead of out of the app. Undefined for the first screen.
 */
export function parentPath(pathname: string): string | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return undefined;
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'priorities') return PATHS.area;
  if (parts.length === 1)
    return parts[0] === 'offline-map' || parts[0] === 'device' || parts[0] === 'accessibility'
      ? PATHS.more
      : PATHS.add;
  if (parts[0] === 'staff' || parts[0] === 'meetings' || parts[0] === 'my' || parts[0] === 'area') {
    return parts.length === 2 ? `/${parts[0]}` : `/${parts.slice(0, -1).join('/')}`;
  }
  return PATHS.add;
}

/** An absolute link to a path that opens on the given area (CSP), for sharing. */
export function shareUrl(path: string, cspCode: string | undefined, origin = location.origin): string {
  const url = new URL(path, origin);
  if (cspCode) url.searchParams.set('csp', cspCode);
  return url.toString();
}

const TITLES: ReadonlyArray<[RegExp, MessageKey]> = [
  [/^\/$/, 'title.add'],
  [/^\/my\/[^/]+$/, 'title.myOne'],
  [/^\/my$/, 'title.my'],
  [/^\/area\/list$/, 'title.areaList'],
  [/^\/area\/done$/, 'title.areaDone'],
  [/^\/area$/, 'title.area'],
  [/^\/priorities\//, 'title.publicOne'],
  [/^\/meetings\/new$/, 'title.meetingNew'],
  [/^\/meetings\/.+/, 'title.meeting'],
  [/^\/meetings$/, 'title.meetings'],
  [/^\/more$/, 'title.more'],
  [/^\/offline-map$/, 'title.offlineMap'],
  [/^\/device$/, 'title.device'],
  [/^\/accessibility$/, 'title.accessibility'],
  [/^\/staff\/moderation$/, 'title.moderation'],
  [/^\/staff\/responses$/, 'title.responses'],
  [/^\/staff\/assessment$/, 'title.assessment'],
  [/^\/staff\/patrol$/, 'title.patrol'],
  [/^\/staff$/, 'title.staff'],
];

/** The document title for a path (either language's): the screen first, then the app (what a tab or a screen reader announces). */
export function titleFor(pathname: string): string {
  const path = stripLang(pathname).replace(/\/+$/, '') || '/';
  const screen = TITLES.find(([pattern]) => pattern.test(path))?.[1] ?? 'title.notFound';
  return t('app.title', { screen: t(screen) });
}
