import { copyFileSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { it } from 'vitest'
import { openDatabase } from '../../src/main/db/open'
import { addCreatedHistory } from '../../src/main/db/repos/history'
import { insertInterview } from '../../src/main/db/repos/interviews'
import { ReaderFieldsCheck } from '../../src/main/ics/checkFields'
import { parseInvitations } from '../../src/main/ics/parse'
import { newRecords } from '../../src/main/services/interviews'
import { interviewInputSchema } from '../../src/shared/model/interview'
import { calendarText } from '../helpers/icsCalendar'
import { tempDir } from '../helpers/temp'
import { ms } from './measure'

const RUNS = 7
const NOW = new Date('2026-11-30T10:00:00Z')
/** The indexes an import writes besides the tables' own; each is dropped in a copy of the store to see its cost. */
const INDEXES = [
  'interviews_by_start',
  'interviews_by_ics_uid',
  'interviews_with_requests',
  'interview_history_by_interview',
]

/** CPU time of this process (every thread), in ms: it moves less with other work on the machine than wall time. */
const cpuNow = () => {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}

/**
 * The store half of a 10 000-event .ics import, part by part, as createInterviews runs them: the records,
 * the interview rows, their history entries, the COMMIT (its WAL written and synced: synchronous=FULL), the
 * checkpoint that follows the reply; then the same with each index dropped in a copy of the store.
 */
it('the store half of importing 10 000 invitations, part by part', async () => {
  const parsed = parseInvitations(calendarText(10_000), { userZone: 'Asia/Jakarta', now: NOW.getTime() })
  const check = new ReaderFieldsCheck()
  const items = parsed.invitations.map((invitation) => ({
    fields: check.check(invitation.fields) ?? interviewInputSchema.parse(invitation.fields),
    icsUid: invitation.uid!,
  }))
  const dir = tempDir()
  const fresh = join(dir, 'fresh.sqlite3')
  ;(await openDatabase(fresh, { backupsDir: dir, now: () => NOW })).close()
  const parts = new Map<string, { wall: number[]; cpu: number[] }>()
  const timed = <T>(part: string, job: () => T): T => {
    const [cpu, start] = [cpuNow(), performance.now()]
    const value = job()
    const times = parts.get(part) ?? { wall: [], cpu: [] }
    times.wall.push(performance.now() - start)
    times.cpu.push(cpuNow() - cpu)
    parts.set(part, times)
    return value
  }
  const loads: number[] = []
  const walKb: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    loads.push(loadavg()[0]!)
    for (const dropped of [undefined, ...INDEXES]) {
      const file = join(dir, `run-${run}-${dropped ?? 'all'}.sqlite3`)
      copyFileSync(fresh, file)
      // As openDatabase leaves the connection (the copy is of a store it made and closed).
      const db: Database = new BetterSqlite3(file)
      for (const pragma of [
        'journal_mode = WAL',
        'synchronous = FULL',
        'foreign_keys = ON',
        'cache_size = -16384',
      ])
        db.pragma(pragma)
      if (dropped) db.exec(`DROP INDEX ${dropped}`)
      const tag = dropped ? `  without ${dropped}` : ''
      const records = timed(`records${tag}`, () => newRecords(items, NOW))
      db.exec('BEGIN')
      timed(`interview rows${tag}`, () =>
        records.forEach((record, i) => insertInterview(db, record, items[i]!.icsUid)),
      )
      timed(`history entries${tag}`, () => addCreatedHistory(db, records, NOW.getTime(), 'calendar'))
      // The import runs the checkpoint after its reply (createInterviews): none inside the COMMIT here either.
      db.pragma('wal_autocheckpoint = 0')
      timed(`commit${tag}`, () => db.exec('COMMIT'))
      if (!dropped) walKb.push(statSync(`${file}-wal`).size / 1024)
      timed(`checkpoint after the reply${tag}`, () => db.pragma('wal_checkpoint(PASSIVE)'))
      db.close()
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  console.log(
    [
      `The store half of a 10 000-event import (ms, median of ${RUNS}); WAL written: ${median(walKb).toFixed(0)} KiB; load average at each run: ${loads.map((load) => load.toFixed(2)).join(' ')}`,
      ' part                                                 wall      cpu',
      ...[...parts].map(
        ([part, { wall, cpu }]) => ` ${part.padEnd(50)} ${ms(median(wall))} ${ms(median(cpu))}`,
      ),
    ].join('\n'),
  )
}, 600_000)
