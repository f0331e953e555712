/**
 * The page `npm run bench` drives in Chromium: the same interviews drawn by our month/week views or by
 * react-big-calendar (`?lib=ours|rbc&view=month|week`). `window.bench` renders and navigates, each time
 * until two animation frames have passed after the view is completely drawn (the result is on screen), and
 * collects long tasks.
 */
import { useState } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { Calendar, dateFnsLocalizer } from 'react-big-calendar'
import { addMonths, addWeeks, format, getDay, parse, startOfWeek } from 'date-fns'
import { enGB } from 'date-fns/locale/en-GB'
import 'react-big-calendar/lib/css/react-big-calendar.css'
import '../../src/renderer/src/styles.css'
import { monthWeeks, step, visibleDays, type CalendarView } from '../../src/shared/calendar/layout'
import type { Interview } from '../../src/shared/model/interview'
import { interviewsOnDays } from '../../src/shared/schedule/agenda'
import { MonthView } from '../../src/renderer/src/features/calendar/MonthView'
import { TimeGridView } from '../../src/renderer/src/features/calendar/TimeGridView'
import { useEventDrag } from '../../src/renderer/src/features/calendar/useEventDrag'
import type { ViewContext } from '../../src/renderer/src/features/calendar/viewContext'
import { i18n } from '../../src/renderer/src/i18n'

const params = new URLSearchParams(location.search)
const lib = params.get('lib') === 'rbc' ? 'rbc' : 'ours'
const view: CalendarView = params.get('view') === 'week' ? 'week' : 'month'
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
const ANCHOR = '2027-03-10'

/**
 * Deterministic data: `perPeriod` interviews in each of three months (or weeks) around the anchor, in the
 * store's order.
 */
function interviews(): Interview[] {
  let state = 42
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
  // `?per=N` changes the load, to see how the cost grows with the number of interviews.
  const perPeriod = Number(params.get('per') ?? (view === 'month' ? 1000 : 300))
  const periodDays = view === 'month' ? 28 : 7
  const starts =
    view === 'month' ? ['2027-02-01', '2027-03-01', '2027-04-01'] : ['2027-03-01', '2027-03-08', '2027-03-15']
  const modes = ['onsite', 'video', 'phone'] as const
  const statuses = ['invited', 'confirmed', 'confirmed', 'cancelled', 'completed'] as const
  const list: Interview[] = []
  for (const start of starts) {
    for (let i = 0; i < perPeriod; i += 1) {
      const day = Date.parse(`${start}T00:00:00Z`) + Math.floor(random() * periodDays) * 86_400_000
      const from = day + (7 + Math.floor(random() * 22) / 2) * 3_600_000
      const minutes = [30, 45, 60, 90][Math.floor(random() * 4)]!
      list.push({
        id: `00000000-0000-4000-8000-${String(list.length).padStart(12, '0')}`,
        company: `PT Perusahaan ${list.length % 97}`,
        position: `Analyst ${list.length % 13}`,
        contact: {},
        mode: modes[list.length % 3]!,
        startsAt: new Date(from).toISOString(),
        endsAt: new Date(from + minutes * 60_000).toISOString(),
        timeZone: zone,
        status: statuses[list.length % statuses.length]!,
        createdAt: '2027-01-01T00:00:00.000Z',
        updatedAt: '2027-01-01T00:00:00.000Z',
      })
    }
  }
  // In the order `interviews/list` answers (ORDER BY starts_at, id), which is what the calendar page is fed.
  return list.sort((a, b) =>
    a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.id < b.id ? -1 : 1,
  )
}
const data = interviews()

let navigate: (direction: 1 | -1) => void = () => undefined

