import { join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import type { Database } from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { ParsedInvitation } from '../../src/main/ics/parse'
import { ParsePool } from '../../src/main/parsing/pool'
import { openDatabase } from '../../src/main/db/open'
import { historyOf } from '../../src/main/db/repos/history'
import { findByIcsUids, listInterviews } from '../../src/main/db/repos/interviews'
import { importIcs } from '../../src/main/services/ics'
import { createInterviews, updateInterview } from '../../src/main/services/interviews'
import type { IcsImportResult } from '../../src/shared/model/exchange'
import { interviewInputSchema, type Interview } from '../../src/shared/model/interview'
import { testBackend } from '../helpers/backend'
import { calendarText } from '../helpers/icsCalendar'
import { tempDir } from '../helpers/temp'

const task = { kind: 'ics' as const, userZone: 'Asia/Jakarta', now: Date.parse('2026-11-22T03:00:00Z') }
const LIMITS = { timeoutMs: 20_000, perMegabyteMs: 0, memoryMb: 256, warmUp: false }
const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})
const pool = () => {
  const made = new ParsePool(LIMITS)
  cleanups.push(() => made.stop())
  return made
}
const threadIds = (of: ParsePool) =>
  (of as unknown as { idle: { worker: Worker }[] }).idle.map((slot) => slot.worker.threadId)

/** A large calendar whose last event has a line that is not calendar format. */
function damagedAtTheEnd(events: number): string {
  const lines = calendarText(events).split('\r\n')
  lines.splice(lines.lastIndexOf('END:VEVENT'), 0, 'this line is not calendar format')
  return lines.join('\r\n')
}

describe('the parsing worker sends a large calendar on in parts', () => {
  it('parts arrive before the answer, in file order, and hold every invitation once', async () => {
    const parser = pool()
    const parts: ParsedInvitation[][] = []
    let answered = false
    const result = await parser.run(
      { ...task, source: { text: calendarText(1200) }, parts: true },
      (part) => {
        expect(answered).toBe(false)
        parts.push(part)
      },
    )
    answered = true
    expect(parts.length).toBeGreaterThanOrEqual(2)
    const uids = [...parts.flat(), ...result.invitations].map((invitation) => invitation.uid)
    expect(uids).toEqual(Array.from({ length: 1200 }, (_, i) => `bench-${i}@example.com`))
    // A task that does not ask for parts gets everything in its answer, as before.
    const whole = await parser.run({ ...task, source: { text: calendarText(1200) } }, () => {
      throw new Error('no part was asked for')
    })
    expect(whole.invitations).toHaveLength(1200)
  })

  it('a part that cannot be taken ends the task with its error, and the worker stays warm', async () => {
    const parser = pool()
    await parser.ready()
    const [before] = threadIds(parser)
    let calls = 0
    const run = parser.run({ ...task, source: { text: calendarText(1200) }, parts: true }, () => {
      calls += 1
      throw new Error('edit refused')
    })
    await expect(run).rejects.toThrow('edit refused')
    expect(calls).toBe(1)
    expect(threadIds(parser)).toEqual([before])
  })
})

describe('an import taken in parts stores all or nothing', () => {
  it('a file damaged at its end stores nothing, though its first parts were already checked', async () => {
    const app = await testBackend()
    cleanups.push(app.stop)
    const failed = await app.call('ics/import', { text: damagedAtTheEnd(1200) })
    expect(failed.ok).toBe(false)
    if (!failed.ok) expect(failed.error.message).toMatch(/cannot be read/)
    expect(await app.value<Interview[]>('interviews/list', {})).toHaveLength(0)
  })

  it('a whole file is stored once, in file order, with every item and count as a single read gives', async () => {
    const app = await testBackend()
    cleanups.push(app.stop)
    const text = calendarText(1200)
    const preview = await app.value<IcsImportResult>('ics/import', { text, preview: true })
    const done = await app.value<IcsImportResult>('ics/import', { text })
    expect(done.imported).toBe(1200)
    expect(done.items.map((item) => item.uid)).toEqual(preview.items.map((item) => item.uid))
    expect(done.items.map(({ action, key, company }) => ({ action, key, company }))).toEqual(
      preview.items.map(({ action, key, company }) => ({ action, key, company })),
    )
    expect(await app.value<Interview[]>('interviews/list', {})).toHaveLength(1200)
    const again = await app.value<IcsImportResult>('ics/import', { text })
    expect(again).toMatchObject({ imported: 0, updated: 0 })
    expect(again.skipped).toHaveLength(1200)
    expect(new Set(again.skipped.map((skip) => skip.code))).toEqual(new Set(['unchanged']))
  })

  it('an edit for an event in a later part is applied, and an edit that cannot be stored refuses the file', async () => {
    const app = await testBackend()
    cleanups.push(app.stop)
    const text = calendarText(1200)
    const key = 'bench-1100@example.com'
    const refused = await app.call('ics/import', { text, edits: { [key]: { company: '' } } })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.issues?.[0]?.path).toBe(`edits.${key}.company`)
    expect(await app.value<Interview[]>('interviews/list', {})).toHaveLength(0)
    await app.value('ics/import', { text, edits: { [key]: { company: 'PT Suntingan' } } })
    const stored = await app.value<Interview[]>('interviews/list', {})
    expect(stored.filter((interview) => interview.company === 'PT Suntingan')).toHaveLength(1)
  })
})

