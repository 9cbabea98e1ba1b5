// The consultation summary for a CSP (or comma-separated CSPs) and period, as JSON or
// (format=csv) as the tidy CSV export. Counts are suppressed, so it is safe to share.
import type { FastifyInstance } from 'fastify';
import { API } from '../../domain/sync-protocol';
import { summaryToCsv } from '../../reports/formats/csv';
import type { Db } from '../db/tables';
import { invalid, notFound } from '../errors';
import { seedPopulation } from '../population';
import { consultationSummary } from '../store/summary';
import { checkSummaryRequest } from '../summary-range';

interface SummaryRequest {
  Params: { code: string };
  Querystring: { from?: unknown; to?: unknown; compareFrom?: unknown; compareTo?: unknown; format?: unknown };
}

export function summaryRoutes(app: FastifyInstance, db: Db): void {
  app.get<SummaryRequest>(API.summary(':code'), async (request, reply) => {
    const { format, ...query } = request.query;
    const checked = checkSummaryRequest({ csp: request.params.code, ...query });
    const issues = checked.ok ? [] : [...checked.issues];
    if (format !== undefined && format !== 'json' && format !== 'csv')
      issues.push({ path: 'format', message: 'format must be json or csv' });
    if (!checked.ok || issues.length > 0) return invalid(reply, issues);
    const result = await consultationSummary(db, checked.value, { population: seedPopulation() });
    if (!result.ok)
      return notFound(reply, `No CSP with code ${result.unknown.join(', ')} in this consultation store`);
    reply.header('cache-control', 'no-store');
    if (format === 'csv') {
      const { period } = checked.value;
      const name = `consultation-summary-${checked.value.cspCodes.join('-')}-${period.from}-${period.to}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(summaryToCsv(result.summary));
    }
    return result.summary;
  });
}
