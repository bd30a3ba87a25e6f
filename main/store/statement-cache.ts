// Prepares each SQL text once per connection. better-sqlite3's prepare() parses and plans the
// statement every time, which costs more than running a primary-key lookup; the token verifier and
// the gateway run such lookups on every request. On those paths pass a SQL text built once (a module
// constant): a template literal built per call is a new string that the lookup hashes in full each
// time (measured: ~2% of a PATCH for two such statements).
//
// The cache is bounded: a filter's SQL text follows the filter's shape, and a client sending a new
// shape on every request would otherwise keep a prepared statement per shape for the life of the
// process (resident memory grew without bound under fuzzed filters). Least recently used texts go
// first; the few texts every request uses stay.
import type { Database, Statement } from 'better-sqlite3';

export type Prepare = (sql: string) => Statement;

export const MAX_CACHED_STATEMENTS = 500;

/** `raw`: every statement returns rows as arrays (better-sqlite3's raw mode), set once when prepared. */
export function cachedPrepare(db: Database, options: { raw?: boolean; maxStatements?: number } = {}): Prepare {
  const max = options.maxStatements ?? MAX_CACHED_STATEMENTS;
  const statements = new Map<string, Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (statement) {
      // A Map keeps insertion order: moving a hit to the end makes the first key the least recently used.
      statements.delete(sql);
      statements.set(sql, statement);
      return statement;
    }
    statement = db.prepare(sql);
    if (options.raw) statement.raw(true);
    if (statements.size >= max) statements.delete(statements.keys().next().value as string);
    statements.set(sql, statement);
    return statement;
  };
}
