// A ward's agenda (the last meeting's agreed priorities and their progress), fetched when
// online and cached, so a meeting set up in a hall with no signal still starts with it.
import type { AgendaMeeting, MeetingAgenda } from '../../domain/meeting-record';
import { MEETINGS_API } from '../../domain/meetings-api';
import { readKv, writeKv } from '../store/kv';
import { getJson } from './http';

const key = (csp: string, ward: string) => `agenda:${csp}:${ward}`;

export interface AgendaAnswer {
  readonly previous: AgendaMeeting | null;
  /** False when the store could not be reached and nothing was cached. */
  readonly known: boolean;
  readonly fetchedAt?: number;
}

export async function loadAgenda(csp: string, ward: string): Promise<AgendaAnswer> {
  const answer = await getJson<MeetingAgenda>(`${MEETINGS_API.agenda(csp)}?ward=${encodeURIComponent(ward)}`);
  if (answer.kind === 'ok') {
    const fresh = { previous: answer.body.previous, known: true, fetchedAt: Date.now() };
    await writeKv(key(csp, ward), fresh);
    return fresh;
  }
  return (await readKv<AgendaAnswer>(key(csp, ward))) ?? { previous: null, known: false };
}
