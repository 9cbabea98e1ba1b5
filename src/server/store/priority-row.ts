// Maps a device's Priority plus the server's area assignment to a priorities row.

import type { Selectable } from 'kysely';
import { personalDetailKinds } from '../../domain/personal-details';
import type { Place, Priority } from '../../domain/priority';
import type { PrioritiesTable } from '../db/tables';
import type { Assignment } from '../geo/area-index';

/** Moderation columns are the server's own: a device's record never carries them. */
export type PriorityValues = Omit<
  PrioritiesTable,
  | 'change_seq'
  | 'change_tx'
  | 'sensitive'
  | 'hidden_reason'
  | 'hidden_category'
  | 'resident_note'
  | 'edited_after_publish'
  | 'merged_into'
  | 'moderated_at'
  | 'moderated_by'
>;

/** The area a person chose instead of a pin (a ward or other area unit, or a police neighbourhood). */
function chosenArea(place: Place): { code: string; landmark: string | undefined } | undefined {
  if (place.kind === 'area-unit') return { code: place.areaCode, landmark: place.landmark };
  if (place.kind === 'neighbourhood') return { code: place.neighbourhoodCode, landmark: place.landmark };
  return undefined;
}

export function toPriorityRow(p: Priority, area: Assignment, now: string): PriorityValues {
  const place = p.place;
  const chosen = chosenArea(place);
  // The device offers to remove personal details; whatever still arrives is flagged here.
  const details = personalDetailKinds(p.description, chosen?.landmark);
  return {
    id: p.id,
    device_id: p.deviceId,
    csp_code: p.cspCode,
    theme_key: p.themeKey,
    place_kind: place.kind,
    lon: place.kind === 'point' ? place.geometry.coordinates[0] : null,
    lat: place.kind === 'point' ? place.geometry.coordinates[1] : null,
    accuracy_m: place.kind === 'point' ? (place.accuracyM ?? null) : null,
    geometry: place.kind === 'area' ? JSON.stringify(place.geometry) : null,
    area_code: chosen?.code ?? null,
    landmark: chosen?.landmark ?? null,
    description: p.description,
    times_of_day: JSON.stringify(p.when.timesOfDay),
    days: JSON.stringify(p.when.days),
    respondent_type: p.respondentType,
    channel: p.channel,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    version: p.version,
    status: 'received',
    ward_code: area.wardCode,
    district_code: area.districtCode,
    assigned_csp_code: area.cspCode,
    outside_area: area.outsideArea ? 1 : 0,
    received_at: now,
    server_updated_at: now,
    personal_details: details.length > 0 ? JSON.stringify(details) : null,
    recorded_by: p.recordedBy ?? null,
    resident_count: p.residentCount ?? null,
    equality: p.equality ? JSON.stringify(p.equality) : null,
    written_by: null,
  };
}

/** The device-written fields of a stored row, as a Priority (for a conflict's "current" copy). */
export function fromPriorityRow(r: Selectable<PrioritiesTable>): Priority {
  const place: Place =
    r.place_kind === 'point'
      ? {
          kind: 'point',
          geometry: { type: 'Point', coordinates: [r.lon ?? 0, r.lat ?? 0] },
          ...(r.accuracy_m === null ? {} : { accuracyM: r.accuracy_m }),
        }
      : r.place_kind === 'area'
        ? { kind: 'area', geometry: JSON.parse(r.geometry ?? 'null') }
        : r.place_kind === 'neighbourhood'
          ? {
              kind: 'neighbourhood',
              neighbourhoodCode: r.area_code ?? '',
              ...(r.landmark === null ? {} : { landmark: r.landmark }),
            }
          : {
              kind: 'area-unit',
              areaCode: r.area_code ?? '',
              ...(r.landmark === null ? {} : { landmark: r.landmark }),
            };
  return {
    id: r.id,
    cspCode: r.csp_code,
    themeKey: r.theme_key as Priority['themeKey'],
    place,
    description: r.description,
    when: { timesOfDay: JSON.parse(r.times_of_day), days: JSON.parse(r.days) },
    respondentType: r.respondent_type as Priority['respondentType'],
    channel: r.channel as Priority['channel'],
    deviceId: r.device_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}
