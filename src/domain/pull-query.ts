// The pull request's query, checked by the store. Apart from sync-protocol.ts because only the
// store reads it: the app builds the query itself, and need not carry the schema in its shell.
import * as v from 'valibot';
import { STORE_MARKS_PATTERN } from './store-mark';
import { MAX_PULL_PAGE } from './sync-protocol';
import { pageLimitSchema } from './validation';

export const PullQuerySchema = v.strictObject({
  protocol: v.pipe(v.string(), v.transform(Number), v.number('protocol must be a number')),
  deviceId: v.pipe(v.string('device id must be text'), v.uuid('device id must be a UUID')),
  cursor: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,15}\.\d{1,15}$/, 'cursor must be one returned by the server')),
  ),
  /** The store marks the device holds (store-mark.ts); apps from before marks send none. */
  marks: v.optional(
    v.pipe(v.string(), v.regex(STORE_MARKS_PATTERN, 'marks must be ones the store sent, at most 8')),
  ),
  limit: v.optional(pageLimitSchema(MAX_PULL_PAGE)),
});
