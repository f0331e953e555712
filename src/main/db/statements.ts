import type { Database, Statement } from 'better-sqlite3'

const cache = new WeakMap<Database, Map<string, Statement>>()

/** A prepared statement, prepared once per connection: preparing on every call dominated bulk imports. */
export function statement(db: Database, sql: string): Statement {
  let statements = cache.get(db)
  if (!statements) {
    statements = new Map()
    cache.set(db, statements)
  }
  let prepared = statements.get(sql)
  if (!prepared) {
    prepared = db.prepare(sql)
    statements.set(sql, prepared)
  }
  return prepared
}

const rawCache = new WeakMap<Database, Map<string, Statement>>()

/** The same, giving rows as arrays of column values (kept apart: raw mode is a statement's own state). */
export function rawStatement(db: Database, sql: string): Statement {
  let statements = rawCache.get(db)
  if (!statements) {
    statements = new Map()
    rawCache.set(db, statements)
  }
  let prepared = statements.get(sql)
  if (!prepared) {
    prepared = db.prepare(sql).raw(true)
    statements.set(sql, prepared)
  }
  return prepared
}
