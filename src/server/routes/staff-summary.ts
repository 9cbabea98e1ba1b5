// The officer’s consultation summary: preview as JSON (with the real counts beside the published
// ones, this route only) and download in any format (suppressed, like every file). Staff with
// the 'export' permission, only for CSPs their account covers; every export is audited.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isExportFormat, SUMMARY_API } from '../../domain/summary-export';
import { audit } from '../auth/audit';
import { assertCspAccess, requireStaff, staffOf } from '../auth/guard';
import type { Db } from '../db/tables';
import { invalid, notFound } from '../errors';
import { loadExportExtras } from '../export/extras';
import { buildExport, EXPORT_FORMATS, exportFileName } from '../export/formats';
import { seedPopulation } from '../population';
import { consultationSummary } from '../store/summary';
import { checkSummaryRequest, type SummaryRequestCheck } from '../summary-range';

interface Query {
  Querystring: Record<string, unknown>;
}

function checkedQuery(request: FastifyRequest<Query>) {
  const q = request.query;
  return checkSummaryRequest({
    csp: q.csp,
    from: q.from,
    to: q.to,
    compareFrom: q.compareFrom,
    compareTo: q.compareTo,
  });
}

async function summaryFor(db: Db, request: FastifyRequest, query: SummaryRequestCheck, withActual = false) {
  for (const code of query.cspCodes) assertCspAccess(request, code);
  return consultationSummary(db, query, { population: seedPopulation(), withActual });
}

export function staffSummaryRoutes(app: FastifyInstance, db: Db): void {
  app.get<Query>(SUMMARY_API.preview, { preHandler: requireStaff('export') }, async (request, reply) => {
    const checked = checkedQuery(request);
    if (!checked.ok) return invalid(reply, checked.issues);
    // The real counts, each cell publication hides marked by the officer's screen: this route only.
    const result = await summaryFor(db, request, checked.value, true);
    if (!result.ok)
      return notFound(reply, `No CSP with code ${result.unknown.join(', ')} in this consultation store`);
    return result.preview;
  });

  app.get<Query>(SUMMARY_API.export, { preHandler: requireStaff('export') }, async (request, reply) => {
    const checked = checkedQuery(request);
    const format = request.query.format;
    const issues = checked.ok ? [] : [...checked.issues];
    if (!isExportFormat(format))
      issues.push({ path: 'format', message: `format must be one of ${EXPORT_FORMATS.join(', ')}` });
    if (!checked.ok || !isExportFormat(format)) return invalid(reply, issues);
    const result = await summaryFor(db, request, checked.value);
    if (!result.ok)
      return notFound(reply, `No CSP with code ${result.unknown.join(', ')} in this consultation store`);
    const file = await buildExport(
      format,
      result.summary,
      await loadExportExtras(db, checked.value.cspCodes, checked.value.period),
    );
    const { period } = checked.value;
    await audit(db, staffOf(request), 'summary.export', {
      cspCode: checked.value.cspCodes.join(','),
      format,
      from: period.from,
      to: period.to,
    });
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${exportFileName(result.summary, file)}"`)
      .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
  });
}
