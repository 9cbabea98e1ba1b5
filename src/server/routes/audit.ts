// The audit log for administrators: entries about their own CSPs, and sign-ins and account
// changes of staff who share one of those CSPs (never those of other CSPs' staff).
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { STAFF_API } from '../../domain/staff';
import { check, pageLimitSchema } from '../../domain/validation';
import { audit, readAudit } from '../auth/audit';
import { requireStaff, staffOf } from '../auth/guard';
import type { Db } from '../db/tables';
import { invalid } from '../errors';

const AuditQuerySchema = v.strictObject({
  targetId: v.optional(v.pipe(v.string(), v.maxLength(100, 'targetId is too long'))),
  before: v.optional(v.pipe(v.string(), v.maxLength(100, 'before is too long'))),
  limit: v.optional(pageLimitSchema(500)),
});

export function auditRoutes(app: FastifyInstance, db: Db): void {
  app.get(STAFF_API.audit, { preHandler: requireStaff('read-audit') }, async (request, reply) => {
    const query = check(AuditQuerySchema, { ...(request.query as object) });
    if (!query.ok) return invalid(reply, query.issues);
    const staff = staffOf(request);
    const entries = await readAudit(db, {
      cspCodes: staff.cspCodes,
      includeGlobal: true,
      targetId: query.value.targetId,
      before: query.value.before,
      limit: query.value.limit ?? 100,
    });
    await audit(db, staff, 'audit.read', { targetId: query.value.targetId ?? null });
    return { entries };
  });
}
