// Kysely table types for the consultation store. Timestamps are ISO 8601 text on both dialects.
import type { Generated, Kysely } from 'kysely';
import type { ModerationStatus } from '../../domain/moderation';
import type { Role } from '../../domain/staff';

export interface AreaUnitsTable {
  code: string;
  name: string;
  /** The Welsh name, where the boundary file or lookup gave one. */
  name_cy: string | null;
  level: AreaLevel;
  parent_code: string | null;
  /** The vintage of the boundaries this row's name and geometry come from. */
  vintage: string;
  /** GeoJSON of the boundaries in force (area_boundaries keeps every vintage); null without a shape. */
  geometry: string | null;
  /** Extent; null for a CSP or district set up from the lookup before its boundaries arrive. */
  min_lon: number | null;
  min_lat: number | null;
  max_lon: number | null;
  max_lat: number | null;
}

export type AreaLevel = 'ward' | 'district' | 'neighbourhood' | 'csp' | 'csp-group';
/** The levels boundary files are imported for. */
export type BoundaryLevel = 'ward' | 'district' | 'neighbourhood' | 'csp';

export interface BoundarySetsTable {
  level: BoundaryLevel;
  vintage: string;
  in_force_from: string;
  source: string;
  imported_at: string;
}

export interface AreaBoundariesTable {
  level: BoundaryLevel;
  vintage: string;
  code: string;
  name: string;
  name_cy: string | null;
  parent_code: string | null;
  geometry: string;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
}

/** Wards of a district split between CSPs, and the CSP each belongs to. */
export interface CspWardsTable {
  csp_code: string;
  ward_code: string;
  source: 'file' | 'overlap';
}

export interface CspGroupMembersTable {
  group_code: string;
  csp_code: string;
}

