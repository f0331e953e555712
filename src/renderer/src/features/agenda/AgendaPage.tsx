import { useCallback, useEffect, useState } from 'react'
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

type Open =
  { kind: 'create' } | { kind: 'edit'; interview: Interview } | { kind: 'delete'; interview: Interview }

/** Upcoming interviews grouped by day in the user's zone; create, edit, change status, delete. */
export function AgendaPage({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation()
  const toast = useToast()
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
  }, [query, report])

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

      {(open?.kind === 'create' || open?.kind === 'edit') && (
        <Dialog
          title={t(open.kind === 'edit' ? 'form.editTitle' : 'form.createTitle')}
          onClose={() => setOpen(undefined)}
          wide
        >
          <InterviewForm
            initial={open.kind === 'edit' ? formValuesOf(open.interview) : newFormValues(zone, now)}
            editing={open.kind === 'edit' ? open.interview : undefined}
            onCancel={() => setOpen(undefined)}
            onSaved={() => {
              setOpen(undefined)
              toast(t('form.saved'))
              void load()
            }}
          />
        </Dialog>
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
          onCancel={() => setOpen(undefined)}
          onConfirm={() => void remove(open.interview)}
        />
      )}
    </section>
  )
}
