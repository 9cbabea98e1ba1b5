// The consultation summary for a CSP and period, as JSON or (format=csv) as the CSV export.
import type { FastifyInstance } from 'fastify';
import { API } from '../../domain/sync-protocol';
import { summaryToCsv } from '../../reports/csv';
import type { Db } from '../db/tables';
import { invalid, notFound } from '../errors';
import { consultationSummary } from '../store/summary';
import { checkSummaryRange } from '../summary-range';

interface SummaryRequest {
  Params: { code: string };
  Querystring: { from?: unknown; to?: unknown; format?: unknown };
}

export function summaryRoutes(app: FastifyInstance, db: Db): void {
  app.get<SummaryRequest>(API.summary(':code'), async (request, reply) => {
    const { from, to, format } = request.query;
    const range = checkSummaryRange(from, to);
    if (!range.ok) return invalid(reply, range.issues);
    if (format !== undefined && format !== 'json' && format !== 'csv') {
      return invalid(reply, [{ path: 'format', message: 'format must be json or csv' }]);
    }
    const summary = await consultationSummary(db, { cspCode: request.params.code, ...range });
    if (!summary)
      return notFound(reply, `No CSP with code ${request.params.code} in this consultation store`);
    reply.header('cache-control', 'no-store');
    if (format === 'csv') {
      const name = `consultation-summary-${summary.cspCode}-${range.from}-${range.to}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(summaryToCsv(summary));
    }
    return summary;
  });
}
