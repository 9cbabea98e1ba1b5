// Client configuration, CSP ward boundaries and police neighbourhoods: what a device needs
// before it can record, kept on the device for offline use.
import type { FastifyInstance } from 'fastify';
import type { ClientConfig, TileConfig } from '../../domain/areas';
import { API, PROTOCOL_VERSION } from '../../domain/sync-protocol';
import { BOUNDARY_ATTRIBUTION, NEIGHBOURHOOD_ATTRIBUTION } from '../config';
import type { Db } from '../db/tables';
import { notFound } from '../errors';
import { boundariesSignature } from '../geo/follow-boundaries';
import { cspWardFeatures, findCsp, listCsps } from '../store/areas';
import { cspNeighbourhoodFeatures, type NeighbourhoodFeature } from '../store/neighbourhoods';

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

  // Which neighbourhoods share ground with a CSP takes polygon overlaps: worked out once per
  // CSP and kept until boundaries or CSPs change (the same signature the area index follows).
  const neighbourhoods = new Map<string, { signature: string; features: NeighbourhoodFeature[] }>();
  app.get<{ Params: { code: string } }>(`${API.csps}/:code/neighbourhoods`, async (request, reply) => {
    const csp = await findCsp(db, request.params.code);
    if (!csp) return notFound(reply, `No CSP with code ${request.params.code} in this consultation store`);
    const signature = await boundariesSignature(db);
    let held = neighbourhoods.get(csp.code);
    if (held?.signature !== signature) {
      held = { signature, features: await cspNeighbourhoodFeatures(db, csp.code) };
      neighbourhoods.set(csp.code, held);
    }
    reply.header('cache-control', 'public, max-age=300');
    return { type: 'FeatureCollection', attribution: NEIGHBOURHOOD_ATTRIBUTION, features: held.features };
  });
}
