import type { Placed } from './layout'

/** Interviews a capped group could not show: one "+N" drawn in the group's last column over their extent. */
export interface Overflow<T> {
  top: number
  bottom: number
  column: number
  columns: number
  items: T[]
}

/** Hidden interviews that overlap one another, drawn as one "+N". */
interface Run<T> {
  top: number
  bottom: number
  members: Placed<T>[]
}

/**
 * At most `cap` interviews side by side. A group of overlapping interviews that needs more columns keeps its
 * first `cap - 1` columns (each `1/cap` wide); the interviews of the later columns give way to "+N" buttons in
 * the last column, one per run of them that overlap, so a crowded hour stays readable and every interview
 * stays one click away (a run of one is drawn itself). Groups that fit are returned as they are. `shown`
 * keeps drawing order within a group, except that such lone interviews follow their group.
 */
export function capColumns<T>(
  placed: readonly Placed<T>[],
  cap: number,
): { shown: Placed<T>[]; overflow: Overflow<T>[] } {
  const shown: Placed<T>[] = []
  const overflow: Overflow<T>[] = []
  // `placed` comes from layoutDay: in drawing order, each group's members together and sharing `columns`.
  let start = 0
  while (start < placed.length) {
    let end = start + 1
    let groupEnd = placed[start]!.bottom
    while (end < placed.length && placed[end]!.top < groupEnd) {
      groupEnd = Math.max(groupEnd, placed[end]!.bottom)
      end += 1
    }
    const group = placed.slice(start, end)
    start = end
    if (group[0]!.columns <= cap) {
      shown.push(...group)
      continue
    }
    let run: Run<T> | undefined
    const runs: Run<T>[] = []
    for (const p of group) {
      if (p.column < cap - 1) {
        shown.push({ ...p, columns: cap })
        continue
      }
      if (run && p.top < run.bottom) {
        run.members.push(p)
        run.bottom = Math.max(run.bottom, p.bottom)
        continue
      }
      run = { top: p.top, bottom: p.bottom, members: [p] }
      runs.push(run)
    }
    for (const { top, bottom, members } of runs) {
      // One interview alone fits the last column as well as "+1" would: it is drawn there itself.
      if (members.length === 1) shown.push({ ...members[0]!, column: cap - 1, columns: cap })
      else overflow.push({ top, bottom, column: cap - 1, columns: cap, items: members.map((p) => p.item) })
    }
  }
  return { shown, overflow }
}
