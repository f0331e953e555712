import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import {
  CALENDAR_VIEWS,
  clockAt,
  monthWeeks,
  moveFocus,
  step,
  visibleDays,
  visibleRange,
  weekOf,
  type CalendarView,
  type WeekStart,
} from '../../../../shared/calendar/layout'
import { isFiltering, matcher, NO_FILTER, type CalendarFilter } from '../../../../shared/calendar/filter'
import type { DraftKind, Alternative } from '../../../../shared/drafts/types'
import type { Interview, Status } from '../../../../shared/model/interview'
import type { Settings, SettingsUpdate } from '../../../../shared/model/settings'
import { groupByDay } from '../../../../shared/schedule/agenda'
import type { Alert } from '../../../../shared/schedule/alerts'
import { dayKey } from '../../../../shared/time'
import { call } from '../../api/client'
import { useSchedule } from '../../app/ScheduleContext'
import { dateLocale } from '../../i18n'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Dialog } from '../../ui/Dialog'
import { useToast } from '../../ui/Toast'
import { Composer } from '../drafts/Composer'
import { FollowUpTimeline } from '../followups/FollowUpTimeline'
import { formValuesOf, newFormValues } from '../interviews/formModel'
import { InterviewForm } from '../interviews/InterviewForm'
import { sampleInterviews } from '../interviews/samples'
import { AgendaView } from './AgendaView'
import { DetailsPanel } from './DetailsPanel'
import { FilterBar } from './FilterBar'
import { MonthView } from './MonthView'
import { MoveDialog, type PendingMove } from './MoveDialog'
import { TimeGridView } from './TimeGridView'
import { dropOf, useEventDrag, type DragPreview } from './useEventDrag'
import type { ViewContext } from './viewContext'

type Open =
  | { kind: 'create'; day: string; time?: string | undefined }
  | { kind: 'edit'; interview: Interview }
  | { kind: 'delete'; interview: Interview }
  | { kind: 'message'; interview: Interview; draft: DraftKind; was?: Alternative; proposed?: Alternative[] }
  | { kind: 'move'; move: PendingMove }

const VIEW_KEYS: Record<string, CalendarView> = { m: 'month', w: 'week', d: 'day', a: 'agenda' }
const SLOT = 30

interface CalendarPageProps {
  settings: Settings
  /** An interview to open (from an alert or a reminder), cleared once shown. */
  openId?: string | undefined
  onOpened: () => void
  /** Keeps the view and date for the next start, quietly. */
  remember: (patch: SettingsUpdate) => Promise<void>
}

