import type { FollowUp } from '../../src/shared/model/followup'
import type { Interview, Status } from '../../src/shared/model/interview'
import type { testBackend } from './backend'

const DAY = 86_400_000
const HOUR = 3_600_000
const HALF_HOUR = 1_800_000
const STATUSES: Status[] = ['invited', 'confirmed', 'cancelled', 'declined']
const PLACES = ['Menara Sudirman', 'BSD City', 'Bekasi', 'Cikarang']
const OPEN: Status[] = ['invited', 'confirmed']

type App = Awaited<ReturnType<typeof testBackend>>

/** Every kind of change the renderer follows with `refresh(ids)` (useScheduleState.ts). */
export const CHANGE_KINDS = [
  'create',
  'move',
  'status',
  'delete',
  'task',
  'thanks',
  'complete',
  'request',
  'answer',
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

/** A change made, and the ids the renderer patches after it (what its reply or its caller knows). */
export interface Change {
  kind: ChangeKind
  ids: string[]
}

/** A time in the busy days ahead, on the half hour, as the seed places most interviews. */
const slotNear = (now: number, next: () => number, dayOffset: number) =>
  now + dayOffset * DAY + Math.floor(next() * 20) * HALF_HOUR - 8 * HOUR

/**
 * One change of the given kind through the contract, on an interview drawn with `next` (`ids`: the
 * interviews near now, kept up to date). A kind with nothing to act on (no open task, no pending request)
 * falls back to a move, so every step changes something.
 */
export async function makeChange(
  app: App,
  kind: ChangeKind,
  next: () => number,
  ids: string[],
  now: number,
): Promise<Change> {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
  const near = async (keep: (interview: Interview) => boolean) =>
    (await app.value<Interview[]>('interviews/list', { ids })).filter(keep)
  if (kind === 'create' || ids.length === 0) {
    const start = slotNear(now, next, Math.floor(next() * 15) - 1)
    const made = await app.value<Interview>('interviews/create', {
      company: `New ${ids.length}`,
      position: 'Analyst',
      contact: {},
      mode: 'onsite',
      location: pick(PLACES),
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 2 * HALF_HOUR).toISOString(),
      timeZone: 'Asia/Jakarta',
      status: pick(OPEN),
    })
    ids.push(made.id)
    return { kind: 'create', ids: [made.id] }
  }
  if (kind === 'status') {
    const id = pick(ids)
    await app.value('interviews/update', { id, status: pick(STATUSES) })
    return { kind, ids: [id] }
  }
  if (kind === 'delete') {
    const id = pick(ids)
    await app.value('interviews/delete', { id })
    ids.splice(ids.indexOf(id), 1)
    // The renderer patches by the deleted id: the alerts it holds name the old neighbours.
    return { kind, ids: [id] }
  }
  if (kind === 'task') {
    // Due from a day ago to a day ahead: overdue, due soon, or just past what the alerts show.
    const id = pick(ids)
    const dueAt = new Date(now + Math.floor(next() * 60 - 30) * HOUR).toISOString()
    const task = await app.value<FollowUp>('followups/add', {
      type: 'task',
      interviewId: id,
      kind: pick(['confirm-in-writing', 'send-thanks', 'chase-reply', 'custom'] as const),
      dueAt,
    })
    return { kind, ids: [task.interviewId] }
  }
  if (kind === 'thanks') {
    // Most of them for an interview that ended in the last day: its "send thanks" alert goes.
    const ended = await near((i) => Date.parse(i.endsAt) < now && now - Date.parse(i.endsAt) < DAY)
    const id = ended.length > 0 && next() < 0.8 ? pick(ended).id : pick(ids)
    const log = await app.value<FollowUp>('followups/add', { type: 'log', interviewId: id, kind: 'thanks' })
    return { kind, ids: [log.interviewId] }
  }
  if (kind === 'complete') {
    const open = (await app.value<FollowUp[]>('followups/list', { type: 'task' })).filter((f) => !f.doneAt)
    if (open.length === 0) return makeChange(app, 'move', next, ids, now)
    const done = await app.value<FollowUp>('followups/complete', { id: pick(open).id })
    return { kind, ids: [done.interviewId] }
  }
  if (kind === 'request') {
    const candidates = await near((i) => OPEN.includes(i.status) && Date.parse(i.endsAt) > now)
    if (candidates.length === 0) return makeChange(app, 'move', next, ids, now)
    const slot = () => {
      const start = Math.max(slotNear(now, next, 1 + Math.floor(next() * 12)), now + HOUR)
      return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + HOUR).toISOString() }
    }
    const { interview } = await app.value<{ interview: Interview }>('drafts/markSent', {
      interviewId: pick(candidates).id,
      kind: 'reschedule',
      channel: 'email',
      language: 'en',
      body: 'Could we move it?',
      alternatives: [slot(), slot()],
    })
    return { kind, ids: [interview.id] }
  }
  if (kind === 'answer') {
    const pending = await near((i) => i.reschedule !== undefined)
    if (pending.length === 0) return makeChange(app, 'move', next, ids, now)
    const asked = pick(pending)
    const roll = next()
    const slot = pick(asked.reschedule!.proposed)
    const answered = await app.value<Interview>(
      'reschedule/answer',
      roll < 0.5 && Date.parse(slot.startsAt) > now
        ? { id: asked.id, answer: 'accepted', slot }
        : { id: asked.id, answer: roll < 0.75 ? 'refused' : 'withdrawn' },
    )
    return { kind, ids: [answered.id] }
  }
  // A move across days, as a drag or an edit can: its old day and its new day both change.
  const id = pick(ids)
  const start = slotNear(now, next, Math.floor(next() * 15) - 1)
  await app.value('interviews/update', {
    id,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + (1 + Math.floor(next() * 3)) * HALF_HOUR).toISOString(),
  })
  return { kind: 'move', ids: [id] }
}
