// Every export format of the consultation summary: file extension, media type and builder.
// Shared by the CLI and the officer's export endpoint, so both produce identical files.
import type { ConsultationSummary } from '../../domain/summary';
import { summaryToCsv } from '../../reports/formats/csv';
import type { ExportExtras } from './extras';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  readonly extension: string;
  readonly contentType: string;
  readonly body: string | Uint8Array;
}

type Builder = (summary: ConsultationSummary, extras: ExportExtras) => Promise<ExportFile> | ExportFile;

const BUILDERS: Record<ExportFormat, Builder> = {
  csv: (s) => ({ extension: 'csv', contentType: 'text/csv; charset=utf-8', body: summaryToCsv(s) }),
  json: (s) => ({
    extension: 'json',
    contentType: 'application/json; charset=utf-8',
    body: `${JSON.stringify(s, null, 2)}\n`,
  }),
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function buildExport(
  format: ExportFormat,
  summary: ConsultationSummary,
  extras: ExportExtras,
): Promise<ExportFile> {
  return Promise.resolve(BUILDERS[format](summary, extras));
}

export function exportFileName(summary: ConsultationSummary, file: ExportFile): string {
  const codes = summary.csps.map((c) => c.code).join('-');
  return `consultation-summary-${codes}-${summary.period.from}-${summary.period.to}.${file.extension}`;
}
