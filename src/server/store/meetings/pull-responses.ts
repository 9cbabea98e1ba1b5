// Responses on the priorities a device raised, or backed with "me too" while they are public,
// changed after its cursor. Uses the same (change_tx, change_seq) cursor and PostgreSQL txid
// horizon as the priorities pull. (A device that backs a priority later starts its cursor over.)
import { shareableProgressWords } from '../../../domain/progress-words';
import type { ResponsesPullResponse } from '../../../domain/response';
import { PROTOCOL_VERSION } from '../../../domain/sync-protocol';
import type { Db } from '../../db/tables';
import { formatCursor, parseCursor, pullHorizon } from '../change-stamp';
import { publicRows } from '../public-priorities';
import { staffNames } from '../staff-names';
import { toPulledResponse } from './responses';
import { supportFollows } from './support-follows';

export async function pullResponses(
  db: Db,
  query: { deviceId: string; cursor?: string; limit?: number },
): Promise<ResponsesPullResponse> {
  const after = parseCursor(query.cursor);
  const limit = query.limit ?? 100;
  const horizon = pullHorizon(db.kind);
  let select = db.kysely
    .selectFrom('priority_responses as r')
    .innerJoin('priorities as p', 'p.id', 'r.priority_id')
    .select([
      'r.id',
      'r.priority_id',
      'r.status',
      'r.action',
      'r.reason',
      'r.responded_at',
      'r.change_tx',
      'r.change_seq',
    ])
    .where((eb) =>
      eb.or([
        eb('p.device_id', '=', query.deviceId),
        // Backed, and still public: a priority hidden or marked sensitive later says no more.
        eb.and([
          eb(
            'p.id',
            'in',
            eb.selectFrom('supports as s').select('s.priority_id').where('s.device_id', '=', query.deviceId),
          ),
          eb('p.id', 'in', publicRows(db).select('p.id')),
        ]),
      ]),
    )
    .where((eb) =>
      eb.or([
        eb('r.change_tx', '>', after.tx),
        eb.and([eb('r.change_tx', '=', after.tx), eb('r.change_seq', '>', after.seq)]),
      ]),
    );
  if (horizon) select = select.where('r.change_tx', '<', horizon);
  const rows = await select
    .orderBy('r.change_tx')
    .orderBy('r.change_seq')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const names = page.length > 0 ? await staffNames(db) : [];
  return {
    protocol: PROTOCOL_VERSION,
    // Least privilege: whoever raised or backed it learns what was done, never which officer
    // recorded it (no staff name or id leaves the store in a device's pull), and the words only
    // as the one rule for progress words lets them leave (the same as the public sees).
    items: page.map((r) => ({ ...toPulledResponse(r), ...shareableProgressWords(r, names) })),
    follows: await supportFollows(db, query.deviceId),
    cursor: last
      ? formatCursor({ tx: Number(last.change_tx), seq: Number(last.change_seq) })
      : formatCursor(after),
    more: rows.length > limit,
  };
}
