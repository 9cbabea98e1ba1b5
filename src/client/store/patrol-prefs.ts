// What patrol quick capture remembers between saves and sessions: the last theme and the
// few themes this officer records most recently, so the next one is a single tap.
import { readKv, writeKv } from './kv';

// Under the staff prefix: signing out clears it with the rest of the staff data.
const KEY = 'staff:patrol';
const RECENT = 6;

export interface PatrolPrefs {
  readonly lastTheme?: string;
  readonly recentThemes: readonly string[];
}

export async function readPatrolPrefs(): Promise<PatrolPrefs> {
  return (await readKv<PatrolPrefs>(KEY)) ?? { recentThemes: [] };
}

export async function rememberPatrolTheme(themeKey: string): Promise<PatrolPrefs> {
  const held = await readPatrolPrefs();
  const next = {
    lastTheme: themeKey,
    recentThemes: [themeKey, ...held.recentThemes.filter((t) => t !== themeKey)].slice(0, RECENT),
  };
  await writeKv(KEY, next);
  return next;
}
