// Imports survey / paper responses and past consultation spreadsheets as priorities:
// a real CSV parser (BOM, quoted commas, blank lines), per-row reasons for anything skipped,
// and idempotent by source id (a second import of the same file adds nothing).
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Priority } from '../../domain/priority';
import type { Db } from '../db/tables';
import { loadAreaIndex } from '../geo/area-index';
import { pushPriorities } from '../store/push';
import { type Field, type MappingFile, resolveColumns } from './mapping';
import { rowToPriority } from './rows';

export interface ImportReport {
  readonly rows: number;
  readonly imported: number;
  readonly alreadyImported: number;
  readonly skipped: readonly { line: number; reason: string }[];
  readonly shortened: number;
}

export class ImportFileError extends Error {}

export interface ImportOptions {
  readonly text: string;
  readonly sourceName: string;
  readonly cspCode: string;
  readonly mapping: MappingFile;
  /** Column names from flags; they win over the mapping file's. */
  readonly columns?: Partial<Record<Field, string>>;
  readonly dryRun?: boolean;
}

const BATCH = 500;

/** A stable device id per source, so re-imports are recognised as the same writer. */
function importDeviceId(sourceName: string): string {
  const h = createHash('sha256').update(`import:${sourceName}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function importPrioritiesCsv(db: Db, o: ImportOptions): Promise<ImportReport> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // info: each record's line in the file, so reasons point where a spreadsheet user looks.
    records = parse(o.text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as typeof records;
  } catch (e) {
    throw new ImportFileError(`${o.sourceName} is not a readable CSV file: ${(e as Error).message}`);
  }
  const header = records[0]?.record;
  const body = records.slice(1);
  if (!header) throw new ImportFileError(`${o.sourceName} is empty`);
  const { found, missing } = resolveColumns(header, { ...o.mapping.columns, ...o.columns });
  if (missing.length > 0) throw new ImportFileError(missing.join('; '));
  if (!found.id)
    throw new ImportFileError(
      'no source id column: name it with --id-column or columns.id in the mapping file',
    );
  if (!found.date) throw new ImportFileError('no date column: name it with --date-column or columns.date');
  if (!found.theme && !found.category)
    throw new ImportFileError(
      'no theme or category column: name one with --category-column or columns.category',
    );

  const ctx = {
    columns: found,
    mapping: o.mapping,
    cspCode: o.cspCode,
    deviceId: importDeviceId(o.sourceName),
    sourceName: o.sourceName,
  };
  const skipped: { line: number; reason: string }[] = [];
  const ready: Priority[] = [];
  const seen = new Set<string>();
  const lineOf = new Map<string, number>();
  let shortened = 0;
  for (const { record: cells, info } of body) {
    const line = info.lines;
    if (cells.every((c) => c === '')) continue;
    const row = Object.fromEntries(header.map((h, j) => [h, cells[j] ?? '']));
    const result = rowToPriority(row, ctx);
    if (!result.ok) {
      skipped.push({ line, reason: result.reason });
      continue;
    }
    if (seen.has(result.priority.id)) {
      skipped.push({ line, reason: 'repeats a source id already in this file' });
      continue;
    }
    seen.add(result.priority.id);
    lineOf.set(result.priority.id, line);
    if (result.shortened) shortened++;
    ready.push(result.priority);
  }

  let imported = 0;
  let alreadyImported = 0;
  if (!o.dryRun && ready.length > 0) {
    const areas = await loadAreaIndex(db);
    for (let i = 0; i < ready.length; i += BATCH) {
      const res = await pushPriorities(
        db,
        {
          deviceId: ctx.deviceId,
          // New records (baseVersion 0); the same id again is answered as a duplicate.
          priorities: ready.slice(i, i + BATCH).map((p) => ({ ...p, baseVersion: 0 })),
        },
        areas.assign,
      );
      for (const r of res.results) {
        if (r.status === 'accepted') imported++;
        else if (r.status === 'duplicate') alreadyImported++;
        else
          skipped.push({
            line: lineOf.get(r.id) ?? 0,
            reason: `the store refused it: ${'reason' in r && r.reason ? r.reason : r.status}`,
          });
      }
    }
  }
  return {
    rows: body.filter((b) => !b.record.every((x) => x === '')).length,
    imported: o.dryRun ? ready.length : imported,
    alreadyImported,
    skipped,
    shortened,
  };
}

export function describeReport(r: ImportReport, dryRun = false): string {
  const lines = [
    `${r.rows} rows read`,
    `${r.imported} ${dryRun ? 'would be imported (dry run: nothing written)' : 'imported'}`,
    `${r.alreadyImported} already imported earlier (skipped)`,
    `${r.skipped.length} skipped`,
  ];
  if (r.shortened > 0) lines.push(`${r.shortened} descriptions shortened to the 1,000-character limit`);
  const reasons = r.skipped.map((s) => `  line ${s.line}: ${s.reason}`);
  return `${lines.join('\n')}\n${reasons.length ? `Skipped rows:\n${reasons.join('\n')}\n` : ''}`;
}
