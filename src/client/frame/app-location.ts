// The app's path without its language prefix (`/cy/area` → `/area`): what screens compare
// against PATHS, whatever language the address is in.
import { useLocation } from '@solidjs/router';
import { stripLang } from '../i18n/languages';

export function useAppPath(): () => string {
  const location = useLocation();
  return () => stripLang(location.pathname);
}
