// Builds the consultation store's HTTP app without listening, so tests run it in-process.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TileConfig } from '../domain/areas';
import { DEFAULT_ME_TOO_RADIUS_METRES, DEFAULT_PUBLIC_GRID_METRES } from '../domain/public';
import { MAX_BODY_BYTES } from '../domain/sync-protocol';
import { installStaffGuard } from './auth/guard';
import { DEFAULT_LOCKOUT, type LockoutPolicy } from './auth/lockout';
import { DEFAULT_IDLE_MINUTES, DEFAULT_SESSION_HOURS } from './auth/sessions';
import { DEFAULT_TILES } from './config';
import type { Db } from './db/tables';
import { installErrorHandling } from './errors';
import type { AreaIndex } from './geo/area-index';
import { followBoundaries } from './geo/follow-boundaries';
import { acceptCompressedBodies } from './http/compressed-bodies';
import { deviceRateLimit, installRateLimits, type RateLimits } from './http/rate-limits';
import { installSecurityHeaders } from './http/security-headers';
import { markSyncAnswers } from './http/store-mark';
import { refuseNulCharacters } from './http/text-guard';
import { areaRoutes } from './routes/areas';
import { auditRoutes } from './routes/audit';
import { healthRoutes } from './routes/health';
import { meetingRoutes } from './routes/meetings';
import { moderationRoutes } from './routes/moderation';
import { publicRoutes } from './routes/public';
import { responseRoutes } from './routes/responses';
import { staffAuthRoutes } from './routes/staff-auth';
import { staffSummaryRoutes } from './routes/staff-summary';
import { staticRoutes } from './routes/static';
import { summaryRoutes } from './routes/summary';
import { supportRoutes } from './routes/supports';
import { syncRoutes } from './routes/sync';
import { startGeneration } from './store/generations';
import { makeInlinePushWriter, makeThreadPushWriter } from './store/push-writer';

/** A full push batch (200 priorities with drawn areas) fits well inside this. */
export const BODY_LIMIT = MAX_BODY_BYTES;

export interface AppOptions {
  /** A migrated, seeded store. */
  readonly db: Db;
  /** Built from the store's area units when not given. */
  readonly areas?: AreaIndex;
  /** The built PWA (Vite's dist/); the API works without it. */
  readonly staticDir?: string;
  readonly defaultCsp?: string;
  readonly tiles?: TileConfig;
  readonly logger?: FastifyServerOptions['logger'];
  /** Per-IP and per-device request limits; off when not given (server.ts always gives them). */
  readonly rateLimits?: RateLimits;
  /** Believe X-Forwarded-* from a TLS-terminating proxy (for HSTS and client IPs). */
  readonly trustProxy?: boolean;
  /** Staff sign-ins last this long (default 10 hours, a long shift). */
  readonly staffSessionHours?: number;
  /** ...and end sooner when unused this long (default 60 minutes). */
  readonly staffIdleMinutes?: number;
  /** Wrong passwords that lock a username, and for how long (default 5, 15 minutes). */
  readonly loginLockout?: LockoutPolicy;
  /** Public views snap points to this grid (default 100 m). */
  readonly publicGridMetres?: number;
  /** "Me too" offers within this distance of a new pin (default 250 m). */
  readonly meTooRadiusMetres?: number;
  /** On SQLite, write pushes on a worker thread of their own (server.ts does; push-writer.ts). */
  readonly pushWriterThread?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
  });
  installErrorHandling(app);
  acceptCompressedBodies(app);
  refuseNulCharacters(app);
  const tiles = options.tiles ?? DEFAULT_TILES;
  await installSecurityHeaders(app, tiles.urlTemplate, tiles.pmtilesUrl);
  if (options.rateLimits) await installRateLimits(app, options.rateLimits);
  // Follows boundaries and CSPs the CLI changes while the server runs.
  const areas = options.areas ?? (await followBoundaries(app, options.db));
  installStaffGuard(app, options.db, (options.staffIdleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000);
  healthRoutes(app, options.db);
  staffAuthRoutes(app, options.db, {
    sessionHours: options.staffSessionHours ?? DEFAULT_SESSION_HOURS,
    lockout: options.loginLockout ?? DEFAULT_LOCKOUT,
  });
  auditRoutes(app, options.db);
  moderationRoutes(app, options.db);
  areaRoutes(app, options.db, {
    defaultCsp: options.defaultCsp ?? 'E22000321',
    tiles: options.tiles ?? DEFAULT_TILES,
    meTooRadiusMetres: options.meTooRadiusMetres ?? DEFAULT_ME_TOO_RADIUS_METRES,
  });
  // This run of the store: its mark on every sync answer lets devices learn of a restore.
  const generation = await startGeneration(options.db);
  markSyncAnswers(app, generation);
  const pushWriter =
    options.pushWriterThread && options.db.sqlite
      ? makeThreadPushWriter({ ...options.db, sqlite: options.db.sqlite }, areas.assign)
      : makeInlinePushWriter(options.db, areas.assign);
  app.addHook('onClose', () => pushWriter.close());
  syncRoutes(app, options.db, pushWriter, deviceRateLimit(app, options.rateLimits), generation);
  summaryRoutes(app, options.db);
  staffSummaryRoutes(app, options.db);
  meetingRoutes(app, options.db, areas.assign, {
    sendGrantHours: options.staffSessionHours ?? DEFAULT_SESSION_HOURS,
  });
  responseRoutes(app, options.db);
  publicRoutes(app, options.db, { gridMetres: options.publicGridMetres ?? DEFAULT_PUBLIC_GRID_METRES });
  supportRoutes(app, options.db);
  await staticRoutes(app, options.staticDir);
  return app;
}
