// The default theme taxonomy: police.uk street-level crime categories, the Personal /
// Nuisance / Environmental ASB qualifiers, local concerns, and sensitive themes.
import asbReference from './asb-and-crime-category-reference.json';
import policeUkCategories from './police-uk-crime-categories.json';

export type ThemeGroup = 'crime' | 'asb' | 'local';

export interface Theme {
  /** Stable key stored with every priority; never renamed once published. */
  readonly key: string;
  readonly label: string;
  readonly group: ThemeGroup;
  /** Never shown publicly; the app signposts help when one is chosen. */
  readonly sensitive: boolean;
  readonly description?: string;
}

const descriptions = new Map(
  asbReference.police_uk_street_level_categories.categories.map((c) => [c.url, c.description]),
);

// "all-crime" is an aggregate, and ASB is split by qualifier below.
const crimeThemes: Theme[] = policeUkCategories
  .filter((c) => c.url !== 'all-crime' && c.url !== 'anti-social-behaviour')
  .map((c) => ({
    key: `crime.${c.url}`,
    label: c.name,
    group: 'crime',
    sensitive: false,
    description: descriptions.get(c.url),
  }));

const asbThemes: Theme[] = asbReference.asb_qualifiers_nsir.qualifiers.map((q) => ({
  key: `asb.${q.name.toLowerCase()}`,
  label: `Anti-social behaviour: ${q.name.toLowerCase()}`,
  group: 'asb',
  sensitive: false,
  description: q.definition_warwickshire,
}));

const local = (slug: string, label: string): Theme => ({
  key: `local.${slug}`,
  label,
  group: 'local',
  sensitive: false,
});

const localThemes: Theme[] = [
  local('speeding', 'Speeding'),
  local('parking', 'Inconsiderate parking'),
  local('fly-tipping', 'Fly-tipping'),
  local('litter', 'Litter and dog fouling'),
  local('street-lighting', 'Street lighting'),
  local('noise', 'Noise'),
  local('street-drinking', 'Street drinking'),
  local('off-road-bikes', 'Off-road bikes and e-scooters'),
  local('graffiti', 'Graffiti'),
  local('drug-dealing', 'Drug dealing in public'),
  local('youth-nuisance', 'Groups causing nuisance'),
  local('road-safety', 'Road safety'),
];

const sensitive = (slug: string, label: string): Theme => ({
  key: `sensitive.${slug}`,
  label,
  group: 'crime',
  sensitive: true,
});

const sensitiveThemes: Theme[] = [
  sensitive('domestic-abuse', 'Domestic abuse'),
  sensitive('hate-crime', 'Hate crime'),
  sensitive('exploitation', 'Exploitation (including county lines)'),
];

export const DEFAULT_THEMES: readonly Theme[] = [
  ...localThemes,
  ...asbThemes,
  ...crimeThemes,
  ...sensitiveThemes,
];

const byKey = new Map(DEFAULT_THEMES.map((t) => [t.key, t]));

export const THEME_KEYS: readonly string[] = DEFAULT_THEMES.map((t) => t.key);

export function findTheme(key: string): Theme | undefined {
  return byKey.get(key);
}

export function themeLabel(key: string): string {
  return byKey.get(key)?.label ?? key;
}
