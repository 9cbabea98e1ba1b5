// Whether a finished meeting is waiting in the outbox: a cheap check the sync round makes
// before loading the meeting upload code.
import { db } from './db';

export async function hasMeetingsToSend(): Promise<boolean> {
  return (
    (await db()
      .outbox.filter((e) => e.kind === 'meeting')
      .count()) > 0
  );
}