/** Our views as the calendar page feeds them: the interviews that start on the visible days, by day, drawn. */
function Ours() {
  const [date, setDate] = useState(ANCHOR)
  navigate = (direction) => setDate((current) => step(view, current, direction))
  const drag = useEventDrag(() => undefined)
  const days = visibleDays(view, date, 1)
  const byDay = interviewsOnDays(data, days, zone)
  const context: ViewContext = {
    zone,
    locale: enGB,
    today: '2027-03-10',
    date,
    slot: 540,
    alertsOf: () => [],
    selectedId: undefined,
    select: () => undefined,
    create: () => undefined,
    openDay: () => undefined,
    focusDay: () => undefined,
    takeFocusRequest: () => false,
    drag,
  }
  return view === 'month' ? (
    <MonthView
      context={context}
      weeks={monthWeeks(date, 1)}
      byDay={byDay}
      label="bench"
      onKeyDown={() => undefined}
    />
  ) : (
    <TimeGridView context={context} days={days} byDay={byDay} label="bench" onKeyDown={() => undefined} />
  )
}

const localizer = dateFnsLocalizer({ format, parse, startOfWeek, getDay, locales: { 'en-GB': enGB } })
const events = data.map((i) => ({
  title: `${i.company} — ${i.position}`,
  start: new Date(i.startsAt),
  end: new Date(i.endsAt),
}))

function BigCalendar() {
  const [date, setDate] = useState(new Date(`${ANCHOR}T12:00:00`))
  navigate = (direction) =>
    setDate((current) => (view === 'month' ? addMonths(current, direction) : addWeeks(current, direction)))
  return (
    <div style={{ height: 900 }}>
      <Calendar
        localizer={localizer}
        culture="en-GB"
        events={events}
        view={view}
        views={[view]}
        date={date}
        onNavigate={() => undefined}
        onView={() => undefined}
        toolbar={false}
      />
    </div>
  )
}

const longTasks: number[] = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration)
}).observe({ type: 'longtask', buffered: true })

const twoFrames = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))
const rootElement = document.getElementById('root')!
const root = createRoot(rootElement)

/**
 * Until nothing on the page is busy: a time grid draws a busy period over a few frames and says so with
 * `aria-busy` until the last block is in. Resolves right after the commit that clears it, so the two frames
 * that follow measure the complete drawing as they measure a drawing done in one go.
 */
const drawn = () =>
  new Promise<void>((done) => {
    const busy = () => rootElement.querySelector('[aria-busy="true"]') !== null
    if (!busy()) return done()
    const observer = new MutationObserver(() => {
      if (busy()) return
      observer.disconnect()
      done()
    })
    observer.observe(rootElement, { attributes: true, attributeFilter: ['aria-busy'], subtree: true })
  })

async function timed(action: () => void) {
  longTasks.length = 0
  const start = performance.now()
  let frames = 0
  let counting = true
  const count = () => {
    if (!counting) return
    frames += 1
    requestAnimationFrame(count)
  }
  requestAnimationFrame(count)
  flushSync(action)
  const script = performance.now() - start
  await drawn()
  counting = false
  await twoFrames()
  const ms = performance.now() - start
  // Long-task entries arrive after their task: give them a moment.
  await new Promise((done) => setTimeout(done, 30))
  return { ms, script, frames, longTasks: [...longTasks] }
}

declare global {
  interface Window {
    bench: {
      first: () => ReturnType<typeof timed>
      step: (direction: 1 | -1) => ReturnType<typeof timed>
      floor: () => ReturnType<typeof timed>
      count: () => number
    }
  }
}

window.bench = {
  first: () =>
    timed(() =>
      root.render(
        <I18nextProvider i18n={i18n}>{lib === 'ours' ? <Ours /> : <BigCalendar />}</I18nextProvider>,
      ),
    ),
  step: (direction) => timed(() => navigate(direction)),
  /** The same measure with nothing to do: two frames' wait, the least any render can score. */
  floor: () => timed(() => undefined),
  /** Interviews drawn, so a run that drew nothing cannot pass for a fast one. */
  count: () =>
    document.querySelectorAll(lib === 'ours' ? '.chip, .block, .more' : '.rbc-event, .rbc-show-more').length,
}
