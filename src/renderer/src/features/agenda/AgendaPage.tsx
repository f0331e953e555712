import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { tz } from '@date-fns/tz'
import { addDays, format } from 'date-fns'
import type { Interview, Status } from '../../../../shared/model/interview'
import type { Settings } from '../../../../shared/model/settings'
import { groupByDay } from '../../../../shared/schedule/agenda'
import { dayKey } from '../../../../shared/time'
import { call } from '../../api/client'
import { dateLocale } from '../../i18n'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Dialog } from '../../ui/Dialog'
import { useToast } from '../../ui/Toast'
import { formValuesOf, newFormValues } from '../interviews/formModel'
import { InterviewForm } from '../interviews/InterviewForm'
import { sampleInterviews } from '../interviews/samples'
import { AgendaItem } from './AgendaItem'
import { Composer } from '../drafts/Composer'
import type { DraftKind } from '../../../../shared/drafts/types'
import { FollowUpTimeline } from '../followups/FollowUpTimeline'
import type { Alert } from '../../../../shared/schedule/alerts'
import { useSchedule } from '../../app/ScheduleContext'

type Open =
  | { kind: 'create' }
  | { kind: 'edit'; interview: Interview }
  | { kind: 'delete'; interview: Interview }
  | { kind: 'message'; interview: Interview; draft: DraftKind }

interface AgendaPageProps {
  settings: Settings
  /** An interview to open (from an alert or a reminder), cleared once shown. */
  openId?: string | undefined
  onOpened: () => void
}