export interface PriorityAreasTable {
  priority_id: string;
  level: BoundaryLevel;
  vintage: string;
  area_code: string | null;
  touches: string;
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
  /** 'neighbourhood': a police neighbourhood chosen from the list, its code in area_code. */
  place_kind: 'point' | 'area' | 'area-unit' | 'neighbourhood';
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
  status: ModerationStatus;
  /** 0/1, set by an officer; sensitive themes are treated as sensitive whatever this says. */
  sensitive: Generated<number>;
  hidden_reason: string | null;
  /** Hidden: the category and the note for the author, both sent to the author's device (019). */
  hidden_category: string | null;
  resident_note: string | null;
  /** 0/1: the author edited it while published, which sent it back to review (019). */
  edited_after_publish: Generated<number>;
  /** For status 'merged': the priority this one was merged into. */
  merged_into: string | null;
  moderated_at: string | null;
  /** The staff id that made the last moderation decision. */
  moderated_by: string | null;
  ward_code: string | null;
  district_code: string | null;
  assigned_csp_code: string | null;
  /** 0/1: SQLite has no boolean type, so both dialects store an integer. */
  outside_area: number;
  received_at: string;
  server_updated_at: string;
  change_seq: number;
  change_tx: number;
  /** JSON list of personal-detail kinds found in description/landmark; null when none (migration 008). */
  personal_details: string | null;
  /** Patrol: staff user id of the recorder; resident_count: residents in one conversation (008b). */
  recorded_by: string | null;
  resident_count: number | null;
  /** Equality-monitoring answers as JSON, given with consent; never in any public view (008b). */
  equality: string | null;
  /** Who wrote the held version when not the owning device (e.g. a moderator); null = the device. */
  written_by: string | null;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  /** scrypt$N$r$p$salt$hash (base64url): the cost travels with the hash so it can be raised. */
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface UserCspsTable {
  user_id: string;
  csp_code: string;
}

export interface SessionsTable {
  /** SHA-256 of the bearer token, hex. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  /** Last request on this session (the idle timeout runs from here); null before migration 010. */
  last_seen_at: string | null;
}

/** Wrong passwords per username (known or not) and the lockout they led to. */
export interface LoginFailuresTable {
  username: string;
  failures: number;
  first_failed_at: string;
  locked_until: string | null;
}

export interface AuditLogTable {
  /** UUIDv7, so ids sort by time. */
  id: string;
  at: string;
  staff_id: string | null;
  /** Username, or "cli:<os user>" for commands run on the server. */
  actor: string;
  action: string;
  csp_code: string | null;
  target_id: string | null;
  /** JSON object as text. */
  details: string;
}

/** "Me too": one row per device per priority (unique key), migration 004. */
export interface SupportsTable {
  id: string;
  priority_id: string;
  device_id: string;
  created_at: string;
  received_at: string;
  /** The priority the device backed, when a merge moved the support to another (migration 017). */
  backed_id: string | null;
}

/** A meeting's permission to be sent by one device once, issued by signed-in staff (migration 017b). */
export interface MeetingSendGrantsTable {
  token_hash: string;
  meeting_id: string;
  device_id: string;
  csp_code: string;
  staff_id: string;
  issued_at: string;
  expires_at: string;
  used_at: string | null;
}

/** One run of the store, and how far its answers are known to be on disk (migration 018). */
export interface StoreGenerationsTable {
  id: string;
  started_at: string;
  /** Milliseconds since the run began (its monotonic clock). */
  seen_until: number;
}

/** Per-CSP settings (019): the month, 1 to 12, its strategic assessment is written. */
export interface CspSettingsTable {
  csp_code: string;
  assessment_month: number | null;
}

export interface Tables {
  area_units: AreaUnitsTable;
  csp_districts: CspDistrictsTable;
  priorities: PrioritiesTable;
  supports: SupportsTable;
  users: UsersTable;
  user_csps: UserCspsTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  meetings: MeetingsTable;
  meeting_items: MeetingItemsTable;
  meeting_agreed: MeetingAgreedTable;
  priority_responses: PriorityResponsesTable;
  meeting_send_grants: MeetingSendGrantsTable;
  boundary_sets: BoundarySetsTable;
  area_boundaries: AreaBoundariesTable;
  csp_wards: CspWardsTable;
  csp_group_members: CspGroupMembersTable;
  priority_areas: PriorityAreasTable;
  store_generations: StoreGenerationsTable;
  csp_settings: CspSettingsTable;
}

export interface MeetingsTable {
  id: string;
  device_id: string;
  csp_code: string;
  kind: 'pact' | 'nag';
  ward_code: string;
  neighbourhood: string | null;
  meeting_date: string;
  venue: string;
  chair: string;
  /** JSON array of agencies as text. */
  partners: string;
  attendance: number;
  voters: number;
  votes_per_attendee: number;
  agreed_count: number;
  previous_meeting_id: string | null;
  created_at: string;
  closed_at: string;
  received_at: string;
  /** JSON MeetingTie, or null: no tie, or stored before ties were recorded (migration 021). */
  agreed_tie: string | null;
}

export interface MeetingItemsTable {
  meeting_id: string;
  priority_id: string;
  position: number;
  source: 'attendee' | 'chair' | 'police-uk';
  votes: number;
}

export interface MeetingAgreedTable {
  meeting_id: string;
  priority_id: string;
  rank: number;
  lead_agency: string;
  intended_action: string;
}

export interface PriorityResponsesTable {
  id: string;
  priority_id: string;
  status: 'open' | 'in-progress' | 'done' | 'not-possible';
  action: string;
  reason: string;
  /** Display name shown to residents; the staff id stays server-side for the audit trail. */
  responded_by: string;
  responded_by_id: string | null;
  responded_at: string;
  change_seq: number;
  change_tx: number;
}

export type StoreKind = 'sqlite' | 'postgres';

/** The open store: the query builder plus which dialect it speaks (some SQL differs). */
export interface Db {
  readonly kysely: Kysely<Tables>;
  readonly kind: StoreKind;
  /** How an SQLite store was opened, so another thread can open its own connection to it. */
  readonly sqlite?: SqliteOpening;
  close(): Promise<void>;
}

export interface SqliteOpening {
  readonly dataDir: string;
  readonly synchronous: 'normal' | 'full';
  /** A worker thread checkpoints the log; every connection leaves it to that worker. */
  readonly backgroundCheckpoints: boolean;
}
