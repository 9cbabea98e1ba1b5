// Every sync answer carries the store mark (src/domain/store-mark.ts), so a device learns which
// run of the store confirmed its records even if it never completes a pull. Added as the answer
// leaves, after the route's work has committed; it costs the push path nothing per record.
import type { FastifyInstance } from 'fastify';
import { MEETINGS_API } from '../../domain/meetings-api';
import { STORE_MARK_HEADER } from '../../domain/store-mark';
import { SUPPORT_PUSH_PATH } from '../../domain/support';
import { API } from '../../domain/sync-protocol';
import type { StoreGeneration } from '../store/generations';

const SYNC_PATHS = new Set<string>([
  API.push,
  API.pull,
  SUPPORT_PUSH_PATH,
  MEETINGS_API.bundles,
  MEETINGS_API.pullResponses,
]);

export function markSyncAnswers(app: FastifyInstance, generation: StoreGeneration): void {
  // A callback hook, not an async one: no extra promise on every answer of the ingest path.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (SYNC_PATHS.has(request.routeOptions.url ?? '')) reply.header(STORE_MARK_HEADER, generation.mark());
    done(null, payload);
  });
  app.addHook('onClose', () => generation.close());
}
