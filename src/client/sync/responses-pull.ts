// Pulls "you said, we did" responses on the priorities this device raised or backed, page by page.
import { MEETINGS_API } from '../../domain/meetings-api';
import type { ResponsesPullResponse } from '../../domain/response-status';
import { PROTOCOL_VERSION } from '../../domain/sync-protocol';
import { deviceId, readKv, writeKv } from '../store/kv';
import { RESPONSES_CURSOR_KEY as CURSOR_KEY, startResponsesOver } from '../store/responses';
import { applyFollows, applyResponses } from '../store/responses-pulled';
import { getJson } from './http';

export async function pullResponses(): Promise<boolean> {
  for (let page = 0; page < 50; page++) {
    const query = new URLSearchParams({
      protocol: String(PROTOCOL_VERSION),
      deviceId: await deviceId(),
      cursor: (await readKv<string>(CURSOR_KEY)) ?? '0.0',
    });
    const answer = await getJson<ResponsesPullResponse>(`${MEETINGS_API.pullResponses}?${query}`);
    if (answer.kind !== 'ok') return false;
    await applyResponses(answer.body.items);
    // A backing that followed a merge: the survivor's earlier progress is behind the cursor.
    if (await applyFollows(answer.body.follows)) {
      await startResponsesOver();
      continue;
    }
    await writeKv(CURSOR_KEY, answer.body.cursor);
    if (!answer.body.more) return true;
  }
  return true;
}
