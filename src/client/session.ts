// The app's reactive session: reference data (cached first, refreshed when online), the
// chosen CSP, connectivity, sync status, and the actions the screens call.
import { createEffect, createResource, createSignal, onCleanup } from 'solid-js';
import type { ClientConfig, CspInfo } from '../domain/areas';
import type { Equality } from '../domain/equality';
import { newPriorityId } from '../domain/ids';
import {
  type Channel,
  type Place,
  type Priority,
  PrioritySchema,
  type RespondentType,
  unlistedNeighbourhood,
  type When,
} from '../domain/priority';
import { check, type FieldIssue } from '../domain/validation';
import { deviceId } from './store/kv';
import { askPersistenceOnce } from './store/persistence';
import { savePriority } from './store/priorities';
import { makeSyncEngine, type SyncStatus } from './sync/engine';
import {
  cachedBoundaries,
  cachedConfig,
  cachedNeighbourhoods,
  chooseCsp,
  chosenCsp,
  refreshBoundaries,
  refreshConfig,
  refreshNeighbourhoods,
} from './sync/reference-data';

export interface PriorityDraft {
  themeKey: string;
  place: Place;
  description: string;
  when: When;
  respondentType: RespondentType | '';
  channel?: Channel;
  /** Patrol: the signed-in staff member recording for the resident, and how many residents. */
  recordedBy?: string;
  residentCount?: number;
  equality?: Equality;
}

export type SaveResult = { ok: true; priority: Priority } | { ok: false; issues: FieldIssue[] };

async function loadConfig(): Promise<ClientConfig | undefined> {
  const cached = await cachedConfig();
  if (cached) {
    void refreshConfig();
    return cached;
  }
  return refreshConfig();
}

/** The device's copy at once (refreshed in the background), else the store's. */
function cachedThenFresh<T>(
  cached: (csp: string) => Promise<T | undefined>,
  refresh: (csp: string) => Promise<T | undefined>,
) {
  return async (csp: string): Promise<T | undefined> => {
    const held = await cached(csp);
    if (held) {
      void refresh(csp);
      return held;
    }
    return refresh(csp);
  };
}

export function createAppSession() {
  const [online, setOnline] = createSignal(navigator.onLine);
  const [syncStatus, setSyncStatus] = createSignal<SyncStatus>({ phase: 'idle' });
  const [config] = createResource(loadConfig);
  const [cspCode, setCspCode] = createSignal<string>();
  void chosenCsp().then((held) => held && setCspCode(held));
  createEffect(() => {
    const c = config();
    if (c && !cspCode()) setCspCode(c.defaultCsp);
  });
  const [boundaries] = createResource(cspCode, cachedThenFresh(cachedBoundaries, refreshBoundaries));
  const [neighbourhoods] = createResource(
    cspCode,
    cachedThenFresh(cachedNeighbourhoods, refreshNeighbourhoods),
  );
  const csp = (): CspInfo | undefined => config()?.csps.find((c) => c.code === cspCode());

  const engine = makeSyncEngine({ onStatus: setSyncStatus });
  const up = () => setOnline(true);
  const down = () => setOnline(false);
  window.addEventListener('online', up);
  window.addEventListener('offline', down);
  onCleanup(() => {
    engine.stop();
    window.removeEventListener('online', up);
    window.removeEventListener('offline', down);
  });

  async function save(draft: PriorityDraft): Promise<SaveResult> {
    const code = cspCode();
    if (!code) return { ok: false, issues: [{ path: 'cspCode', message: 'choose your area first' }] };
    const now = new Date().toISOString();
    const candidate = {
      id: newPriorityId(),
      cspCode: code,
      themeKey: draft.themeKey,
      place: draft.place,
      description: draft.description.trim(),
      when: draft.when,
      respondentType: draft.respondentType,
      channel: draft.channel ?? 'online',
      deviceId: await deviceId(),
      createdAt: now,
      updatedAt: now,
      version: 1,
      ...(draft.recordedBy ? { recordedBy: draft.recordedBy } : {}),
      ...(draft.residentCount ? { residentCount: draft.residentCount } : {}),
      ...(draft.equality?.consent ? { equality: draft.equality } : {}),
    };
    // The same schema the store uses: what the device accepts, the store accepts.
    const checked = check(PrioritySchema, candidate);
    if (!checked.ok) return checked;
    // A neighbourhood must be one of the CSP's, as the list held on the device says (the store checks again).
    const listed = new Set(neighbourhoods()?.features.map((f) => f.properties.code));
    const unlisted = unlistedNeighbourhood(checked.value.place, code, listed);
    if (unlisted) return { ok: false, issues: [unlisted] };
    await savePriority(checked.value);
    askPersistenceOnce();
    engine.kick();
    return { ok: true, priority: checked.value };
  }

  async function selectCsp(code: string): Promise<void> {
    await chooseCsp(code);
    setCspCode(code);
  }

  return {
    online,
    syncStatus,
    config,
    cspCode,
    csp,
    boundaries,
    neighbourhoods,
    save,
    selectCsp,
    syncNow: engine.kick,
  };
}

export type AppSession = ReturnType<typeof createAppSession>;
