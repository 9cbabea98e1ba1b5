// How an imported spreadsheet's columns and free categories map onto priorities: from flags
// (--id-column Ref …) and/or a small JSON mapping file. Checked up front with clear messages.
import * as v from 'valibot';
import { CHANNELS, RESPONDENT_TYPES } from '../../domain/priority';
import { THEME_KEYS } from '../../domain/taxonomy/themes';
import { check } from '../../domain/validation';

export const FIELDS = [
  'id',
  'date',
  'theme',
  'category',
  'lat',
  'lon',
  'area',
  'description',
  'channel',
  'respondent',
] as const;
export type Field = (typeof FIELDS)[number];

/** Column names tried when the mapping does not name one (case and spacing ignored). */
export const DEFAULT_COLUMNS: Record<Field, readonly string[]> = {
  id: ['id', 'source id', 'ref', 'reference', 'response id'],
  date: ['date', 'created', 'created at', 'submitted', 'date submitted', 'date raised', 'timestamp'],
  theme: ['theme', 'theme key'],
  category: ['category', 'issue', 'concern', 'topic'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'long', 'longitude'],
  area: ['area code', 'ward code', 'ward', 'area'],
  description: ['description', 'comment', 'comments', 'details', 'text'],
  channel: ['channel', 'source', 'how'],
  respondent: ['respondent type', 'respondent', 'connection'],
};

const Text = v.pipe(v.string(), v.trim(), v.minLength(1));
export const MappingFileSchema = v.strictObject({
  columns: v.optional(v.record(v.picklist(FIELDS, `columns keys must be ${FIELDS.join(', ')}`), Text), {}),
  categories: v.optional(
    v.record(Text, v.picklist(THEME_KEYS, 'each category must map to a theme key from the taxonomy')),
    {},
  ),
  channels: v.optional(
    v.record(Text, v.picklist(CHANNELS, `channels must map to ${CHANNELS.join(', ')}`)),
    {},
  ),
  respondentTypes: v.optional(
    v.record(
      Text,
      v.picklist(RESPONDENT_TYPES, `respondentTypes must map to ${RESPONDENT_TYPES.join(', ')}`),
    ),
    {},
  ),
  defaults: v.optional(
    v.strictObject({
      channel: v.optional(v.picklist(CHANNELS)),
      respondentType: v.optional(v.picklist(RESPONDENT_TYPES)),
    }),
    {},
  ),
});
export type MappingFile = v.InferOutput<typeof MappingFileSchema>;

export type MappingCheck = { ok: true; mapping: MappingFile } | { ok: false; message: string };

export function parseMappingFile(text: string, name: string): MappingCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${name} is not valid JSON: ${(e as Error).message}` };
  }
  const checked = check(MappingFileSchema, raw);
  if (!checked.ok)
    return {
      ok: false,
      message: `${name}: ${checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    };
  return { ok: true, mapping: checked.value };
}

export const normalise = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** Finds each field's column in the header: the mapping's name, else a default name. */
export function resolveColumns(
  header: readonly string[],
  columns: Partial<Record<Field, string>>,
): {
  found: Partial<Record<Field, string>>;
  missing: string[];
} {
  const byNorm = new Map(header.map((h) => [normalise(h), h]));
  const found: Partial<Record<Field, string>> = {};
  const missing: string[] = [];
  for (const f of FIELDS) {
    const named = columns[f];
    if (named) {
      const col = byNorm.get(normalise(named));
      if (col) found[f] = col;
      else missing.push(`column "${named}" (for ${f}) is not in the file`);
      continue;
    }
    const col = DEFAULT_COLUMNS[f].map((d) => byNorm.get(d)).find(Boolean);
    if (col) found[f] = col;
  }
  return { found, missing };
}
