// An officer's moderation decision on one priority: checked against the person's CSPs and the
// priority's current status, applied in one transaction with a new change stamp (so the author's
// device pulls the outcome), and written to the audit log with what changed.
import type { Updateable } from 'kysely';
import {
  DECISION_FROM,
  type DecisionBody,
  type ModerationDecision,
  type ModerationStatus,
} from '../../domain/moderation';
import { personalDetailKinds } from '../../domain/personal-details';
import type { StaffPrincipal } from '../../domain/staff';
import { audit } from '../auth/audit';
import { HttpProblem } from '../auth/guard';
import type { Db, PrioritiesTable } from '../db/tables';
import { changeSeq, changeTx } from './change-stamp';
import { ownerCsp } from './moderation-queue';
import { carrySupports, hasSupports } from './supports-link';

export interface DecisionResult {
  readonly id: string;
  readonly status: ModerationStatus;
  readonly sensitive: boolean;
  readonly description: string;
  readonly hiddenReason: string | null;
  readonly mergedInto: string | null;
}

type Row = Pick<
  PrioritiesTable,
  | 'id'
  | 'device_id'
  | 'csp_code'
  | 'assigned_csp_code'
  | 'status'
  | 'description'
  | 'created_at'
  | 'hidden_reason'
  | 'merged_into'
  | 'personal_details'
  | 'version'
> & { sensitive: number };

const COLUMNS = [
  'id',
  'device_id',
  'csp_code',
  'assigned_csp_code',
  'status',
  'description',
  'created_at',
  'hidden_reason',
  'merged_into',
  'personal_details',
  'sensitive',
  'version',
] as const;

function checkAccess(staff: StaffPrincipal, row: Row): void {
  const csp = ownerCsp(row);
  if (!staff.cspCodes.includes(csp)) {
    throw new HttpProblem(
      403,
      'forbidden',
      `Your account does not cover CSP ${csp}, where this priority is.`,
    );
  }
}

function checkStatus(decision: ModerationDecision, row: Row): void {
  if (!DECISION_FROM[decision].includes(row.status)) {
    throw new HttpProblem(
      409,
      'conflict',
      `This priority is ${row.status}${row.status === 'merged' ? ` into ${row.merged_into}` : ''}; it cannot be given "${decision}" now. Reload the queue.`,
    );
  }
}

export async function decide<D extends ModerationDecision>(
  db: Db,
  staff: StaffPrincipal,
  id: string,
  decision: D,
  body: DecisionBody<D>,
): Promise<DecisionResult> {
  const now = new Date().toISOString();
  const supports = decision === 'merge' ? await hasSupports(db) : false;
  return db.kysely.transaction().execute(async (tx) => {
    const load = (key: string) => {
      const q = tx.selectFrom('priorities').select(COLUMNS).where('id', '=', key);
      // Two officers on the same item queue up on PostgreSQL; SQLite has one writer anyway.
      return (db.kind === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
    };
    const row = await load(id);
    if (!row) throw new HttpProblem(404, 'not_found', `No priority with id ${id}`);
    checkAccess(staff, row);
    checkStatus(decision, row);

    const changes: Updateable<PrioritiesTable> = {};
    const details: Record<string, unknown> = { from: row.status };
    if (decision === 'approve') {
      const b = body as DecisionBody<'approve'>;
      if (row.personal_details && !b.personalDetailsChecked) {
        const kinds = (JSON.parse(row.personal_details) as string[]).join(', ');
        throw new HttpProblem(
          409,
          'conflict',
          `The text may hold personal details (${kinds}): redact them, or confirm none remain with personalDetailsChecked, before publishing.`,
        );
      }
      Object.assign(changes, {
        status: 'published',
        hidden_reason: null,
        hidden_category: null,
        resident_note: null,
        personal_details: null,
      });
      if (row.personal_details) details.personalDetailsChecked = JSON.parse(row.personal_details);
    } else if (decision === 'redact') {
      const b = body as DecisionBody<'redact'>;
      const kinds = personalDetailKinds(b.description);
      Object.assign(changes, {
        description: b.description,
        personal_details: kinds.length > 0 ? JSON.stringify(kinds) : null,
        // A new version by another writer: the author's device, if it edits from the old text,
        // gets a sync conflict showing the redacted copy instead of silently undoing it.
        version: row.version + 1,
        written_by: `staff:${staff.id}`,
      });
      // The original is kept here only: the audit log is for administrators.
      Object.assign(details, {
        original: row.description,
        redacted: b.description,
        reason: b.reason ?? null,
      });
    } else if (decision === 'hide') {
      const b = body as DecisionBody<'hide'>;
      const category = b.category ?? 'other';
      const note = b.residentNote || null;
      Object.assign(changes, {
        status: 'hidden',
        hidden_reason: b.reason,
        hidden_category: category,
        resident_note: note,
      });
      Object.assign(details, { reason: b.reason, category, residentNote: note });
    } else if (decision === 'sensitive') {
      const b = body as DecisionBody<'sensitive'>;
      changes.sensitive = b.sensitive ? 1 : 0;
      details.sensitive = b.sensitive;
    } else if (decision === 'merge') {
      const into = (body as DecisionBody<'merge'>).into;
      if (into === id) throw new HttpProblem(409, 'conflict', 'A priority cannot be merged into itself.');
      const target = await load(into);
      if (!target) throw new HttpProblem(404, 'not_found', `No priority with id ${into} to merge into`);
      if (ownerCsp(target) !== ownerCsp(row)) {
        throw new HttpProblem(409, 'conflict', 'Only priorities in the same CSP can be merged.');
      }
      if (target.status !== 'received' && target.status !== 'published') {
        throw new HttpProblem(
          409,
          'conflict',
          `The priority to merge into is ${target.status}; choose another.`,
        );
      }
      Object.assign(changes, { status: 'merged', merged_into: into });
      // Duplicates merged into this one earlier follow it to the new target.
      await tx
        .updateTable('priorities')
        .set({
          merged_into: into,
          server_updated_at: now,
          change_seq: changeSeq(db.kind),
          change_tx: changeTx(db.kind),
        })
        .where('merged_into', '=', id)
        .where('status', '=', 'merged')
        .execute();
      details.into = into;
      details.supportsCarried = supports ? await carrySupports(tx, row, target, now) : 0;
    }

    await tx
      .updateTable('priorities')
      .set({
        ...changes,
        moderated_at: now,
        moderated_by: staff.id,
        server_updated_at: now,
        change_seq: changeSeq(db.kind),
        change_tx: changeTx(db.kind),
      })
      .where('id', '=', id)
      // The status read above still holds: a concurrent decision cannot be overwritten.
      .where('status', '=', row.status)
      .execute();
    await audit({ kysely: tx }, staff, `moderation.${decision}`, {
      cspCode: ownerCsp(row),
      targetId: id,
      ...details,
    });
    const after = await tx
      .selectFrom('priorities')
      .select(COLUMNS)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return {
      id,
      status: after.status,
      sensitive: after.sensitive === 1,
      description: after.description,
      hiddenReason: after.hidden_reason,
      mergedInto: after.merged_into,
    };
  });
}
