// Where this device's "me too" went after moderation merged the priority it backed into another,
// and where its own priorities went when merged as duplicates: for each, the surviving priority
// as the public sees it (theme and published text). Only public survivors are named; a survivor
// that is not public says nothing yet.
import type { SupportFollow } from '../../../domain/response-status';
import type { Db } from '../../db/tables';
import { publicRows } from '../public-priorities';

export async function supportFollows(db: Db, deviceId: string): Promise<SupportFollow[]> {
  // Moved by a merge: the support now counts for the survivor and remembers what was backed.
  const moved = await publicRows(db)
    .innerJoin('supports as s', 's.priority_id', 'p.id')
    .select(['s.backed_id', 'p.id', 'p.theme_key', 'p.description'])
    .where('s.device_id', '=', deviceId)
    .where('s.backed_id', 'is not', null)
    .execute();
  // Left on the merged priority because this device already backed the survivor itself.
  const stayed = await publicRows(db)
    .innerJoin('priorities as m', 'm.merged_into', 'p.id')
    .innerJoin('supports as s', 's.priority_id', 'm.id')
    .select(['m.id as backed_id', 'p.id', 'p.theme_key', 'p.description'])
    .where('m.status', '=', 'merged')
    .where('s.device_id', '=', deviceId)
    .execute();
  // Raised on this device and merged: its author counts for the survivor (as a supporter, or
  // already, having backed it or raised it too), so the author is told where it went.
  const raised = await publicRows(db)
    .innerJoin('priorities as m', 'm.merged_into', 'p.id')
    .select(['m.id as backed_id', 'p.id', 'p.theme_key', 'p.description'])
    .where('m.status', '=', 'merged')
    .where('m.device_id', '=', deviceId)
    .execute();
  // The author's own support on the survivor (added by the merge) names the same priority twice.
  const byBacked = new Map(
    [...moved, ...stayed, ...raised].map((r) => [
      r.backed_id as string,
      {
        backedId: r.backed_id as string,
        priorityId: r.id,
        themeKey: r.theme_key,
        description: r.description,
      },
    ]),
  );
  return [...byBacked.values()];
}
