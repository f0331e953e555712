import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { api, startServer, type RunningServer } from '../helpers/server'
import { interviewInput, tempDir } from '../helpers/temp'

/** kill -9 runs (200, in two lanes: about a minute here); CRASH_RUNS changes it. */
const RUNS = Number(process.env.CRASH_RUNS ?? 200)
const WORKERS = 4

interface Tracked {
  /** Every start time asked for, in order; `acked` is how many of them the app confirmed. */
  starts: string[]
  acked: number
}

/** Interviews a writer is moving right now: no other writer picks them until it is done. */
const moving = new Set<string>()
/** Every move goes to a time no interview was moved to before, so each one leaves its own history entry. */
let moves = 0

const startAt = (n: number) => new Date(Date.parse('2027-01-04T02:00:00.000Z') + n * 3600_000).toISOString()
const endAt = (start: string) => new Date(Date.parse(start) + 3600_000).toISOString()

/**
 * One writer: creates interviews and reschedules them — directly, or by a request the company then
 * accepts — one request at a time, recording what was acknowledged.
 */
async function writer(
  server: RunningServer,
  worker: number,
  tracked: Map<string, Tracked>,
  pending: Map<number, string>,
  stop: { now: boolean },
  onAsked: () => void,
) {
  let seq = 0
  while (!stop.now) {
    seq += 1
    const existing = [...tracked.entries()].filter(
      ([id, t]) => t.acked === t.starts.length && !moving.has(id),
    )
    // Half the writers open each run with a reschedule and the others with a create, then each alternates:
    // a run lasts a fraction of a second, so a reschedule must not wait for a writer's third request.
    const turn = seq + worker
    if (turn % 2 === 0 && existing.length > 0) {
      const [id, entry] = existing[(worker + seq * 7) % existing.length]!
      moving.add(id)
      const start = startAt(5_000 + (moves += 1))
      const slot = { startsAt: start, endsAt: endAt(start) }
      // Every other reschedule goes through a request and its accepted answer.
      const byRequest = (turn / 2) % 2 === 1
      if (byRequest) {
        const asked = await api(server, 'drafts/markSent', {
          interviewId: id,
          kind: 'reschedule',
          channel: 'email',
          language: 'en',
          body: 'May we move it?',
          alternatives: [slot],
        }).catch(() => undefined)
        if (!asked?.ok) return
        onAsked()
      }
      entry.starts.push(start)
      const result = await (
        byRequest
          ? api(server, 'reschedule/answer', { id, answer: 'accepted', slot })
          : api(server, 'interviews/update', { id, ...slot })
      ).catch(() => undefined)
      if (!result?.ok) return
      entry.acked = entry.starts.length
      moving.delete(id)
    } else {
      const company = `w${worker}-${seq}-${Math.random().toString(36).slice(2, 8)}`
      pending.set(worker, company)
      const result = await api(
        server,
        'interviews/create',
        interviewInput({ company, startsAt: startAt(seq), endsAt: endAt(startAt(seq)) }),
      ).catch(() => undefined)
      if (!result?.ok) return
      const created = result.value as { id: string; startsAt: string }
      tracked.set(created.id, { starts: [created.startsAt], acked: 1 })
      pending.delete(worker)
    }
  }
}

