import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { calendarChunks } from '../../src/main/ics/chunks'
import { parseInvitations } from '../../src/main/ics/parse'
import { readPlainEvents } from '../../src/main/ics/plainEvents'
import { ParsePool } from '../../src/main/parsing/pool'
import { practiceCalendar, practiceText, warmUp } from '../../src/main/parsing/warmUp'
import type { InterviewFields } from '../../src/shared/model/interview'
import { calendarText } from '../helpers/icsCalendar'

const FIXTURES = join(__dirname, '../fixtures/ics')
const task = { kind: 'ics' as const, userZone: 'Asia/Jakarta', now: Date.parse('2026-11-22T03:00:00Z') }
const LIMITS = { timeoutMs: 20_000, perMegabyteMs: 0, memoryMb: 256, warmUpAfterMs: 0 }
const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})
const pool = (warm: boolean) => {
  const made = new ParsePool({ ...LIMITS, warmUp: warm })
  cleanups.push(() => made.stop())
  return made
}
const idleThreads = (of: ParsePool) =>
  (of as unknown as { idle: { worker: Worker }[] }).idle.map((slot) => slot.worker.threadId)

describe('the parsing worker practises while idle', () => {
  it('the practice calendar takes the reader through its common paths, every event read', () => {
    const read = parseInvitations(practiceCalendar(50), {
      userZone: 'Asia/Jakarta',
      now: Date.UTC(2026, 0, 15, 3),
    })
    expect(read.skipped).toEqual([])
    expect(read.notices).toEqual([])
    const fields = read.invitations.map((invitation) => invitation.fields as Partial<InterviewFields>)
    // Zones named as IANA, Windows and by the file's own VTIMEZONE (read in the user's zone or the IANA
    // one); onsite, video (Meet and Teams), a cancellation, phone numbers and a series with a moved occurrence.
    expect(fields.every((f) => f.timeZone === 'Asia/Jakarta' || f.timeZone === 'Europe/London')).toBe(true)
    expect(read.invitations.length).toBeGreaterThan(50)
    expect(new Set(fields.map((f) => f.mode))).toEqual(new Set(['onsite', 'video']))
    expect(fields.some((f) => f.status === 'cancelled')).toBe(true)
    expect(fields.some((f) => f.contact?.phone === '+6221555012')).toBe(true)
    expect(read.invitations.some((invitation) => invitation.series)).toBe(true)
    expect(fields.some((f) => f.position === 'Interview (moved)' || /moved/.test(f.company ?? ''))).toBe(true)
  })

  it('practises the plain-event reader too: every other round is a calendar of single events', () => {
    const single = practiceText(1, 50)
    const chunks = calendarChunks(single, 500)!
    expect(chunks.groups.flatMap((group) => readPlainEvents(single, group).map(Boolean))).toEqual(
      Array<boolean>(50).fill(true),
    )
    // The rounds between have series and moved occurrences, and take ical.js's way.
    expect(calendarChunks(practiceText(0, 50), 500)).toBeUndefined()
    const read = parseInvitations(single, { userZone: 'Asia/Jakarta', now: Date.UTC(2026, 0, 15, 3) })
    expect(read.invitations).toHaveLength(50)
    expect(read.skipped).toEqual([])
  })

  it("starts only a while after the worker has loaded: the app's own start comes first", async () => {
    const later = new ParsePool({ ...LIMITS, warmUpAfterMs: 1_500 })
    cleanups.push(() => later.stop())
    await later.ready()
    let practised = false
    const done = later.practised().then(() => (practised = true))
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(practised).toBe(false)
    await done
    expect(practised).toBe(true)
  })

  it('stops as soon as a task arrives', async () => {
    let asked = 0
    const started = performance.now()
    await warmUp(() => ++asked > 2, 1000, 50)
    // Two rounds read, the third turn sees the task: nowhere near a thousand rounds.
    expect(asked).toBe(3)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('a practised worker reads every fixture exactly as an unpractised one', async () => {
    const [practised, fresh] = [pool(true), pool(false)]
    await Promise.all([practised.practised(), fresh.ready()])
    for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.ics'))) {
      const text = readFileSync(join(FIXTURES, file), 'latin1')
      const source = { base64: Buffer.from(text, 'latin1').toString('base64') }
      const [a, b] = await Promise.all([
        practised.run({ ...task, source }).catch((error: Error) => error.message),
        fresh.run({ ...task, source }).catch((error: Error) => error.message),
      ])
      expect(a, file).toEqual(b)
    }
  })

  it('a task sent while the worker practises is answered, and answered right', async () => {
    const practised = pool(true)
    practised.warm()
    const text = readFileSync(join(FIXTURES, 'google-invite.ics'), 'utf8')
    const read = await practised.run({ ...task, source: { text } })
    expect(read.invitations).toHaveLength(1)
    expect(read.invitations[0]!.fields.company).toBeTruthy()
  })

  it('a worker that read a large file is replaced by a fresh one after the import', async () => {
    const practised = pool(true)
    await practised.practised()
    const [before] = idleThreads(practised)
    const text = calendarText(2_000)
    expect(text.length).toBeGreaterThan(0.5 * 1_048_576)
    const read = await practised.run({ ...task, source: { text } })
    expect(read.invitations.length).toBeGreaterThan(1_000)
    // Not kept: its heap grew with the file. A fresh worker is warmed two seconds later.
    expect(idleThreads(practised)).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 2_300))
    const after = idleThreads(practised)
    expect(after).toHaveLength(1)
    expect(after[0]).not.toBe(before)
    // A small file keeps its worker.
    await practised.ready()
    await practised.run({ ...task, source: { text: readFileSync(join(FIXTURES, 'no-uid.ics'), 'utf8') } })
    expect(idleThreads(practised)).toEqual(after)
  })
})
