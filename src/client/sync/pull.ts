// Pull server-owned state (ward, status) for this device's priorities, page by page.
import { API, PROTOCOL_VERSION, type PullResponse } from '../../domain/sync-protocol';
import { deviceId, readKv, STORE_MARKS_KEY, writeKv } from '../store/kv';
import { resendSentMeetings } from '../store/meeting-outbox-due';
import { applyServerStates, resendConfirmed } from '../store/priorities';
import { startResponsesOver } from '../store/responses';
import { resendSupports } from '../store/supports';
import { getJson } from './http';

const CURSOR_KEY = 'pullCursor';

export type PullOutcome = 'done' | 'failed' | 'update-required';

export async function pullServerState(): Promise<PullOutcome> {
  for (let page = 0; page < 50; page++) {
    const cursor = (await readKv<string>(CURSOR_KEY)) ?? '0.0';
    const marks = await readKv<string>(STORE_MARKS_KEY);
    const query = new URLSearchParams({
      protocol: String(PROTOCOL_VERSION),
      deviceId: await deviceId(),
      cursor,
      ...(marks && { marks }),
    });
    const answer = await getJson<PullResponse>(`${API.pull}?${query}`);
    if (
      answer.kind === 'client-error' &&
      (answer.body as { error?: string }).error === 'unsupported_protocol'
    ) {
      return 'update-required';
    }
    if (answer.kind !== 'ok') return 'failed';
    // The store started over (the cursor or a store mark sent was from before a restore): it
    // may have lost what it confirmed, so send it all again (priorities, whole meetings,
    // "me too" supports) and read its responses from the start.
    if (answer.body.reset) {
      await resendConfirmed();
      await resendSentMeetings();
      await resendSupports();
      await startResponsesOver();
    }
    await applyServerStates(answer.body.items);
    await writeKv(CURSOR_KEY, answer.body.cursor);
    // Only now, with anything lost queued again, may the device forget the runs it heard.
    if (answer.body.mark) await writeKv(STORE_MARKS_KEY, answer.body.mark);
    if (!answer.body.more) return 'done';
  }
  return 'done';
}
