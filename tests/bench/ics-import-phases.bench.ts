import { loadavg } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { it } from 'vitest'
import { openDatabase } from '../../src/main/db/open'
import { ReaderFieldsCheck } from '../../src/main/ics/checkFields'
import { parseInvitations, type ParsedInvitation } from '../../src/main/ics/parse'
import { DEFAULT_LIMITS, ParsePool } from '../../src/main/parsing/pool'
import { IcsIntake } from '../../src/main/services/icsIntake'
import { createInterviews } from '../../src/main/services/interviews'
import { StagedInterviews } from '../../src/main/services/stagedInterviews'
import { interviewInputSchema } from '../../src/shared/model/interview'
import { calendarText } from '../helpers/icsCalendar'
import { tempDir } from '../helpers/temp'
import { ms } from './measure'

const RUNS = 5
const NOW = Date.parse('2026-11-30T10:00:00Z')
/** A loaded machine may take longer than the app allows; the bench measures rather than refuses. */
const LIMITS = { ...DEFAULT_LIMITS, timeoutMs: 120_000, warmUpAfterMs: 0 }

/**
 * Where the time of a 10 000-event .ics import goes, phase by phase, as wall and CPU time (CPU counts every
 * thread of the process, so it moves less with the machine's load than wall time does).
 */
it('the phases of importing 10 000 invitations', async () => {
  const text = calendarText(10_000)
  const phases = new Map<string, { wall: number[]; cpu: number[] }>()
  /** A phase timed by wall clock only (CPU is not apart for it). */
  const record = (phase: string, wall: number) => {
    const times = phases.get(phase) ?? { wall: [], cpu: [] }
    times.wall.push(wall)
    times.cpu.push(Number.NaN)
    phases.set(phase, times)
  }
  const timed = async <T>(phase: string, job: () => T | Promise<T>): Promise<T> => {
    const cpu = process.cpuUsage()
    const start = performance.now()
    const value = await job()
    const used = process.cpuUsage(cpu)
    const times = phases.get(phase) ?? { wall: [], cpu: [] }
    times.wall.push(performance.now() - start)
    times.cpu.push((used.user + used.system) / 1000)
    phases.set(phase, times)
    return value
  }
  const task = { kind: 'ics' as const, userZone: 'Asia/Jakarta', now: NOW }
  const loads: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    loads.push(loadavg()[0]!)
    const cold = new ParsePool(LIMITS)
    await timed('worker start-up + read + transfer', () => cold.run({ ...task, source: { text } }))
    cold.stop()
    // Loaded but never run: the engine has not optimised the reader yet.
    const unpractised = new ParsePool({ ...LIMITS, warmUp: false })
    await unpractised.ready()
    await timed('loaded worker, no practice: read + transfer', () =>
      unpractised.run({ ...task, source: { text } }),
    )
    unpractised.stop()
    const pool = new ParsePool(LIMITS)
    await timed('  worker start-up + practice (idle)', () => pool.practised())
    const parsed = await timed('practised worker: read + transfer', () =>
      pool.run({ ...task, source: { text } }),
    )
    // As the import runs: the worker sends each group of 500 as it is read, and this thread checks and
    // stages them meanwhile (its busy time is the second line), then stores the stage in one transaction.
    const dir = tempDir()
    const open = (name: string) =>
      openDatabase(join(dir, name), { backupsDir: dir, now: () => new Date(NOW) })
    const staging = await open('staged.sqlite3')
    const intake = new IcsIntake({ text }, (reason) => ({ ...reason, reason: '' }))
    const stage = new StagedInterviews(staging, new Date(NOW), 'calendar')
    let busy = 0
    let firstPart = 0
    let partsStart = 0
    const take = (part: ParsedInvitation[]) => {
      const start = performance.now()
      firstPart ||= start - partsStart
      stage.add(intake.take(part).map(({ fields, uid }) => ({ fields, ...(uid ? { icsUid: uid } : {}) })))
      busy += performance.now() - start
    }
    // A worker that read a large file is replaced after it: a fresh one practises first, as in the app.
    const inParts = new ParsePool(LIMITS)
    await inParts.practised()
    await timed('practised worker, in parts: read, check, stage', async () => {
      partsStart = performance.now()
      take((await inParts.run({ ...task, source: { text }, parts: true }, take)).invitations)
    })
    inParts.stop()
    record('  first part arrives after', firstPart)
    record('  checking and staging (this thread)', busy)
    await timed('store the stage (one transaction)', () => staging.transaction(() => stage.store([]))())
    stage.clear()
    staging.close()
    pool.stop()
    await timed('  ical.js parse alone (main thread)', () => ICAL.parse(text))
    await timed('  read in the main thread', () =>
      parseInvitations(text, { userZone: task.userZone, now: NOW }),
    )
    await timed('  transfer (structured clone)', () => structuredClone(parsed))
    await timed('  validate with zod alone', () =>
      parsed.invitations.map((invitation) => interviewInputSchema.parse(invitation.fields)),
    )
    // As the import does: the quick check, and the schema for whatever it leaves.
    const fields = await timed('validate (quick check, else zod)', () => {
      const check = new ReaderFieldsCheck()
      return parsed.invitations.map(
        (invitation) => check.check(invitation.fields) ?? interviewInputSchema.parse(invitation.fields),
      )
    })
    const db = await open('phases.sqlite3')
    const additions = fields.map((each, index) => ({ fields: each, icsUid: parsed.invitations[index]!.uid }))
    await timed('  insert + history without a stage', () =>
      db.transaction(() => createInterviews(db, new Date(NOW), additions, 'calendar'))(),
    )
    // The import leaves the checkpoint of its WAL until after it has answered (createInterviews).
    await timed('  checkpoint after the reply', () => db.pragma('wal_checkpoint(PASSIVE)'))
    db.close()
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  console.log(
    [
      `Phases of a 10 000-event import (ms, median of ${RUNS}); load average at each run: ${loads.map((load) => load.toFixed(2)).join(' ')}`,
      ' phase                                             wall      cpu',
      ...[...phases].map(
        ([phase, { wall, cpu }]) =>
          ` ${phase.padEnd(46)} ${ms(median(wall))} ${Number.isNaN(cpu[0]) ? '       -' : ms(median(cpu))}`,
      ),
    ].join('\n'),
  )
}, 600_000)
