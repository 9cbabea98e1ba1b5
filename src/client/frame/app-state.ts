// What every screen shares: the app session (area, sync), the staff session, this device's own
// priorities and the area's public set. Made once by App, read by screens with useApp().
import { createContext, useContext } from 'solid-js';
import type { PulledResponse } from '../../domain/response-status';
import type { AppSession } from '../session';
import type { StaffSession } from '../staff/session';
import type { LocalPriority } from '../store/db';
import type { OutboxStats } from '../store/priorities';

export interface AppState {
  session: AppSession;
  staff: StaffSession;
  priorities: () => LocalPriority[];
  outbox: () => OutboxStats;
  responses: () => Map<string, PulledResponse>;
  cspName: (code: string) => string;
}

export const AppStateContext = createContext<AppState>();

export function useApp(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useApp() outside <App>');
  return state;
}
