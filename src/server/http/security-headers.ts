// Security headers on every answer: a Content Security Policy that lets the app, Leaflet and
// the configured tile host work and nothing else, nosniff, no framing, a strict referrer
// policy, and HSTS only when the request really came over TLS (HSTS over plain HTTP is ignored
// by browsers and would wrongly pin a development host).
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** The origin tiles come from, as a CSP source ({s} subdomains become a wildcard). */
export function tileSource(urlTemplate: string): string | undefined {
  if (!urlTemplate) return undefined;
  try {
    const url = new URL(urlTemplate.replace(/\{s\}/g, 'a').replace(/\{[a-z]+\}/gi, '0'));
    const host = /\{s\}/.test(urlTemplate) ? url.host.replace(/^a\./, '*.') : url.host;
    return `${url.protocol}//${host}`;
  } catch {
    return undefined;
  }
}

export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/** tileUrls: the tile URL template and, when set, the CSP's own PMTiles archive URL. */
export async function installSecurityHeaders(
  app: FastifyInstance,
  ...tileUrls: readonly string[]
): Promise<void> {
  const tiles = [...new Set(tileUrls.map(tileSource).filter((s): s is string => !!s))];
  const withTiles = (...sources: string[]) => [...sources, ...tiles];
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Leaflet and Solid set element styles at runtime; no inline scripts are allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: withTiles("'self'", 'data:', 'blob:'),
        // Tiles are fetched with CORS for the offline cache.
        connectSrc: withTiles("'self'"),
        fontSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The app is a same-origin PWA; these defaults would only get in the way of tiles.
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS_VALUE);
  });
}
