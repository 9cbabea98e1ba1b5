// Every export format of the consultation summary: file extension, media type and builder.
// Shared by the CLI and the officer's export endpoint, so both produce identical files.
import { toPoliceUk } from '../../domain/police-uk';
import type { ConsultationSummary } from '../../domain/summary';
import { EXPORT_FORMATS, type ExportFormat, isExportFormat } from '../../domain/summary-export';
import { rankedBarChart, wardMap } from '../../reports/formats/charts';
import { summaryToCsv } from '../../reports/formats/csv';
import { summaryToDocx } from '../../reports/formats/docx';
import { summaryToGeoJson } from '../../reports/formats/geojson';
import { summaryToHtml } from '../../reports/formats/html';
import { summaryToMarkdown } from '../../reports/formats/markdown';
import { summaryToPowerBi } from '../../reports/formats/powerbi';
import type { ExportExtras } from './extras';
import { withPng } from './render-png';

export interface ExportFile {
  readonly extension: string;
  readonly contentType: string;
  readonly body: string | Uint8Array;
}

type Builder = (summary: ConsultationSummary, extras: ExportExtras) => Promise<ExportFile> | ExportFile;

const json = (
  value: unknown,
  extension = 'json',
  contentType = 'application/json; charset=utf-8',
): ExportFile => ({
  extension,
  contentType,
  body: `${JSON.stringify(value, null, 2)}\n`,
});

const figures = (s: ConsultationSummary, e: ExportExtras) => [
  rankedBarChart(s),
  ...(e.wardShapes.length ? [wardMap(s, e.wardShapes)] : []),
];

const BUILDERS: Record<ExportFormat, Builder> = {
  csv: (s) => ({ extension: 'csv', contentType: 'text/csv; charset=utf-8', body: summaryToCsv(s) }),
  json: (s) => json(summaryToPowerBi(s)),
  md: (s) => ({ extension: 'md', contentType: 'text/markdown; charset=utf-8', body: summaryToMarkdown(s) }),
  html: (s, e) => ({
    extension: 'html',
    contentType: 'text/html; charset=utf-8',
    body: summaryToHtml(s, figures(s, e)),
  }),
  geojson: (s, e) => json(summaryToGeoJson(s, e.wardShapes, e.points), 'geojson', 'application/geo+json'),
  'police-uk': (s) => json(toPoliceUk(s.agreedPriorities ?? []), 'police-uk.json'),
  docx: async (s, e) => ({
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    body: await summaryToDocx(s, figures(s, e).map(withPng)),
  }),
};

export { EXPORT_FORMATS, type ExportFormat, isExportFormat };

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
