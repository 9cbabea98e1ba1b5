// The pull request's query, checked by the store. Apart from sync-protocol.ts because only the
// store reads it: the app builds the query itself, and need not carry the schema in its shell.
import * as v from 'valibot';
import { STORE_MARK_PATTERN } from './store-mark';
import { MAX_PULL_PAGE } from './sync-protocol';

export const PullQuerySchema = v.strictObject({
  protocol: v.pipe(v.string(), v.transform(Number), v.number('protocol must be a number')),
  deviceId: v.pipe(v.string('device id must be text'), v.uuid('device id must be a UUID')),
  cursor: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,15}\.\d{1,15}$/, 'cursor must be one returned by the server')),
  ),
  /** The store mark the device holds (store-mark.ts); devices from before it send none. */
  mark: v.optional(
    v.pipe(v.string(), v.regex(STORE_MARK_PATTERN, 'mark must be one returned by the server')),
  ),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.transform(Number),
      v.integer('limit must be a whole number'),
      v.minValue(1, 'limit must be at least 1'),
      v.maxValue(MAX_PULL_PAGE, `limit must be at most ${MAX_PULL_PAGE}`),
    ),
  ),
});
