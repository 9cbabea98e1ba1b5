// Runs the numbered migrations. The provider is static so bundling or tsx never has to
// scan a folder at runtime.
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as m001 from './migrations/001_initial';
import * as m002 from './migrations/002_boundary_vintages';
import * as m003 from './migrations/003_staff';
import * as m004 from './migrations/004_supports';
import * as m005 from './migrations/005_meetings';
import * as m006 from './migrations/006_sync_writers';
import * as m007 from './migrations/007_summary_index';
import * as m007b from './migrations/007b_summary_supports_index';
import * as m008 from './migrations/008_personal_details';
import * as m008b from './migrations/008b_patrol_and_equality';
import * as m010 from './migrations/010_staff_lockout_idle';
import * as m011 from './migrations/011_summary_covering_index';
import * as m017 from './migrations/017_support_follows';
import * as m017b from './migrations/017b_meeting_send_grants';
import * as m018 from './migrations/018_store_generations';
import * as m019 from './migrations/019_resident_hears_back';
import * as m021 from './migrations/021_meeting_ties';
import * as m023 from './migrations/023_welsh_names';
import type { Db } from './tables';

const migrations: Record<string, Migration> = {
  '001_initial': m001,
  '003_staff': m003,
  '004_supports': m004,
  '008_personal_details': m008,
  '008b_patrol_and_equality': m008b,
  '005_meetings': m005,
  '006_sync_writers': m006,
  '002_boundary_vintages': m002,
  '007_summary_index': m007,
  '007b_summary_supports_index': m007b,
  '010_staff_lockout_idle': m010,
  '011_summary_covering_index': m011,
  '017_support_follows': m017,
  '017b_meeting_send_grants': m017b,
  '018_store_generations': m018,
  '019_resident_hears_back': m019,
  '023_welsh_names': m023,
  '021_meeting_ties': m021,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrate(db: Db): Promise<string[]> {
  // Features are built in parallel and their numbered migrations can land out of order;
  // each one is independent, so an older number arriving later still runs.
  const migrator = new Migrator({ db: db.kysely, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