describe('the stage an import writes ahead into', () => {
  const NOW = Date.parse('2026-11-22T03:00:00Z')
  const system = { language: 'en' as const, timeZone: 'Asia/Jakarta' }
  const staged = (db: Database) => {
    const table = db.prepare("SELECT name FROM temp.sqlite_master WHERE name = 'import_stage'").get()
    return table ? (db.prepare('SELECT count(*) AS n FROM temp.import_stage').get() as { n: number }).n : 0
  }
  const afterReply = () => new Promise((resolve) => setImmediate(resolve))
  const open = async (name: string) => {
    const dir = tempDir()
    const db = await openDatabase(join(dir, name), { backupsDir: dir, now: () => new Date(NOW) })
    cleanups.push(() => db.close())
    return db
  }

  it('is emptied after an import, stored or refused, and the history says each interview was imported', async () => {
    const db = await open('stage.sqlite3')
    const parser = pool()
    const input = { text: calendarText(1200) }
    const result = await importIcs(() => db, parser, system, input, NOW)
    expect(result.imported).toBe(1200)
    await afterReply()
    expect(staged(db)).toBe(0)
    const [first] = listInterviews(db, {})
    expect(historyOf(db, first!.id)).toEqual([
      expect.objectContaining({
        change: 'imported',
        detail: expect.objectContaining({ source: 'calendar' }),
      }),
    ])
    await expect(importIcs(() => db, parser, system, { text: damagedAtTheEnd(1200) }, NOW)).rejects.toThrow()
    await afterReply()
    expect(staged(db)).toBe(0)
    expect(listInterviews(db, {})).toHaveLength(1200)
  })

  it('a store swapped while the file was read (a restore) gets the interviews, and the old one none', async () => {
    const [before, after] = [await open('before.sqlite3'), await open('after.sqlite3')]
    let current = before
    const parser = pool()
    const reading = importIcs(() => current, parser, system, { text: calendarText(1200) }, NOW)
    current = after
    expect((await reading).imported).toBe(1200)
    expect(listInterviews(after, {})).toHaveLength(1200)
    expect(listInterviews(before, {})).toHaveLength(0)
    await afterReply()
    expect(staged(before)).toBe(0)
  })

  /** A parser that lets `meanwhile` write to the store once the import has taken the file's first part. */
  const writingAfterFirstPart = (parser: ParsePool, meanwhile: (part: ParsedInvitation[]) => void) =>
    ({
      run: (job: Parameters<ParsePool['run']>[0], onPart: (part: ParsedInvitation[]) => void) => {
        let parts = 0
        return parser.run(job, (part: ParsedInvitation[]) => {
          onPart(part)
          if ((parts += 1) === 1) meanwhile(part)
        })
      },
    }) as unknown as ParsePool

  it('an interview stored meanwhile with the UID of an event already settled is not added a second time', async () => {
    const db = await open('meanwhile-added.sqlite3')
    const uid = 'bench-5@example.com'
    const parser = writingAfterFirstPart(pool(), (part) => {
      const event = part.find((invitation) => invitation.uid === uid)!
      const fields = interviewInputSchema.parse(event.fields)
      createInterviews(db, new Date(NOW), [{ fields, icsUid: uid }])
    })
    const result = await importIcs(() => db, parser, system, { text: calendarText(1200) }, NOW)
    expect(result).toMatchObject({ imported: 1199, updated: 0 })
    expect(result.skipped).toEqual([expect.objectContaining({ uid, code: 'unchanged' })])
    expect(listInterviews(db, {})).toHaveLength(1200)
  })

  it('an interview changed meanwhile, after its event was settled as unchanged, gets the file’s time back', async () => {
    const db = await open('meanwhile-changed.sqlite3')
    const text = calendarText(1200)
    await importIcs(() => db, pool(), system, { text }, NOW)
    const uid = 'bench-5@example.com'
    const before = findByIcsUids(db, [uid]).get(uid)!
    const parser = writingAfterFirstPart(pool(), () => {
      const hour = 3_600_000
      const moved = (iso: string) => new Date(Date.parse(iso) + hour).toISOString()
      updateInterview(db, new Date(NOW), {
        id: before.id,
        startsAt: moved(before.startsAt),
        endsAt: moved(before.endsAt),
      })
    })
    const result = await importIcs(() => db, parser, system, { text }, NOW)
    expect(result).toMatchObject({ imported: 0, updated: 1 })
    expect(result.items.find((item) => item.uid === uid)?.action).toBe('update')
    expect(findByIcsUids(db, [uid]).get(uid)?.startsAt).toBe(before.startsAt)
  })
})
