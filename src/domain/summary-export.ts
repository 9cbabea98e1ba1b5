// The consultation summary's export formats and staff endpoints, shared by the officer screen,
// the server and the CLI.
export const EXPORT_FORMATS = ['docx', 'html', 'md', 'csv', 'geojson', 'json', 'police-uk'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  docx: 'Word document for the strategic assessment',
  html: 'Web page that prints to PDF',
  md: 'Markdown',
  csv: 'Spreadsheet (tidy CSV for Excel)',
  geojson: 'GIS layer (GeoJSON)',
  json: 'Power BI (JSON)',
  'police-uk': 'Agreed priorities for police.uk (JSON)',
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export const SUMMARY_API = {
  /** GET ?csp=CODE[,CODE]&from&to[&compareFrom&compareTo]: the summary as JSON (staff with 'export'). */
  preview: '/api/v1/staff/summary',
  /** GET the same query plus &format=…: the file, as an attachment. */
  export: '/api/v1/staff/summary/export',
} as const;

export interface SummaryQueryParams {
  readonly csp: string;
  readonly from: string;
  readonly to: string;
  readonly compareFrom?: string;
  readonly compareTo?: string;
}

export function summaryQueryString(q: SummaryQueryParams, format?: ExportFormat): string {
  const p = new URLSearchParams({ csp: q.csp, from: q.from, to: q.to });
  if (q.compareFrom && q.compareTo) {
    p.set('compareFrom', q.compareFrom);
    p.set('compareTo', q.compareTo);
  }
  if (format) p.set('format', format);
  return p.toString();
}
