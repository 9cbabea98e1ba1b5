// Environment → server config, with errors naming the variable.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TILES, databaseOptions, loadConfig } from '../../src/server/config';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: './data',
      databaseUrl: undefined,
      defaultCsp: 'E22000321',
    });
    expect(c.tiles).toEqual(DEFAULT_TILES);
    expect(c.tiles.urlTemplate).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(c.tiles.attribution).toContain('OpenStreetMap');
    expect(databaseOptions(c)).toEqual({ dataDir: './data', synchronous: 'normal' });
    expect(c).toMatchObject({
      staffSessionHours: 10,
      staffIdleMinutes: 60,
      loginLockout: { maxFailures: 5, lockMs: 15 * 60_000 },
    });
  });

  it('reads the staff session, lockout and SQLite durability settings, naming a bad one', () => {
    const c = loadConfig({
      STAFF_IDLE_MINUTES: '20',
      LOGIN_LOCKOUT_ATTEMPTS: '3',
      LOGIN_LOCKOUT_MINUTES: '30',
      SQLITE_SYNCHRONOUS: 'FULL',
    });
    expect(c).toMatchObject({ staffIdleMinutes: 20, loginLockout: { maxFailures: 3, lockMs: 30 * 60_000 } });
    expect(databaseOptions(c)).toEqual({ dataDir: './data', synchronous: 'full' });
    expect(() => loadConfig({ STAFF_IDLE_MINUTES: '2' })).toThrow(/STAFF_IDLE_MINUTES/);
    expect(() => loadConfig({ LOGIN_LOCKOUT_ATTEMPTS: '0' })).toThrow(/LOGIN_LOCKOUT_ATTEMPTS/);
    expect(() => loadConfig({ SQLITE_SYNCHRONOUS: 'off' })).toThrow(
      /SQLITE_SYNCHRONOUS must be normal or full/,
    );
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '9000',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/np',
      DATABASE_URL: 'postgres://u:p@db/np',
      TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png',
      TILE_ATTRIBUTION: '© Example',
      TILE_MAX_ZOOM: '18',
      DEFAULT_CSP: 'E22000359',
    });
    expect(c).toMatchObject({ port: 9000, host: '127.0.0.1', defaultCsp: 'E22000359' });
    expect(c.tiles).toMatchObject({
      urlTemplate: 'https://tiles.example/{z}/{x}/{y}.png',
      attribution: '© Example',
      maxZoom: 18,
    });
    expect(databaseOptions(c)).toEqual({ databaseUrl: 'postgres://u:p@db/np' });
  });

  it('an empty TILE_URL means no basemap', () => {
    expect(loadConfig({ TILE_URL: '' }).tiles).toMatchObject({ urlTemplate: '', attribution: '' });
  });

  it('reads the offline-map settings', () => {
    const c = loadConfig({
      TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png',
      TILE_MIN_ZOOM: '8',
      TILE_BULK_DOWNLOAD: 'true',
      TILE_BULK_MAX_TILES: '500',
      TILE_AVERAGE_BYTES: '12000',
      TILE_PMTILES_URL: 'https://maps.example/rugby.pmtiles',
    });
    expect(c.tiles).toMatchObject({
      minZoom: 8,
      bulkDownloadAllowed: true,
      bulkDownloadMaxTiles: 500,
      averageTileBytes: 12_000,
      pmtilesUrl: 'https://maps.example/rugby.pmtiles',
    });
  });

  it('never allows bulk download from OpenStreetMap, whose tile policy forbids it', () => {
    expect(loadConfig({}).tiles.bulkDownloadAllowed).toBe(false);
    expect(() => loadConfig({ TILE_BULK_DOWNLOAD: 'true' })).toThrow(/TILE_BULK_DOWNLOAD.*OpenStreetMap/);
    expect(() =>
      loadConfig({
        TILE_URL: 'https://{s}.tile.openstreetmap.fr/{z}/{x}/{y}.png',
        TILE_BULK_DOWNLOAD: 'yes',
      }),
    ).toThrow(/OpenStreetMap/);
  });

  it.each([
    [{ TILE_BULK_DOWNLOAD: 'maybe' }, 'TILE_BULK_DOWNLOAD'],
    [{ TILE_BULK_MAX_TILES: '0' }, 'TILE_BULK_MAX_TILES'],
    [{ TILE_MIN_ZOOM: '12', TILE_MAX_ZOOM: '10' }, 'TILE_MAX_ZOOM'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ TILE_MAX_ZOOM: '40' }, 'TILE_MAX_ZOOM'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DEFAULT_CSP: 'Rugby' }, 'DEFAULT_CSP'],
  ])('%j → error naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(name);
  });
});
