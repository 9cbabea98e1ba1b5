// The public feed's query, checked by the store. Apart from public.ts because only the store
// reads it: the app shell carries public.ts, and need not carry this schema.
import * as v from 'valibot';
import { MAX_PUBLIC_PAGE } from './public';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const PublicQuerySchema = v.strictObject({
  cursor: v.optional(v.pipe(v.string(), v.regex(UUID, 'cursor must be one returned by the server'))),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.transform(Number),
      v.integer('limit must be a whole number'),
      v.minValue(1, 'limit must be at least 1'),
      v.maxValue(MAX_PUBLIC_PAGE, `limit must be at most ${MAX_PUBLIC_PAGE}`),
    ),
  ),
});
