// The officer's consultation summary: preview and file downloads from the staff endpoints.
import type { StaffSummaryPreview } from '../../domain/summary';
import {
  type ExportFormat,
  SUMMARY_API,
  type SummaryQueryParams,
  summaryQueryString,
} from '../../domain/summary-export';
import { getJson, requestFile } from './http';
import { explainRefusal } from './refusal';

export type Answer<T> = { ok: true; value: T } | { ok: false; message: string };

function refusal(
  answer: { kind: 'client-error'; status: number; body: unknown } | { kind: 'retryable'; status: number },
): string {
  return explainRefusal(answer).message;
}

export async function fetchSummary(q: SummaryQueryParams): Promise<Answer<StaffSummaryPreview>> {
  const answer = await getJson<StaffSummaryPreview>(`${SUMMARY_API.preview}?${summaryQueryString(q)}`, {
    timeoutMs: 120_000,
  });
  return answer.kind === 'ok' ? { ok: true, value: answer.body } : { ok: false, message: refusal(answer) };
}

export async function downloadExport(
  q: SummaryQueryParams,
  format: ExportFormat,
): Promise<Answer<{ blob: Blob; fileName: string }>> {
  const answer = await requestFile(`${SUMMARY_API.export}?${summaryQueryString(q, format)}`, {
    timeoutMs: 300_000,
  });
  return answer.kind === 'ok'
    ? { ok: true, value: { blob: answer.blob, fileName: answer.fileName } }
    : { ok: false, message: refusal(answer) };
}
