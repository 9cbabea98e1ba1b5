// Staff calls for "you said, we did": stored meetings, their records, and recording progress.
// Online only: these read and change the consultation store directly.
import type { MeetingRecord, MeetingSummary } from '../../domain/meeting-record';
import { MEETINGS_API } from '../../domain/meetings-api';
import type { PriorityResponse } from '../../domain/response-status';
import { type FileResult, getJson, type HttpResult, postJson, requestFile } from './http';
import { explainRefusal } from './refusal';

export interface ResponseDraft {
  status: PriorityResponse['status'];
  action: string;
  reason: string;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

const loaded = <T>(answer: HttpResult<T>): Loaded<T> =>
  answer.kind === 'ok' ? { ok: true, value: answer.body } : { ok: false, message: answerMessage(answer) };

export const fetchMeetings = async (csp: string): Promise<Loaded<MeetingSummary[]>> => {
  const answer = loaded(await getJson<{ items: MeetingSummary[] }>(MEETINGS_API.list(csp)));
  return answer.ok ? { ok: true, value: answer.value.items } : answer;
};

export const fetchMeetingRecord = async (id: string): Promise<Loaded<MeetingRecord>> =>
  loaded(await getJson<MeetingRecord>(MEETINGS_API.record(id)));

export const recordResponse = (
  priorityId: string,
  draft: ResponseDraft,
): Promise<HttpResult<PriorityResponse>> =>
  postJson<PriorityResponse>(MEETINGS_API.responses(priorityId), draft);

export type RecordFormat = 'md' | 'docx' | 'csv' | 'police-uk';

export function downloadMeetingFile(id: string, format: RecordFormat) {
  return requestFile(
    format === 'police-uk' ? MEETINGS_API.policeUk(id) : `${MEETINGS_API.record(id)}?format=${format}`,
  );
}

/** The sentences an error answer carries, for showing to the officer ('' for an answer that is ok). */
export function answerMessage(answer: HttpResult<unknown> | FileResult): string {
  return answer.kind === 'ok' ? '' : explainRefusal(answer).message;
}
