// Hostile input for property tests: wrong types, huge strings, odd Unicode, injection strings,
// non-finite and out-of-range numbers, deep nesting, and the store's routes to throw them at.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../src/server/db/tables';

export const INJECTIONS = [
  "'; drop table priorities; --",
  "' OR '1'='1",
  '" OR ""="',
  '1; select pg_sleep(5)',
  "Robert'); DELETE FROM users;--",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '%00%0d%0a',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant to reach the store as literal text
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
] as const;

export const ODD_UNICODE = [
  '\u0000',
  '\uD800', // a lone surrogate
  '\u202Eevil',
  '\u200B\u200C\u200D\uFEFF',
  'e\u0301\u0301\u0301',
  '𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦',
  'ﷺ'.repeat(50),
  '\r\n\t\v\f',
] as const;

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...INJECTIONS, ...ODD_UNICODE),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.integer({ min: 1_000, max: 300_000 }).map((n) => 'x'.repeat(n)),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e308,
    -1e308,
    2 ** 53 + 1,
  ),
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
);

/** Nested arrays or objects far deeper than any real shape. */
export const deepNesting: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 10, max: 3000 }), fc.boolean())
  .map(([depth, arrays]) => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
    return value;
  });

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  deepNesting,
  fc.constantFrom(null, true, false, [], {}),
  fc.anything({ maxDepth: 4, withNullPrototype: true }),
);

/** Raw bodies that are not what they claim to be. */
export const hostileRawBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('NaN', '{"protocol": NaN}', '{', '[1,]', '\u0000', '{"a":1}{"a":2}', '1e309', 'null'),
  fc.string({ unit: 'binary', maxLength: 300 }),
  deepNesting.map((v) => JSON.stringify(v)),
);

export interface Route {
  readonly method: string;
  readonly path: string;
}

/** Every route the app has, read from Fastify's own route tree. */
export function listRoutes(app: FastifyInstance): Route[] {
  const out: Route[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + m[2];
    stack[depth] = path;
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim())) {
      if (method && method !== 'HEAD' && method !== 'OPTIONS') out.push({ method, path });
    }
  }
  return out;
}

/** What the store holds, table by table (the audit log may record refusals, so it is left out). */
export async function storeDigest(db: Db): Promise<string> {
  const tables =
    db.kind === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(
          db.kysely,
        )
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_name not like 'kysely_%'`.execute(
          db.kysely,
        );
  const parts: string[] = [];
  for (const { name } of tables.rows.sort((a, b) => a.name.localeCompare(b.name))) {
    if (name === 'audit_log') continue;
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(db.kysely);
    parts.push(`${name}=${Number(r.rows[0]?.n)}`);
  }
  const p = await sql<{
    v: number;
    s: string | null;
  }>`select coalesce(sum(version), 0) as v, max(server_updated_at) as s from priorities`.execute(db.kysely);
  parts.push(`versions=${Number(p.rows[0]?.v)}@${p.rows[0]?.s}`);
  return parts.join(' ');
}
