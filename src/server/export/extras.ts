// What some formats need beyond the summary: ward shapes for maps, published points for GIS.
import type { Db } from '../db/tables';

export interface WardShape {
  readonly code: string;
  readonly name: string;
  readonly geometry: unknown;
}

export interface ExportExtras {
  readonly wardShapes: readonly WardShape[];
}

export async function loadExportExtras(db: Db, cspCodes: readonly string[]): Promise<ExportExtras> {
  const rows = await db.kysely
    .selectFrom('area_units as w')
    .innerJoin('csp_districts as cd', 'cd.district_code', 'w.parent_code')
    .select(['w.code', 'w.name', 'w.geometry'])
    .where('cd.csp_code', 'in', [...cspCodes])
    .where('w.level', '=', 'ward')
    .orderBy('w.code')
    .execute();
  const unique = new Map(
    rows.map((r) => [r.code, { code: r.code, name: r.name, geometry: JSON.parse(r.geometry ?? 'null') }]),
  );
  return { wardShapes: [...unique.values()] };
}
