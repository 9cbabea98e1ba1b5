// Starts the consultation store: read config, migrate, seed the demo area, listen.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildApp } from './app';
import { ConfigError, databaseOptions, loadConfig } from './config';
import { createDatabase } from './db/database';
import { migrate } from './db/migrate';
import { seedDemo } from './seed/seed';

const STATIC_DIR = process.env.STATIC_DIR
  ? resolve(process.env.STATIC_DIR)
  : resolve(import.meta.dirname ?? '.', '../../dist');

async function start(): Promise<void> {
  const config = loadConfig();
  const options = databaseOptions(config);
  // The server checkpoints SQLite's log off its event loop; short CLI runs need not.
  const db = createDatabase('dataDir' in options ? { ...options, backgroundCheckpoints: true } : options);
  await migrate(db);
  await seedDemo(db);
  const app = await buildApp({
    db,
    staticDir: STATIC_DIR,
    defaultCsp: config.defaultCsp,
    tiles: config.tiles,
    staffSessionHours: config.staffSessionHours,
    staffIdleMinutes: config.staffIdleMinutes,
    loginLockout: config.loginLockout,
    publicGridMetres: config.publicGridMetres,
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
    meTooRadiusMetres: config.meTooRadiusMetres,
    pushWriterThread: true,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
  });
  if (!existsSync(resolve(STATIC_DIR, 'index.html'))) {
    app.log.warn(`No built PWA in ${STATIC_DIR}: the API works, but run \`npm run build\` to serve the app.`);
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    // Stop taking requests, let in-flight ones finish, then release the store.
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`consultation store (${db.kind}) listening on ${config.host}:${config.port}`);
}

start().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? `Configuration error: ${err.message}` : err);
  process.exit(1);
});
