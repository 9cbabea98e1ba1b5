// Client configuration, CSP ward boundaries and police neighbourhoods: what a device needs
// before it can record, kept on the device for offline use.
import type { FastifyInstance } from 'fastify';
import type { ClientConfig, TileConfig } from '../../domain/areas';
import { API, PROTOCOL_VERSION } from '../../domain/sync-protocol';
import { BOUNDARY_ATTRIBUTION, NEIGHBOURHOOD_ATTRIBUTION } from '../config';
import type { Db } from '../db/tables';
import { notFound } from '../errors';
import { cspWardFeatures, findCsp, listCsps } from '../store/areas';
import { listedNeighbourhoods } from '../store/neighbourhoods';

export interface AreaRouteOptions {
  readonly defaultCsp: string;
  readonly tiles: TileConfig;
  readonly meTooRadiusMetres: number;
}

export function areaRoutes(app: FastifyInstance, db: Db, options: AreaRouteOptions): void {
  app.get(API.config, async (_request, reply): Promise<ClientConfig> => {
    reply.header('cache-control', 'public, max-age=60');
    return {
      protocol: PROTOCOL_VERSION,
      defaultCsp: options.defaultCsp,
      csps: await listCsps(db),
      tiles: options.tiles,
      boundaryAttribution: BOUNDARY_ATTRIBUTION,
      meTooRadiusMetres: options.meTooRadiusMetres,
    };
  });

  app.get<{ Params: { code: string } }>(`${API.csps}/:code/boundaries`, async (request, reply) => {
    const csp = await findCsp(db, request.params.code);
    if (!csp) return notFound(reply, `No CSP with code ${request.params.code} in this consultation store`);
    // Boundaries change rarely, but a short max-age lets a corrected set reach devices soon.
    reply.header('cache-control', 'public, max-age=300');
    return {
      type: 'FeatureCollection',
      attribution: BOUNDARY_ATTRIBUTION,
      features: await cspWardFeatures(db, csp.code),
    };
  });

  app.get<{ Params: { code: string } }>(`${API.csps}/:code/neighbourhoods`, async (request, reply) => {
    const csp = await findCsp(db, request.params.code);
    if (!csp) return notFound(reply, `No CSP with code ${request.params.code} in this consultation store`);
    const features = await listedNeighbourhoods(db, csp.code);
    reply.header('cache-control', 'public, max-age=300');
    return { type: 'FeatureCollection', attribution: NEIGHBOURHOOD_ATTRIBUTION, features };
  });
}