/** Upcoming interviews grouped by day in the user's zone; create, edit, change status, delete. */
export function AgendaPage({ settings, openId, onOpened }: AgendaPageProps) {
  const { t, i18n } = useTranslation()
  const toast = useToast()
  const schedule = useSchedule()
  const { refresh } = schedule
  const [interviews, setInterviews] = useState<Interview[]>()
  const [query, setQuery] = useState('')
  const [showPast, setShowPast] = useState(false)
  const [open, setOpen] = useState<Open>()
  const zone = settings.timeZone
  const locale = dateLocale(i18n.language)

  const report = useCallback(
    (message: string) => toast(t('errors.generic', { message }), 'error'),
    [t, toast],
  )
  const load = useCallback(async () => {
    const result = await call('interviews/list', query.trim() ? { query: query.trim() } : {})
    if (result.ok) setInterviews(result.value)
    else report(result.error.message)
    refresh()
  }, [query, report, refresh])

  // An interview asked for from elsewhere opens in the edit dialog until the user closes it.
  const requested = openId ? interviews?.find((candidate) => candidate.id === openId) : undefined
  const shown: Open | undefined = open ?? (requested ? { kind: 'edit', interview: requested } : undefined)
  const close = () => {
    setOpen(undefined)
    onOpened()
  }

  const alertsOf = useMemo(() => {
    const byInterview = new Map<string, Alert[]>()
    for (const alert of schedule.alerts) {
      for (const id of alert.interviewIds) byInterview.set(id, [...(byInterview.get(id) ?? []), alert])
    }
    return byInterview
  }, [schedule.alerts])

  useEffect(() => {
    const timer = setTimeout(() => void load(), 150)
    return () => clearTimeout(timer)
  }, [load])

  const now = new Date()
  const visible = (interviews ?? []).filter(
    (interview) => showPast || Date.parse(interview.endsAt) >= now.getTime(),
  )
  const today = dayKey(now.getTime(), zone)
  const tomorrow = dayKey(addDays(now, 1, { in: tz(zone) }).getTime(), zone)

  async function loadSamples() {
    const samples = sampleInterviews(now, zone)
    for (const sample of samples) {
      const result = await call('interviews/create', sample)
      if (!result.ok) return report(result.error.message)
    }
    toast(t('agenda.samplesLoaded', { count: samples.length }))
    await load()
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
    await load()
  }

  const heading = (day: string, first: Interview) => {
    const date = format(Date.parse(first.startsAt), 'EEEE, d MMMM yyyy', { in: tz(zone), locale })
    const relative = day === today ? t('agenda.today') : day === tomorrow ? t('agenda.tomorrow') : undefined
    return relative ? `${relative} · ${date}` : date
  }

  return (
    <section className="page" aria-labelledby="agenda-title">
      <header className="page-header">
        <h1 id="agenda-title">{t('agenda.title')}</h1>
        <input
          type="search"
          className="search"
          placeholder={t('agenda.search')}
          aria-label={t('agenda.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label className="check">
          <input type="checkbox" checked={showPast} onChange={(event) => setShowPast(event.target.checked)} />
          {t('agenda.showPast')}
        </label>
        <button type="button" className="primary" onClick={() => setOpen({ kind: 'create' })}>
          {t('agenda.newInterview')}
        </button>
      </header>

      {interviews === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : interviews.length === 0 && !query.trim() ? (
        <div className="empty">
          <h2>{t('agenda.empty.title')}</h2>
          <p>{t('agenda.empty.text')}</p>
          <div className="actions">
            <button type="button" onClick={() => void loadSamples()}>
              {t('agenda.empty.samples')}
            </button>
            <button type="button" className="primary" onClick={() => setOpen({ kind: 'create' })}>
              {t('agenda.newInterview')}
            </button>
          </div>
        </div>
      ) : visible.length === 0 ? (
        <p className="muted">{t('agenda.empty.noMatch')}</p>
      ) : (
        groupByDay(visible, zone).map(({ day, interviews: list }) => (
          <section key={day} className="agenda-day" aria-label={heading(day, list[0]!)}>
            <h2 className={day === today ? 'day today' : 'day'}>
              {heading(day, list[0]!)}{' '}
              <span className="count">{t('agenda.count', { count: list.length })}</span>
            </h2>
            <ul className="agenda-list">
              {list.map((interview) => (
                <AgendaItem
                  key={interview.id}
                  interview={interview}
                  alerts={alertsOf.get(interview.id) ?? []}
                  now={now.getTime()}
                  onMessage={(draft) => setOpen({ kind: 'message', interview, draft })}
                  zone={zone}
                  onEdit={() => setOpen({ kind: 'edit', interview })}
                  onDelete={() => setOpen({ kind: 'delete', interview })}
                  onStatus={(status) => void changeStatus(interview, status)}
                />
              ))}
            </ul>
          </section>
        ))
      )}

      {(shown?.kind === 'create' || shown?.kind === 'edit') && (
        <Dialog title={t(shown.kind === 'edit' ? 'form.editTitle' : 'form.createTitle')} onClose={close} wide>
          <InterviewForm
            initial={shown.kind === 'edit' ? formValuesOf(shown.interview) : newFormValues(zone, now)}
            editing={shown.kind === 'edit' ? shown.interview : undefined}
            others={interviews ?? []}
            onCancel={close}
            onSaved={() => {
              close()
              toast(t('form.saved'))
              void load()
            }}
          />
          {shown.kind === 'edit' && <FollowUpTimeline interview={shown.interview} />}
        </Dialog>
      )}
      {shown?.kind === 'message' && (
        <Dialog
          title={`${t(`drafts.title.${shown.draft}`)} — ${shown.interview.company}`}
          onClose={close}
          wide
        >
          <Composer
            interview={shown.interview}
            initialKind={shown.draft}
            onSent={() => {
              close()
              void load()
            }}
          />
        </Dialog>
      )}
      {shown?.kind === 'delete' && (
        <ConfirmDialog
          title={t('agenda.deleteTitle')}
          text={t('agenda.deleteText', {
            company: shown.interview.company,
            position: shown.interview.position,
            when: format(Date.parse(shown.interview.startsAt), 'EEEE, d MMMM yyyy HH:mm', {
              in: tz(zone),
              locale,
            }),
          })}
          confirmLabel={t('agenda.delete')}
          danger
          onCancel={close}
          onConfirm={() => void remove(shown.interview)}
        />
      )}
    </section>
  )
}