describe('crash safety', () => {
  it(`kill -9 at random moments, ${RUNS} times: nothing acknowledged is lost, nothing is half-applied`, async () => {
    expect(existsSync(resolve(__dirname, '../../out/main/web.js')), 'run `npm run build` first').toBe(true)
    // Two app processes at once, each on its own file and killed on its own schedule: a run is mostly waiting
    // for a process to start, so the lanes overlap that wait instead of queueing it.
    const lanes = await Promise.all(
      Array.from({ length: LANES }, (_, lane) => killRuns(lane, Math.ceil((RUNS - lane) / LANES))),
    )
    const killed = lanes.reduce((sum, lane) => sum + lane.runs, 0)
    const killedWhileWriting = lanes.reduce((sum, lane) => sum + lane.killedWhileWriting, 0)
    const creates = lanes.reduce((sum, lane) => sum + lane.tracked.size, 0)
    const moves = lanes
      .flatMap((lane) => [...lane.tracked.values()])
      .reduce((sum, entry) => sum + entry.acked - 1, 0)
    const answered = lanes.reduce((sum, lane) => sum + countAnswers(lane.dbFile), 0)
    console.log(
      `crash safety: ${killed} kill -9 runs in ${LANES} lanes, ${killedWhileWriting} while a create was in flight; ` +
        `${creates} acknowledged creates and ${moves} acknowledged reschedules, ` +
        `${answered} accepted requests stored; all intact`,
    )
    expect(killed).toBe(RUNS)
    expect(creates).toBeGreaterThan(RUNS)
    expect(answered).toBeGreaterThan(0)
    expect(killedWhileWriting).toBeGreaterThan(RUNS / 2)
  }, 600_000)

  it(`kill -9 during restores and replace-imports, ${SWAP_RUNS} times: no acknowledged write is lost`, async () => {
    const dbFile = join(tempDir(), 'swap.sqlite3')
    let before = new Set<string>()
    // How long a swap takes here, from the runs that let it answer (the median of those measured so far).
    const took: number[] = []
    let swapTook = 150
    const counts = { acknowledged: 0, lost: 0, swapCrashes: 0, swapsApplied: 0, swapsAcknowledged: 0 }
    for (let run = 0; run < SWAP_RUNS; run += 1) {
      const server = await startServer({ dbFile })
      const state: SwapRun = { acked: [[], [], []], swap: 'not sent' }
      let sentAt = 0
      const signals = { sent: () => undefined as void, done: () => undefined as void }
      const sent = new Promise<void>((resolve) => {
        signals.sent = () => {
          sentAt = Date.now()
          resolve()
        }
      })
      const done = new Promise<void>((resolve) => (signals.done = resolve))
      const writing = swapWriter(server, run, state, signals)
      await Promise.race([sent, writing])
      // Half the runs are killed while the swap runs, at a random point of the time a swap took so far (the
      // first runs measure it); the other half just after it answered.
      if (run % 4 >= 2) await sleep(Math.random() * swapTook * 0.8)
      else {
        await Promise.race([done, writing])
        if (state.swap === 'acknowledged') {
          took.push(Date.now() - sentAt)
          swapTook = [...took].sort((a, b) => a - b)[Math.floor(took.length / 2)]!
        }
        await sleep(Math.random() * 100)
      }
      server.child.kill('SIGKILL')
      await new Promise((exit) => server.child.once('exit', exit))
      await writing
      const after = companies(dbFile)
      const [early, between, late] = state.acked
      const snapshot = [...before, ...early]
      const applied =
        between.length > 0 ? between.every((company) => !after.has(company)) : state.swap === 'acknowledged'
      // Kept whatever happened: the snapshot's content; after an acknowledged swap, also what followed it.
      // Not applied (killed first): everything acknowledged before the swap was sent stays.
      const expected = [...snapshot, ...late, ...(applied ? [] : between)]
      const lost = expected.filter((company) => !after.has(company))
      if (state.swap === 'acknowledged')
        expect(applied, `run ${run}: swap answered ok but not applied`).toBe(true)
      counts.acknowledged += early.length + between.length + late.length
      counts.lost += lost.length
      if (state.swap === 'in flight') counts.swapCrashes += 1
      if (state.swap === 'acknowledged') counts.swapsAcknowledged += 1
      if (applied) counts.swapsApplied += 1
      expect(lost, `run ${run}: acknowledged writes lost`).toEqual([])
      before = after
    }
    console.log(
      `crash safety (restore and replace-import): ${SWAP_RUNS} kill -9 runs, ${counts.acknowledged} acknowledged writes, ` +
        `${counts.lost} lost; ${counts.swapCrashes} kills during a swap, ${counts.swapsAcknowledged} swaps acknowledged, ` +
        `${counts.swapsApplied} applied`,
    )
    expect(counts.swapCrashes).toBeGreaterThanOrEqual(SWAP_RUNS / 5)
  }, 600_000)
})

/** Lanes of kill -9 runs going at once, each with its own database file. */
const LANES = 2

/** `runs` kill -9 runs against one database file, each checked the moment the process is gone. */
async function killRuns(lane: number, runs: number) {
  const dbFile = join(tempDir(), `crash-${lane}.sqlite3`)
  const tracked = new Map<string, Tracked>()
  let killedWhileWriting = 0
  for (let run = 0; run < runs; run += 1) {
    const server = await startServer({ dbFile })
    const stop = { now: false }
    const pending = new Map<number, string>()
    let asked = () => {}
    const firstAsked = new Promise<void>((done) => (asked = done))
    const writers = Array.from({ length: WORKERS }, (_, worker) =>
      writer(server, worker, tracked, pending, stop, asked),
    )
    // Most runs are killed within a quarter second. One in eight is killed up to 0.8 s after its first
    // reschedule request was recorded (the first draft loads the drafts' code), so answers get stored too.
    if (run % 8 === 7) await Promise.race([firstAsked, new Promise((done) => setTimeout(done, 5_000))])
    const life = run % 8 === 7 ? Math.random() * 800 : 20 + Math.random() * 250
    await new Promise((done) => setTimeout(done, life))
    if (pending.size > 0) killedWhileWriting += 1
    server.child.kill('SIGKILL')
    await new Promise((done) => server.child.once('exit', done))
    stop.now = true
    await Promise.all(writers)
    verify(dbFile, tracked)
  }
  return { dbFile, tracked, runs, killedWhileWriting }
}

/** Restore and replace-import runs (half each, under a minute here); CRASH_RESTORE_RUNS changes it. */
const SWAP_RUNS = Number(process.env.CRASH_RESTORE_RUNS ?? 20)

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

function companies(dbFile: string): Set<string> {
  const db = new BetterSqlite3(dbFile)
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    return new Set(
      (db.prepare('SELECT company FROM interviews').all() as { company: string }[]).map((r) => r.company),
    )
  } finally {
    db.close()
  }
}

