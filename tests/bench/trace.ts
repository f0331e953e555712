/**
 * Where a Chromium trace's time went on the page's main thread, by kind of work (self time, so nested work is
 * counted once), plus rasterisation on the raster threads. Used by the calendar bench's profile
 * (`CALENDAR_PROFILE=1`). A task's own time with nothing traced inside it is script run by the page (the
 * bench calls the page through the DevTools protocol, whose evaluations carry no FunctionCall event).
 */
interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.callFunction': 'script',
  'v8.run': 'script',
  'v8.compile': 'script',
  'V8.Execute': 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  TimerFire: 'script',
  RunMicrotasks: 'script',
  MinorGC: 'gc',
  MajorGC: 'major gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MARK_COMPACTOR': 'major gc',
  'BlinkGC.AtomicPhase': 'gc',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
  HitTest: 'other',
  ParseHTML: 'other',
}

/** One task of the main thread: when it started (ms, trace clock), how long it took, and its time by kind. */
export interface TaskBreakdown {
  start: number
  ms: number
  kinds: Record<string, number>
}

/** Milliseconds per kind of work: script, gc, style, layout, paint, other (main thread) and raster. */
export function traceBreakdown(json: string): Record<string, number> {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents
  const totals: Record<string, number> = {}
  for (const event of events)
    if (event.ph === 'X' && event.name === 'RasterTask')
      totals.raster = (totals.raster ?? 0) + (event.dur ?? 0) / 1000
  for (const task of mainTasks(events))
    for (const [kind, ms] of Object.entries(task.kinds)) totals[kind] = (totals[kind] ?? 0) + ms
  return totals
}

/** The main thread's tasks of at least `minMs`, each broken down by kind of work (self time). */
export function longTaskBreakdown(json: string, minMs = 50): TaskBreakdown[] {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents
  return mainTasks(events).filter((task) => task.ms >= minMs)
}

function mainTasks(events: TraceEvent[]): TaskBreakdown[] {
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )
  if (!main) return []
  const timed = events
    .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
  const tasks: TaskBreakdown[] = []
  let task: TaskBreakdown | undefined
  const add = (kind: string, us: number) => {
    if (task) task.kinds[kind] = (task.kinds[kind] ?? 0) + us / 1000
  }
  // Self time: each event's duration less its direct children's, attributed to the nearest named kind above.
  const stack: { end: number; kind: string | undefined; children: number; dur: number; name: string }[] = []
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
      const done = stack.pop()!
      const parent = stack[stack.length - 1]
      if (parent) parent.children += done.dur
      const owner =
        done.kind ??
        [...stack].reverse().find((s) => s.kind)?.kind ??
        (done.name === 'RunTask' ? 'script' : 'other')
      add(owner, done.dur - done.children)
    }
  }
  for (const event of timed) {
    close(event.ts)
    const top = stack.length === 0
    if (top && event.name !== 'RunTask' && event.name !== 'ThreadControllerImpl::RunTask') continue
    if (top) {
      task = { start: event.ts / 1000, ms: event.dur! / 1000, kinds: {} }
      tasks.push(task)
    }
    stack.push({
      end: event.ts + event.dur!,
      kind: KINDS[event.name],
      children: 0,
      dur: event.dur!,
      name: event.name,
    })
  }
  close(Number.POSITIVE_INFINITY)
  return tasks
}
