// The public feed's query, checked by the store. Apart from public.ts because only the store
// reads it: the app shell carries public.ts, and need not carry this schema.
import * as v from 'valibot';
import { MAX_PUBLIC_PAGE } from './public';
import { pageLimitSchema } from './validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const PublicQuerySchema = v.strictObject({
  cursor: v.optional(v.pipe(v.string(), v.regex(UUID, 'cursor must be one returned by the server'))),
  limit: v.optional(pageLimitSchema(MAX_PUBLIC_PAGE)),
});
