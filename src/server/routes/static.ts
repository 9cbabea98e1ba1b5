// Serves the built PWA, falls back to index.html for app routes, and answers every other
// unknown path with a not_found ErrorBody.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../errors';

// The service worker and the shell must always be revalidated, or a device can stay on an
// old release; Vite's hashed assets never change under the same name.
function cacheControlFor(path: string): string {
  const name = basename(path);
  if (name === 'sw.js' || name === 'index.html' || name.endsWith('.webmanifest')) return 'no-cache';
  if (path.includes('/assets/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

const isApiPath = (url: string) => url.startsWith('/api/') || url === '/api' || url.startsWith('/healthz');

/** Returns whether the PWA is being served (false when staticDir has no index.html). */
export async function staticRoutes(app: FastifyInstance, staticDir: string | undefined): Promise<boolean> {
  const serving = !!staticDir && existsSync(join(staticDir, 'index.html'));
  if (serving) {
    await app.register(fastifyStatic, {
      root: staticDir,
      cacheControl: false,
      setHeaders: (res, path) => res.header('cache-control', cacheControlFor(path)),
    });
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const wantsPage = (request.headers.accept ?? '').includes('text/html');
    if (serving && request.method === 'GET' && wantsPage && !isApiPath(request.url)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return notFound(reply, `No such resource: ${request.method} ${request.url.split('?')[0]}`);
  });
  return serving;
}
