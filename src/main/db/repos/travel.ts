import type { Database } from 'better-sqlite3'
import { statement } from '../statements'
import { compareCodePoints, normalizePlace, type TravelTime } from '../../../shared/model/travel'

interface TravelRow {
  place_a: string
  place_b: string
  minutes: number
}

/** The pair in storage order (code point order, as the table's CHECK compares), so A→B and B→A are one row. */
function ordered(from: string, to: string) {
  const [a, b] = [
    { key: normalizePlace(from), name: from.trim() },
    { key: normalizePlace(to), name: to.trim() },
  ].sort((x, y) => compareCodePoints(x.key, y.key))
  return { a: a!, b: b! }
}

export function listTravelTimes(db: Database): TravelTime[] {
  const rows = db
    .prepare('SELECT place_a, place_b, minutes FROM travel_times ORDER BY place_a_key, place_b_key')
    .all() as TravelRow[]
  return rows.map((row) => ({ from: row.place_a, to: row.place_b, minutes: row.minutes }))
}

export function upsertTravelTime(db: Database, travel: TravelTime): TravelTime {
  const { a, b } = ordered(travel.from, travel.to)
  statement(
    db,
    `INSERT INTO travel_times (place_a_key, place_b_key, place_a, place_b, minutes) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (place_a_key, place_b_key) DO UPDATE SET place_a = excluded.place_a, place_b = excluded.place_b, minutes = excluded.minutes`,
  ).run(a.key, b.key, a.name, b.name, travel.minutes)
  return { from: a.name, to: b.name, minutes: travel.minutes }
}

export function deleteTravelTime(db: Database, from: string, to: string): boolean {
  const { a, b } = ordered(from, to)
  return (
    statement(db, 'DELETE FROM travel_times WHERE place_a_key = ? AND place_b_key = ?').run(a.key, b.key)
      .changes > 0
  )
}
