// Server settings from the environment, checked once at startup with messages naming the variable.
import type { TileConfig } from '../domain/areas';
import { CspCodeSchema } from '../domain/priority';
import { DEFAULT_ME_TOO_RADIUS_METRES } from '../domain/public';
import { check } from '../domain/validation';
import { type DatabaseOptions, isPostgresUrl } from './db/database';

export const BOUNDARY_ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2024.';

/** Shown wherever police neighbourhood boundaries are displayed (data.police.uk's terms). */
export const NEIGHBOURHOOD_ATTRIBUTION =
  'Police neighbourhood boundaries: data.police.uk, licensed under the Open Government Licence v3.0.';

export const DEFAULT_TILES: TileConfig = {
  urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  minZoom: 6,
  maxZoom: 19,
  // The OSM tile policy forbids bulk downloading; a self-hosted tile server may allow it.
  bulkDownloadAllowed: false,
  bulkDownloadMaxTiles: 3000,
  averageTileBytes: 20_000,
  pmtilesUrl: '',
};

/** Hosts whose tile usage policy forbids bulk downloading (pre-download stays off for them). */
const NO_BULK_HOSTS = /(^|\.)openstreetmap\.(org|fr|de)$/i;

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(true|yes|1|allowed)$/i.test(raw)) return true;
  if (/^(false|no|0|forbidden)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function tileHost(template: string): string {
  try {
    return new URL(template.replace(/\{[a-z]+\}/g, '0')).hostname;
  } catch {
    return '';
  }
}

function loadTiles(env: NodeJS.ProcessEnv): TileConfig {
  const urlTemplate = env.TILE_URL ?? DEFAULT_TILES.urlTemplate;
  const minZoom = integer(env, 'TILE_MIN_ZOOM', DEFAULT_TILES.minZoom, 0, 22);
  const maxZoom = integer(env, 'TILE_MAX_ZOOM', DEFAULT_TILES.maxZoom, minZoom, 22);
  const bulkDownloadAllowed = flag(env, 'TILE_BULK_DOWNLOAD', DEFAULT_TILES.bulkDownloadAllowed);
  if (bulkDownloadAllowed && NO_BULK_HOSTS.test(tileHost(urlTemplate))) {
    throw new ConfigError(
      'TILE_BULK_DOWNLOAD cannot be true for OpenStreetMap tiles: their tile usage policy forbids bulk downloading',
    );
  }
  return {
    // Set but empty means "no basemap": boundaries still draw on a plain background.
    urlTemplate,
    attribution: env.TILE_URL === '' ? '' : (env.TILE_ATTRIBUTION ?? DEFAULT_TILES.attribution),
    minZoom,
    maxZoom,
    bulkDownloadAllowed,
    bulkDownloadMaxTiles: integer(env, 'TILE_BULK_MAX_TILES', DEFAULT_TILES.bulkDownloadMaxTiles, 1, 100_000),
    averageTileBytes: integer(env, 'TILE_AVERAGE_BYTES', DEFAULT_TILES.averageTileBytes, 100, 5_000_000),
    pmtilesUrl: env.TILE_PMTILES_URL ?? '',
  };
}

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /** SQLite only: 'normal' (default; survives a crashed process) or 'full' (also a power cut). */
  readonly sqliteSynchronous: 'normal' | 'full';
  readonly defaultCsp: string;
  readonly tiles: TileConfig;
  /** How long a staff sign-in lasts before the person must sign in again. */
  readonly staffSessionHours: number;
  /** A staff session unused for this many minutes ends (sliding), before its absolute expiry. */
  readonly staffIdleMinutes: number;
  /** This many wrong passwords in a row lock a username for lockMs. */
  readonly loginLockout: { readonly maxFailures: number; readonly lockMs: number };
  /** Public views snap points to a grid of this many metres. */
  readonly publicGridMetres: number;
  /** Requests per minute per IP address and sync requests per minute per device. */
  readonly rateLimits: { readonly perIpPerMinute: number; readonly perDevicePerMinute: number };
  /** Behind a TLS-terminating proxy: trust its X-Forwarded-For/-Proto (client IPs, HSTS). */
  readonly trustProxy: boolean;
  /** "Me too" offers published priorities of the same theme within this distance of a new pin. */
  readonly meTooRadiusMetres: number;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !isPostgresUrl(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL (unset it to use SQLite)');
  }
  const defaultCsp = env.DEFAULT_CSP || 'E22000321';
  if (!check(CspCodeSchema, defaultCsp).ok) {
    throw new ConfigError(`DEFAULT_CSP must be an ONS CSP code such as E22000321, got "${defaultCsp}"`);
  }
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir: env.DATA_DIR || './data',
    databaseUrl,
    sqliteSynchronous: sqliteSynchronous(env),
    defaultCsp,
    staffSessionHours: integer(env, 'STAFF_SESSION_HOURS', 10, 1, 72),
    staffIdleMinutes: integer(env, 'STAFF_IDLE_MINUTES', 60, 5, 72 * 60),
    loginLockout: {
      maxFailures: integer(env, 'LOGIN_LOCKOUT_ATTEMPTS', 5, 1, 100),
      lockMs: integer(env, 'LOGIN_LOCKOUT_MINUTES', 15, 1, 24 * 60) * 60_000,
    },
    publicGridMetres: integer(env, 'PUBLIC_GRID_METRES', 100, 10, 5000),
    tiles: loadTiles(env),
    rateLimits: {
      perIpPerMinute: integer(env, 'RATE_LIMIT_PER_IP', 1200, 10, 1_000_000),
      perDevicePerMinute: integer(env, 'RATE_LIMIT_PER_DEVICE', 120, 5, 1_000_000),
    },
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    meTooRadiusMetres: integer(env, 'ME_TOO_RADIUS_METRES', DEFAULT_ME_TOO_RADIUS_METRES, 10, 5000),
  };
}

function sqliteSynchronous(env: NodeJS.ProcessEnv): 'normal' | 'full' {
  const raw = (env.SQLITE_SYNCHRONOUS || 'normal').toLowerCase();
  if (raw !== 'normal' && raw !== 'full') {
    throw new ConfigError(`SQLITE_SYNCHRONOUS must be normal or full, got "${env.SQLITE_SYNCHRONOUS}"`);
  }
  return raw;
}

export function databaseOptions(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'> & Partial<Pick<ServerConfig, 'sqliteSynchronous'>>,
): DatabaseOptions {
  return config.databaseUrl
    ? { databaseUrl: config.databaseUrl }
    : { dataDir: config.dataDir, synchronous: config.sqliteSynchronous };
}
