import { useCallback, useRef, useState } from 'react'
import type { AppError } from '../../../../shared/result'
import { errorText } from '../../i18n/errorText'
import { useTranslation } from 'react-i18next'
import {
  clockAt,
  monthWeeks,
  overlapping,
  step,
  visibleDays,
  visibleRange,
  type CalendarView,
  wallMinutes,
} from '../../../../shared/calendar/layout'
import { isFiltering, NO_FILTER, type CalendarFilter } from '../../../../shared/calendar/filter'
import type { Interview, Status } from '../../../../shared/model/interview'
import type { Settings, SettingsUpdate } from '../../../../shared/model/settings'
import { dayKey } from '../../../../shared/time'
import { call } from '../../api/client'
import { useSchedule } from '../../app/ScheduleContext'
import { dateLocale, weekStartFor } from '../../i18n'
import { useToast } from '../../ui/Toast'
import { useDeferredDelete } from './useDeferredDelete'
import type { OpenDialog } from './CalendarDialogs'
import { CalendarToolbar } from './CalendarToolbar'
import { AgendaView, useAgendaLimit } from './AgendaView'
import { CalendarDialogs, DetailsPanel } from './lazyParts'
import { usePreloadParts } from '../../ui/lazyPart'
import { useStatusChange } from '../interviews/useStatusReport'
import { useAnswer } from '../reschedule/useAnswer'
import { FilterBar } from './FilterBar'
import { MonthView } from './MonthView'
import { TimeGridView } from './TimeGridView'
import { SLOT_MINUTES, useCalendarKeys } from './useCalendarKeys'
import { periodTitle } from './period'
import { useNow } from '../../ui/useNow'
import { openingDay, useCalendarInterviews, usePatchedChange } from './useCalendarInterviews'
import { dropOf, useEventDrag, type DragPreview } from './useEventDrag'
import { useInvitationDrop } from './useInvitationDrop'
import type { ViewContext } from './viewContext'
import { EmptyCalendar } from './EmptyCalendar'
import { SamplesNote } from './SamplesNote'
import { NO_ALERTS, useAlertsByInterview } from './useAlertsByInterview'
import { useAlertsBeyondHorizon } from './useAlertsBeyondHorizon'
import { useOpenRequest } from './useOpenRequest'
import { usePresentInterviews } from './usePresentInterviews'
import { useVisibleDays } from './useVisibleDays'
import { useRememberView } from './useRememberView'

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
  const weekStartsOn = weekStartFor(i18n.language)
  const now = useNow()
  const today = dayKey(now, zone)

  const [view, setView] = useState<CalendarView>(settings.calendarView)
  const [date, setDate] = useState(() => openingDay(settings, now))
  const [slot, setSlot] = useState(9 * 60)
  const [filter, setFilter] = useState<CalendarFilter>(NO_FILTER)
  const [selectedId, setSelectedId] = useState<string>()
  const [open, setOpen] = useState<OpenDialog>()
  const focusRequest = useRef(false)

  const report = useCallback((error: AppError) => toast(errorText(error), 'error'), [toast])
  const { from, to } = visibleRange(view, date, weekStartsOn, zone)
  const agenda = useAgendaLimit(date, isFiltering(filter))
  const fetched = useCalendarInterviews({ from, to }, report, zone, agenda.need)
  const { interviews, hasAny, patch } = fetched
  const { reload, changed } = usePatchedChange(fetched, refresh)

  useRememberView(view, date, { view: settings.calendarView, date: settings.calendarDate }, remember)
  useOpenRequest({ openId, onOpened, interviews, zone, view, setView, setDate, select: setSelectedId })
  usePreloadParts(interviews !== undefined)
  const alertsByInterview = useAlertsByInterview(useAlertsBeyondHorizon(schedule.alerts, fetched.window, now))

  // A delete patches the alerts of the deleted interviews' old neighbours (the alerts held name them).
  const { hidden, remove } = useDeferredDelete((ids) => {
    fetched.reload()
    refresh(ids)
  })
  const { present, samples, empty } = usePresentInterviews(interviews, hasAny, hidden)
  const visible = { filter, present, view, date, weekStartsOn, zone, from, to, fetchedTo: fetched.window?.to }
  const { shown, counts, byDay } = useVisibleDays(visible)
  const selected = present?.find((interview) => interview.id === selectedId)

  const create = useCallback(
    (day: string, time?: string) => setOpen({ kind: 'create', day, time }),
    [setOpen],
  )
  const changeView = useCallback((next: CalendarView) => {
    setView(next)
    focusRequest.current = true
  }, [])
  const goTo = useCallback((day: string) => {
    setDate(day)
    focusRequest.current = true
  }, [])

  const drag = useEventDrag((preview: DragPreview) => {
    const times = dropOf(preview, zone)
    if (times.startsAt === preview.interview.startsAt && times.endsAt === preview.interview.endsAt) return
    setOpen({ kind: 'move', move: { interview: preview.interview, ...times } })
  })

  const context: ViewContext = {
    zone,
    locale,
    today,
    nowMinutes: wallMinutes(now, zone),
    date,
    slot,
    alertsOf: (id) => alertsByInterview.get(id) ?? NO_ALERTS,
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

  const createHere = useCallback(
    () => create(date, view === 'week' || view === 'day' ? clockAt(slot, SLOT_MINUTES) : undefined),
    [create, date, view, slot],
  )
  const onGridKey = useCalendarKeys({
    view,
    date,
    weekStartsOn,
    today,
    goTo,
    changeView,
    openDay: context.openDay,
    moveSlot: (minutes) => {
      setSlot((current) => Math.min(24 * 60 - SLOT_MINUTES, Math.max(0, current + minutes)))
      focusRequest.current = true
    },
    createHere,
  })

  // A status is drawn as chosen while the store writes it.
  const setStatus = useStatusChange(changed, patch)
  const answer = useAnswer(changed, setOpen)
  // A no-show is asked about first (and then offers the apology); every other status changes at once.
  const changeStatus = (interview: Interview, status: Status) =>
    status === 'no-show' ? setOpen({ kind: 'no-show', interview }) : void setStatus(interview, status)

  /** The company agreed to hold an onsite interview by video at the same time. */
  const heldByVideo = async (interview: Interview) => {
    const result = await call('interviews/update', { id: interview.id, mode: 'video' })
    if (result.ok) changed(result.value)
    else report(result.error)
  }

  const invitationDrop = useInvitationDrop(
    settings.timeZone,
    (invitation) => setOpen({ kind: 'create', day: today, invitation }),
    report,
  )

  const period = periodTitle(view, date, weekStartsOn, locale)
  const title = view === 'agenda' ? t('calendar.fromDate', { date: period }) : period

  return (
    <section
      className={`page calendar${invitationDrop.dragging ? ' dropping' : ''}`}
      aria-labelledby="calendar-title"
      {...invitationDrop.handlers}
    >
      {invitationDrop.dragging && <p className="drop-hint">{t('invitations.dropHint')}</p>}
      <CalendarToolbar
        view={view}
        date={date}
        title={title}
        onToday={() => goTo(today)}
        onStep={(direction) => setDate(step(view, date, direction))}
        onJump={setDate}
        onView={changeView}
        onNew={createHere}
      />
      <FilterBar filter={filter} onChange={setFilter} shown={counts.shown} total={counts.total} />
      <SamplesNote samples={samples} onRemove={remove} />

      {interviews === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : empty ? (
        <EmptyCalendar
          now={now}
          zone={zone}
          report={report}
          onLoaded={reload}
          onCreate={() => create(date)}
        />
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
                page={{
                  limit: agenda.limit,
                  showUpTo: agenda.showUpTo,
                  beyond: fetched.beyond,
                  pending: fetched.pending,
                }}
                now={now}
                onMessage={(interview, draft) => setOpen({ kind: 'message', interview, draft })}
                onSelect={context.select}
                onEdit={(interview) => setOpen({ kind: 'edit', interview })}
                onDelete={(interview) => setOpen({ kind: 'delete', interview })}
                onStatus={changeStatus}
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
              alerts={alertsByInterview.get(selected.id) ?? NO_ALERTS}
              now={now}
              onClose={() => setSelectedId(undefined)}
              onEdit={() => setOpen({ kind: 'edit', interview: selected })}
              onDelete={() => setOpen({ kind: 'delete', interview: selected })}
              onStatus={(status) => changeStatus(selected, status)}
              onMessage={(draft, channel) =>
                setOpen({ kind: 'message', interview: selected, draft, ...(channel ? { channel } : {}) })
              }
              onAnswer={(given) => void answer(selected, given)}
              onVideoAnswer={(given) =>
                given === 'cancelled' ? changeStatus(selected, 'cancelled') : void heldByVideo(selected)
              }
            />
          )}
        </div>
      )}

      <CalendarDialogs
        open={open}
        setOpen={setOpen}
        interviews={present ?? []}
        settings={settings}
        now={now}
        detailsShown={selected !== undefined}
        onChanged={changed}
        onDelete={(interview) => remove([interview], t('agenda.deleted', { company: interview.company }))}
        inView={overlapping(from, to)}
      />
    </section>
  )
}