function countAnswers(dbFile: string): number {
  const db = new BetterSqlite3(dbFile, { readonly: true })
  try {
    return (
      db
        .prepare("SELECT count(*) AS n FROM interview_history WHERE change = 'reschedule-accepted'")
        .get() as {
        n: number
      }
    ).n
  } finally {
    db.close()
  }
}

interface SwapRun {
  /** Acknowledged creates: before the snapshot, between snapshot and swap, after the swap. */
  acked: [string[], string[], string[]]
  swap: 'not sent' | 'in flight' | 'acknowledged'
}

/**
 * One writer, one swap: creates, a snapshot (a manual backup, or a JSON export), more creates, then the swap
 * (restore of that backup, or replace-import of that export), then creates until the kill.
 */
async function swapWriter(
  server: RunningServer,
  run: number,
  state: SwapRun,
  signals: { sent: () => void; done: () => void },
) {
  const create = async (phase: 0 | 1 | 2, n: number) => {
    const company = `r${run}-p${phase}-${n}`
    const result = await api(server, 'interviews/create', interviewInput({ company })).catch(() => undefined)
    if (!result?.ok) return false
    state.acked[phase].push(company)
    return true
  }
  for (let n = 0; n < 2; n += 1) if (!(await create(0, n))) return
  const restore = run % 2 === 0
  const snapshot = restore
    ? await api(server, 'backup/create').catch(() => undefined)
    : await api(server, 'data/export', { format: 'json' }).catch(() => undefined)
  if (!snapshot?.ok) return
  for (let n = 0; n < 2; n += 1) if (!(await create(1, n))) return
  state.swap = 'in flight'
  signals.sent()
  const swapped = restore
    ? await api(server, 'backup/restore', { file: (snapshot.value as { file: string }).file }).catch(
        () => undefined,
      )
    : await api(server, 'data/import', {
        text: (snapshot.value as { text: string }).text,
        mode: 'replace',
      }).catch(() => undefined)
  if (!swapped) return
  expect(swapped, 'a swap that answered must have succeeded').toMatchObject({ ok: true })
  state.swap = 'acknowledged'
  signals.done()
  for (let n = 0; ; n += 1) if (!(await create(2, n))) return
}

function verify(dbFile: string, tracked: Map<string, Tracked>): void {
  const db = new BetterSqlite3(dbFile)
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const rows = db.prepare('SELECT id, starts_at FROM interviews').all() as {
      id: string
      starts_at: number
    }[]
    const stored = new Map(rows.map((row) => [row.id, new Date(row.starts_at).toISOString()]))
    for (const [id, entry] of tracked) {
      // Acknowledged: present, at the last acknowledged time or at a later one still in flight when killed.
      expect(stored.has(id), `acknowledged interview ${id} lost`).toBe(true)
      expect(entry.starts.slice(entry.acked - 1)).toContain(stored.get(id))
    }
    // Every interview and its history were written together: the last logged time is the stored time.
    const history = db
      .prepare(
        `SELECT i.id, i.starts_at,
           (SELECT count(*) FROM interview_history h WHERE h.interview_id = i.id AND h.change = 'created') AS created,
           (SELECT json_extract(h.detail, '$.to.startsAt') FROM interview_history h
             WHERE h.interview_id = i.id AND h.change = 'rescheduled' ORDER BY h.id DESC LIMIT 1) AS last_move,
           (SELECT json_extract(h.detail, '$.startsAt') FROM interview_history h
             WHERE h.interview_id = i.id AND h.change = 'created') AS first_start
         FROM interviews i`,
      )
      .all() as {
      id: string
      starts_at: number
      created: number
      last_move: string | null
      first_start: string
    }[]
    for (const row of history) {
      expect(row.created, `interview ${row.id} without its creation entry`).toBe(1)
      expect(row.last_move ?? row.first_start).toBe(new Date(row.starts_at).toISOString())
    }
    // A request is pending exactly when its last request entry says so; an answer closes its chase too.
    const requests = db
      .prepare(
        `SELECT i.id, i.reschedule IS NOT NULL AS pending,
           (SELECT h.change FROM interview_history h WHERE h.interview_id = i.id AND h.change LIKE 'reschedule-%'
             ORDER BY h.id DESC LIMIT 1) AS last,
           (SELECT count(*) FROM follow_ups f WHERE f.interview_id = i.id AND f.kind = 'chase-reply'
             AND f.done_at IS NULL) AS open_chases
         FROM interviews i`,
      )
      .all() as { id: string; pending: number; last: string | null; open_chases: number }[]
    for (const row of requests) {
      expect(row.pending === 1, `interview ${row.id}: request and history disagree`).toBe(
        row.last === 'reschedule-requested',
      )
      if (!row.pending) expect(row.open_chases, `interview ${row.id}: chase left open`).toBe(0)
    }
    const orphans = db
      .prepare(
        'SELECT count(*) AS n FROM interview_history WHERE interview_id NOT IN (SELECT id FROM interviews)',
      )
      .get()
    expect(orphans).toEqual({ n: 0 })
  } finally {
    db.close()
  }
}
