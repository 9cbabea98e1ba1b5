// Turns one spreadsheet row into a priority, or a reason it cannot be imported.
import { createHash } from 'node:crypto';
import type { Channel, Place, Priority, RespondentType } from '../../domain/priority';
import { DESCRIPTION_MAX, PrioritySchema } from '../../domain/priority';
import { DEFAULT_THEMES, findTheme } from '../../domain/taxonomy/themes';
import { check } from '../../domain/validation';
import { type Field, type MappingFile, normalise } from './mapping';

export type RowResult = { ok: true; priority: Priority; shortened: boolean } | { ok: false; reason: string };

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** ISO date or date-time, or a UK day/month/year as spreadsheets write it. */
export function parseDate(raw: string): string | null {
  const text = raw.trim();
  let iso: string | null = null;
  const uk = UK_DATE.exec(text);
  if (uk) {
    const [, d, m, y, hh, mm] = uk;
    iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}T${(hh ?? '12').padStart(2, '0')}:${mm ?? '00'}:00.000Z`;
  } else if (ISO_DATE.test(text)) iso = `${text}T12:00:00.000Z`;
  else if (/^\d{4}-\d{2}-\d{2}T/.test(text)) iso = text;
  if (!iso) return null;
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return null;
  // Reject rolled-over dates such as 31/02/2026.
  if (t.toISOString().slice(0, 10) !== iso.slice(0, 10)) return null;
  return t.toISOString();
}

/**
 * A UUIDv7 made from the row's date and a hash of its source id, so importing the same row
 * again gives the same id and the store treats it as a duplicate.
 */
export function importedId(sourceKey: string, createdAt: string): string {
  const ms = BigInt(new Date(createdAt).getTime());
  const hash = createHash('sha256').update(sourceKey).digest();
  const bytes = Buffer.alloc(16);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  hash.copy(bytes, 6, 0, 10);
  bytes[6] = 0x70 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const labels = new Map(DEFAULT_THEMES.map((t) => [normalise(t.label), t.key]));

export interface RowContext {
  readonly columns: Partial<Record<Field, string>>;
  readonly mapping: MappingFile;
  readonly cspCode: string;
  readonly deviceId: string;
  /** Distinguishes sources so two spreadsheets' "row 1" never collide. */
  readonly sourceName: string;
}

function lookup<T extends string>(map: Record<string, T>, value: string): T | undefined {
  const want = normalise(value);
  for (const [k, v] of Object.entries(map)) if (normalise(k) === want) return v;
  return undefined;
}

export function rowToPriority(row: Record<string, string>, ctx: RowContext): RowResult {
  const get = (f: Field) => (ctx.columns[f] ? (row[ctx.columns[f]!] ?? '').trim() : '');
  const sourceId = get('id');
  if (!sourceId) return { ok: false, reason: 'no source id' };
  const createdAt = parseDate(get('date'));
  if (!createdAt)
    return { ok: false, reason: `date "${get('date')}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)` };

  let themeKey: string | undefined;
  const theme = get('theme');
  const category = get('category');
  if (theme) themeKey = findTheme(theme) ? theme : undefined;
  if (!themeKey && category)
    themeKey =
      lookup(ctx.mapping.categories ?? {}, category) ??
      labels.get(normalise(category)) ??
      (findTheme(category) ? category : undefined);
  if (!themeKey) {
    const what = category || theme;
    return {
      ok: false,
      reason: what
        ? `unknown category "${what}" (map it to a theme in the mapping file)`
        : 'no theme or category',
    };
  }

  let place: Place;
  const latText = get('lat');
  const lonText = get('lon');
  const area = get('area');
  if (latText || lonText) {
    const lat = Number(latText);
    const lon = Number(lonText);
    if (!latText || !lonText || !Number.isFinite(lat) || !Number.isFinite(lon))
      return { ok: false, reason: `coordinates "${latText}, ${lonText}" are not numbers` };
    // Great Britain and its islands: catches swapped latitude/longitude and eastings/northings.
    if (lat < 49.8 || lat > 61 || lon < -8.7 || lon > 2)
      return {
        ok: false,
        reason: `coordinates ${lat}, ${lon} are not in Great Britain (latitude and longitude swapped?)`,
      };
    place = { kind: 'point', geometry: { type: 'Point', coordinates: [lon, lat] } };
  } else if (area) {
    if (!/^[EW]\d{8}$/.test(area))
      return { ok: false, reason: `area code "${area}" is not an ONS code such as E05008974` };
    place = { kind: 'area-unit', areaCode: area };
  } else return { ok: false, reason: 'no coordinates or area code' };

  const channel: Channel =
    (get('channel') && lookup(ctx.mapping.channels ?? {}, get('channel'))) ||
    (['online', 'meeting', 'patrol', 'survey'].includes(normalise(get('channel')))
      ? (normalise(get('channel')) as Channel)
      : undefined) ||
    ctx.mapping.defaults?.channel ||
    'survey';
  const respondentType: RespondentType =
    (get('respondent') && lookup(ctx.mapping.respondentTypes ?? {}, get('respondent'))) ||
    (['lives', 'works', 'visits'].includes(normalise(get('respondent')))
      ? (normalise(get('respondent')) as RespondentType)
      : undefined) ||
    ctx.mapping.defaults?.respondentType ||
    'lives';

  const full = get('description').replace(/\s+/g, ' ');
  const description = full.length > DESCRIPTION_MAX ? `${full.slice(0, DESCRIPTION_MAX - 1)}…` : full;
  const priority = {
    id: importedId(`${ctx.sourceName}\u0000${sourceId}`, createdAt),
    cspCode: ctx.cspCode,
    themeKey,
    place,
    description,
    when: { timesOfDay: [], days: [] },
    respondentType,
    channel,
    deviceId: ctx.deviceId,
    createdAt,
    updatedAt: createdAt,
    version: 1,
  };
  const checked = check(PrioritySchema, priority);
  if (!checked.ok)
    return { ok: false, reason: checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
  return { ok: true, priority: checked.value, shortened: full.length > DESCRIPTION_MAX };
}
