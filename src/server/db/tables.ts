// Kysely table types for the consultation store. Timestamps are ISO 8601 text on both dialects.
import type { Kysely } from 'kysely';

export interface AreaUnitsTable {
  code: string;
  name: string;
  level: 'ward' | 'district' | 'csp';
  parent_code: string | null;
  vintage: string;
  /** GeoJSON geometry as text; null where the store does not need the shape (districts, CSPs). */
  geometry: string | null;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
}

export interface CspDistrictsTable {
  csp_code: string;
  district_code: string;
}

export interface PrioritiesTable {
  id: string;
  device_id: string;
  /** The CSP the device declared; assigned_csp_code is where the server counted it. */
  csp_code: string;
  theme_key: string;
  place_kind: 'point' | 'area' | 'area-unit';
  lon: number | null;
  lat: number | null;
  accuracy_m: number | null;
  geometry: string | null;
  area_code: string | null;
  landmark: string | null;
  description: string;
  /** JSON arrays as text. */
  times_of_day: string;
  days: string;
  respondent_type: string;
  channel: string;
  created_at: string;
  updated_at: string;
  version: number;
  status: 'received';
  ward_code: string | null;
  district_code: string | null;
  assigned_csp_code: string | null;
  /** 0/1: SQLite has no boolean type, so both dialects store an integer. */
  outside_area: number;
  received_at: string;
  server_updated_at: string;
  change_seq: number;
  change_tx: number;
}

export interface Tables {
  area_units: AreaUnitsTable;
  csp_districts: CspDistrictsTable;
  priorities: PrioritiesTable;
}

export type StoreKind = 'sqlite' | 'postgres';

/** The open store: the query builder plus which dialect it speaks (some SQL differs). */
export interface Db {
  readonly kysely: Kysely<Tables>;
  readonly kind: StoreKind;
  close(): Promise<void>;
}