/** The home screen: month, week, day and agenda views of every interview, with search, filters and drag to move. */
export function CalendarPage({ settings, openId, onOpened, remember }: CalendarPageProps) {
  const { t, i18n } = useTranslation()
  const toast = useToast()
  const schedule = useSchedule()
  const { refresh } = schedule
  const zone = settings.timeZone
  const locale = dateLocale(i18n.language)
  const weekStartsOn = (i18n.language === 'id' ? 1 : (locale.options?.weekStartsOn ?? 1)) as WeekStart
  const now = useNow()
  const today = dayKey(now, zone)

  const [view, setView] = useState<CalendarView>(settings.calendarView)
  const [date, setDate] = useState(settings.calendarDate ?? today)
  const [slot, setSlot] = useState(9 * 60)
  const [filter, setFilter] = useState<CalendarFilter>(NO_FILTER)
  const [interviews, setInterviews] = useState<Interview[]>()
  const [selectedId, setSelectedId] = useState<string>()
  const [open, setOpen] = useState<Open>()
  const focusRequest = useRef(false)

  const report = useCallback(
    (message: string) => toast(t('errors.generic', { message }), 'error'),
    [t, toast],
  )
  const load = useCallback(async () => {
    const result = await call('interviews/list', {})
    if (result.ok) setInterviews(result.value)
    else report(result.error.message)
    refresh()
  }, [report, refresh])
  useEffect(() => {
    const timer = setTimeout(() => void load(), 0)
    return () => clearTimeout(timer)
  }, [load])

  // The view and date are kept for the next start: a new view at once, a new date a moment after the user
  // stops moving around (arrow keys would otherwise write on every press).
  const viewChanged = view !== settings.calendarView
  useEffect(() => {
    if (!viewChanged && date === settings.calendarDate) return
    const timer = setTimeout(
      () => void remember({ calendarView: view, calendarDate: date }),
      viewChanged ? 0 : 400,
    )
    return () => clearTimeout(timer)
  }, [view, date, viewChanged, settings.calendarDate, remember])

  // An interview asked for from elsewhere (an alert, a reminder) is shown in its week with its details open.
  const [handledOpenId, setHandledOpenId] = useState<string>()
  if (openId !== handledOpenId) {
    const wanted = openId && interviews?.find((interview) => interview.id === openId)
    if (wanted) {
      setHandledOpenId(openId)
      setSelectedId(wanted.id)
      setDate(dayKey(wanted.startsAt, zone))
      if (view === 'agenda' || view === 'month') setView('week')
    } else if (!openId) setHandledOpenId(undefined)
  }
  useEffect(() => {
    if (handledOpenId) onOpened()
  }, [handledOpenId, onOpened])

  const alertsByInterview = useMemo(() => {
    const byInterview = new Map<string, Alert[]>()
    for (const alert of schedule.alerts) {
      for (const id of alert.interviewIds) byInterview.set(id, [...(byInterview.get(id) ?? []), alert])
    }
    return byInterview
  }, [schedule.alerts])

  const shown = useMemo(() => (interviews ? interviews.filter(matcher(filter)) : []), [interviews, filter])
  const { from, to } = visibleRange(view, date, weekStartsOn, zone)
  const byDay = useMemo(() => {
    const inRange = shown.filter(
      (interview) => Date.parse(interview.endsAt) > from && Date.parse(interview.startsAt) < to,
    )
    return new Map(groupByDay(inRange, zone).map(({ day, interviews: list }) => [day, list]))
  }, [shown, from, to, zone])
  const selected = interviews?.find((interview) => interview.id === selectedId)

  const create = useCallback((day: string, time?: string) => setOpen({ kind: 'create', day, time }), [])
  const changeView = useCallback((next: CalendarView) => {
    setView(next)
    focusRequest.current = true
  }, [])
  const goTo = (day: string) => {
    setDate(day)
    focusRequest.current = true
  }

  const drag = useEventDrag((preview: DragPreview) => {
    const times = dropOf(preview, zone)
    if (times.startsAt === preview.interview.startsAt && times.endsAt === preview.interview.endsAt) return
    setOpen({ kind: 'move', move: { interview: preview.interview, ...times } })
  })

  const context: ViewContext = {
    zone,
    locale,
    today,
    date,
    slot,
    alertsOf: (id) => alertsByInterview.get(id) ?? [],
    selectedId,
    select: (interview) => setSelectedId(interview.id),
    create,
    openDay: (day) => {
      setDate(day)
      changeView('day')
    },
    focusDay: setDate,
    takeFocusRequest: () => {
      const wanted = focusRequest.current
      focusRequest.current = false
      return wanted
    },
    drag,
  }

  // Shortcuts anywhere on the page, except while typing or in a dialog.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement
      if (target.closest('input, textarea, select, [contenteditable="true"], [aria-modal="true"]')) return
      if (document.querySelector('[aria-modal="true"]')) return
      const nextView = VIEW_KEYS[event.key]
      if (nextView) changeView(nextView)
      else if (event.key === 't') {
        setDate(today)
        focusRequest.current = true
      } else if (event.key === 'n')
        create(date, view === 'week' || view === 'day' ? clockAt(slot, SLOT) : undefined)
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [changeView, create, date, slot, today, view])

  /** Arrows, Enter, Page Up/Down and Home/End inside the month, week and day grids. */
  const onGridKey = (event: KeyboardEvent<HTMLElement>) => {
    const onCell = (event.target as HTMLElement).getAttribute('role') === 'gridcell'
    if (!onCell) return
    const timeGrid = view === 'week' || view === 'day'
    let handled = true
    if (timeGrid && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      setSlot((current) =>
        Math.min(24 * 60 - SLOT, Math.max(0, current + (event.key === 'ArrowUp' ? -SLOT : SLOT))),
      )
      focusRequest.current = true
    } else if (event.key === 'Enter') {
      if (timeGrid) create(date, clockAt(slot, SLOT))
      else context.openDay(date)
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      goTo(step(view, date, event.key === 'PageUp' ? -1 : 1))
    } else if (event.key === 'Home' || event.key === 'End') {
      const week = weekOf(date, weekStartsOn)
      goTo(event.key === 'Home' ? week[0]! : week[6]!)
    } else {
      const next = moveFocus(view, date, event.key)
      if (next) goTo(next)
      else handled = false
    }
    if (handled) event.preventDefault()
  }

  async function changeStatus(interview: Interview, status: Status) {
    const result = await call('interviews/update', { id: interview.id, status })
    if (!result.ok) report(result.error.message)
    await load()
  }

  async function remove(interview: Interview) {
    setOpen(undefined)
    const result = await call('interviews/delete', { id: interview.id })
    if (result.ok) toast(t('agenda.deleted', { company: interview.company }))
    else report(result.error.message)
    if (selectedId === interview.id) setSelectedId(undefined)
    await load()
  }

  async function confirmMove({ interview, startsAt, endsAt }: PendingMove, write: boolean) {
    const result = await call('interviews/update', { id: interview.id, startsAt, endsAt })
    if (!result.ok) {
      setOpen(undefined)
      return report(result.error.message)
    }
    toast(t('calendar.move.done', { company: interview.company }))
    await load()
    setOpen(
      write
        ? {
            kind: 'message',
            interview: result.value,
            draft: 'reschedule',
            was: { startsAt: interview.startsAt, endsAt: interview.endsAt },
            proposed: [{ startsAt, endsAt }],
          }
        : undefined,
    )
  }

  async function loadSamples() {
    const samples = sampleInterviews(new Date(now), zone)
    for (const sample of samples) {
      const result = await call('interviews/create', sample)
      if (!result.ok) return report(result.error.message)
    }
    toast(t('agenda.samplesLoaded', { count: samples.length }))
    await load()
  }

  const close = () => setOpen(undefined)
  const period = periodTitle(view, date, weekStartsOn, locale)
  const title = view === 'agenda' ? t('calendar.fromDate', { date: period }) : period
  const empty = interviews !== undefined && interviews.length === 0

  return (
    <section className="page calendar" aria-labelledby="calendar-title">
      <header className="calendar-toolbar">
        <div className="period">
          <button type="button" onClick={() => goTo(today)} aria-keyshortcuts="t">
            {t('calendar.today')}
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('calendar.previous')}
            onClick={() => setDate(step(view, date, -1))}
          >
            ‹
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('calendar.next')}
            onClick={() => setDate(step(view, date, 1))}
          >
            ›
          </button>
          <h1 id="calendar-title" aria-live="polite">
            {title}
          </h1>
          <input
            type="date"
            className="jump"
            aria-label={t('calendar.jump')}
            value={date}
            onChange={(event) => event.target.value && setDate(event.target.value)}
          />
        </div>
        <div className="view-switch" role="group" aria-label={t('calendar.viewLabel')}>
          {CALENDAR_VIEWS.map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={view === name}
              aria-keyshortcuts={name[0]}
              onClick={() => changeView(name)}
            >
              {t(`calendar.views.${name}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="primary"
          aria-keyshortcuts="n"
          onClick={() => create(date, view === 'week' || view === 'day' ? clockAt(slot, SLOT) : undefined)}
        >
          {t('agenda.newInterview')}
        </button>
      </header>
      <FilterBar filter={filter} onChange={setFilter} shown={shown.length} total={interviews?.length ?? 0} />

      {interviews === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : empty ? (
        <div className="empty">
          <h2>{t('agenda.empty.title')}</h2>
          <p>{t('agenda.empty.text')}</p>
          <div className="actions">
            <button type="button" onClick={() => void loadSamples()}>
              {t('agenda.empty.samples')}
            </button>
            <button type="button" className="primary" onClick={() => create(date)}>
              {t('agenda.newInterview')}
            </button>
          </div>
        </div>
      ) : (
        <div className={selected ? 'calendar-body with-details' : 'calendar-body'}>
          <div className="calendar-view">
            {isFiltering(filter) && shown.length === 0 && (
              <p className="muted">{t('agenda.empty.noMatch')}</p>
            )}
            {view === 'month' ? (
              <MonthView
                context={context}
                weeks={monthWeeks(date, weekStartsOn)}
                byDay={byDay}
                label={title}
                onKeyDown={onGridKey}
              />
            ) : view === 'agenda' ? (
              <AgendaView
                context={context}
                days={[...byDay]}
                now={now}
                onMessage={(interview, draft) => setOpen({ kind: 'message', interview, draft })}
                onSelect={context.select}
                onEdit={(interview) => setOpen({ kind: 'edit', interview })}
                onDelete={(interview) => setOpen({ kind: 'delete', interview })}
                onStatus={(interview, status) => void changeStatus(interview, status)}
              />
            ) : (
              <TimeGridView
                context={context}
                days={visibleDays(view, date, weekStartsOn)}
                byDay={byDay}
                label={title}
                onKeyDown={onGridKey}
              />
            )}
          </div>
          {selected && (
            <DetailsPanel
              interview={selected}
              zone={zone}
              alerts={alertsByInterview.get(selected.id) ?? []}
              now={now}
              onClose={() => setSelectedId(undefined)}
              onEdit={() => setOpen({ kind: 'edit', interview: selected })}
              onDelete={() => setOpen({ kind: 'delete', interview: selected })}
              onStatus={(status) => void changeStatus(selected, status)}
              onMessage={(draft) => setOpen({ kind: 'message', interview: selected, draft })}
            />
          )}
        </div>
      )}

      {(open?.kind === 'create' || open?.kind === 'edit') && (
        <Dialog title={t(open.kind === 'edit' ? 'form.editTitle' : 'form.createTitle')} onClose={close} wide>
          <InterviewForm
            initial={
              open.kind === 'edit'
                ? formValuesOf(open.interview)
                : newFormValues(zone, new Date(now), { date: open.day, time: open.time ?? '10:00' })
            }
            editing={open.kind === 'edit' ? open.interview : undefined}
            others={interviews ?? []}
            onCancel={close}
            onSaved={() => {
              close()
              toast(t('form.saved'))
              void load()
            }}
          />
          {open.kind === 'edit' && !selected && <FollowUpTimeline interview={open.interview} />}
        </Dialog>
      )}
      {open?.kind === 'message' && (
        <Dialog title={`${t(`drafts.title.${open.draft}`)} — ${open.interview.company}`} onClose={close} wide>
          <Composer
            interview={open.interview}
            initialKind={open.draft}
            initialAlternatives={open.proposed}
            was={open.was}
            onSent={() => {
              close()
              void load()
            }}
          />
        </Dialog>
      )}
      {open?.kind === 'move' && (
        <MoveDialog
          move={open.move}
          interviews={interviews ?? []}
          settings={settings}
          now={now}
          onCancel={close}
          onConfirm={(write) => void confirmMove(open.move, write)}
        />
      )}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          title={t('agenda.deleteTitle')}
          text={t('agenda.deleteText', {
            company: open.interview.company,
            position: open.interview.position,
            when: format(Date.parse(open.interview.startsAt), 'EEEE, d MMMM yyyy HH:mm', {
              in: tz(zone),
              locale,
            }),
          })}
          confirmLabel={t('agenda.delete')}
          danger
          onCancel={close}
          onConfirm={() => void remove(open.interview)}
        />
      )}
    </section>
  )
}

/** "November 2026", "16 – 22 Nov 2026", "Sunday, 22 November 2026", or the agenda's first day. */
function periodTitle(
  view: CalendarView,
  date: string,
  weekStartsOn: WeekStart,
  locale: ReturnType<typeof dateLocale>,
): string {
  const at = (key: string) => new Date(`${key}T12:00:00`)
  if (view === 'month') return format(at(date), 'LLLL yyyy', { locale })
  if (view === 'day') return format(at(date), 'EEEE, d MMMM yyyy', { locale })
  if (view === 'agenda') return format(at(date), 'd MMMM yyyy', { locale })
  const week = weekOf(date, weekStartsOn)
  const first = at(week[0]!)
  const last = at(week[6]!)
  const sameMonth = week[0]!.slice(0, 7) === week[6]!.slice(0, 7)
  return `${format(first, sameMonth ? 'd' : 'd MMM', { locale })} – ${format(last, 'd MMM yyyy', { locale })}`
}

/** The current time, moved on every minute (today's date and notice levels follow it). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now
}
