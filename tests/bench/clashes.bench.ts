import FlattenTree from '@flatten-js/interval-tree'
import { IntervalTree as NodeTree } from 'node-interval-tree'
import { it } from 'vitest'
import type { Interview, Mode } from '../../src/shared/model/interview'
import { ClashIndex, findConflicts, isActive } from '../../src/shared/schedule/conflicts'
import { TravelBook } from '../../src/shared/schedule/travel'
import { interleavedMedians, median, ms, ratio, seeded } from './measure'

const PLACES = [
  'Menara Sudirman',
  'Sentosa Tower, BSD',
  'Kuningan City',
  'Gedung Cyber, Mampang',
  'Pantai Indah Kapuk',
]
const MODES: Mode[] = ['onsite', 'onsite', 'onsite', 'video', 'phone']
const book = new TravelBook([{ from: 'Sudirman', to: 'BSD', minutes: 75 }], {
  travelBufferMinutes: 60,
  prepBufferMinutes: 15,
})
const REACH = book.maxMinutes * 60_000

/** About three interviews a working day, between 08:00 and 17:00 UTC, 30–120 minutes long. */
export function schedule(count: number): Interview[] {
  const random = seeded(count)
  const days = Math.ceil(count / 3)
  return Array.from({ length: count }, (_, i) => {
    const start =
      Date.UTC(2027, 0, 1) +
      Math.floor(random() * days) * 86_400_000 +
      (8 * 60 + Math.floor(random() * 36) * 15) * 60_000
    const mode = MODES[Math.floor(random() * MODES.length)]!
    return {
      id: String(i),
      company: `Company ${i}`,
      position: 'Analyst',
      contact: {},
      mode,
      ...(mode === 'onsite' ? { location: PLACES[Math.floor(random() * PLACES.length)]! } : {}),
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + (30 + Math.floor(random() * 4) * 30) * 60_000).toISOString(),
      timeZone: 'Asia/Jakarta',
      status: random() < 0.9 ? 'confirmed' : 'cancelled',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    }
  })
}

interface Item {
  index: number
  start: number
  end: number
  interview: Interview
}

const itemsOf = (interviews: Interview[]): Item[] =>
  interviews.filter(isActive).map((interview, index) => ({
    index,
    start: Date.parse(interview.startsAt),
    end: Date.parse(interview.endsAt),
    interview,
  }))

/** The same pair rule as the finder, applied to the candidates a tree returns; each pair counted once. */
function countPairs(a: Item, candidates: Item[]): number {
  let clashes = 0
  for (const b of candidates) {
    if (
      b.start < a.start ||
      (b.start === a.start && (b.end < a.end || (b.end === a.end && b.index <= a.index)))
    )
      continue
    if (b.start >= a.end + REACH) continue
    if (b.start < a.end || (b.start - a.end) / 60_000 < book.need(a.interview, b.interview).minutes)
      clashes += 1
  }
  return clashes
}

function withFlatten(interviews: Interview[]): number {
  const items = itemsOf(interviews)
  const tree = new FlattenTree<Item>()
  for (const item of items) tree.insert([item.start, item.end], item)
  let clashes = 0
  for (const a of items) clashes += countPairs(a, tree.search([a.start, a.end + REACH - 1]) as Item[])
  return clashes
}

function withNodeTree(interviews: Interview[]): number {
  const items = itemsOf(interviews)
  const tree = new NodeTree<{ low: number; high: number; item: Item }>()
  for (const item of items) tree.insert({ low: item.start, high: item.end, item })
  let clashes = 0
  for (const a of items)
    clashes += countPairs(
      a,
      tree.search(a.start, a.end + REACH - 1).map((record) => record.item),
    )
  return clashes
}

it('finding every clash: our finder against two interval trees and a plain sort', () => {
  const rows: string[] = []
  for (const size of [1_000, 10_000, 100_000]) {
    const interviews = schedule(size)
    const counts = [findConflicts(interviews, book).length, withFlatten(interviews), withNodeTree(interviews)]
    if (new Set(counts).size !== 1) throw new Error(`the three disagree on ${size}: ${counts.join(' / ')}`)
    // In turns (see interleavedMedians): run one after the other, our few milliseconds at 10 000 and the
    // trees' fifty fell in different spells of this shared machine, and the ratio went from 10× to 17× between
    // two runs of the same code.
    const runs = size >= 100_000 ? 5 : 21
    const [ours, flatten, nodeTree, sort] = interleavedMedians(runs, [
      () => findConflicts(interviews, book),
      () => withFlatten(interviews),
      () => withNodeTree(interviews),
      () => interviews.map((interview) => interview.startsAt).sort(),
    ]) as [number, number, number, number]
    rows.push(
      `${String(size).padStart(7)} ${String(counts[0]).padStart(7)} ${ms(ours)} ${ms(flatten)} ${ms(nodeTree)} ${ms(sort)}` +
        `   ${ratio(flatten / ours)} ${ratio(nodeTree / ours)} ${ratio(ours / sort)}`,
    )
  }
  console.log(
    [
      'Clash finding (ms, median) — same data, same pair rule, all results cross-checked',
      '  count clashes     ours  flatten  nodeTree    sort   flatten/ours nodeTree/ours ours/sort',
      ...rows,
    ].join('\n'),
  )
})

it('checking one new slot against 10 000 interviews', () => {
  const interviews = schedule(10_000)
  const index = new ClashIndex(interviews, book)
  const random = seeded(7)
  const candidates = Array.from({ length: 200_000 }, (_, i) => {
    const base = interviews[Math.floor(random() * interviews.length)]!
    const shift = (Math.floor(random() * 16) - 8) * 15 * 60_000
    return {
      ...base,
      id: `candidate-${i}`,
      startsAt: new Date(Date.parse(base.startsAt) + shift).toISOString(),
      endsAt: new Date(Date.parse(base.endsAt) + shift).toISOString(),
    }
  })
  let found = 0
  const total = median(5, () => {
    for (const candidate of candidates) found += index.clashesWith(candidate).length
  })
  console.log(
    `One-slot check against 10 000 interviews: ${((total * 1e6) / candidates.length).toFixed(0)} ns per check ` +
      `(${candidates.length} checks, ${found > 0 ? 'clashes found' : 'none found'})`,
  )
})
