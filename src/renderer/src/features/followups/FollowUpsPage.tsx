import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DraftChannel, DraftKind } from '../../../../shared/drafts/types'
import { LOG_KINDS, TASK_KINDS, type FollowUp } from '../../../../shared/model/followup'
import type { Interview } from '../../../../shared/model/interview'
import type { Alert } from '../../../../shared/schedule/alerts'
import { instantFromWallClock } from '../../../../shared/time'
import { call } from '../../api/client'
import { interviewsById } from '../../api/interviewsById'
import { useSchedule } from '../../app/ScheduleContext'
import { useZone } from '../../app/SettingsContext'
import { DateField } from '../../ui/DateField'
import { dayKeyOfText } from '../../ui/dateText'
import { Field } from '../../ui/Field'
import { useToast } from '../../ui/Toast'
import { errorText } from '../../i18n/errorText'
import { ComposerDialog } from '../drafts/ComposerDialog'
import { useStatusReport } from '../interviews/useStatusReport'
import { FollowUpItem, type VideoAnswer } from './FollowUpItem'
import { orderFollowUps } from './followUpOrder'
import { taskDraft } from './taskDraft'
import { useOwnEntries } from './useOwnEntries'

/** Every follow-up across all interviews: open tasks first, then the log; filter by company, kind and dates. */
export function FollowUpsPage() {
  const { t } = useTranslation()
  const zone = useZone()
  const { refresh, alerts } = useSchedule()
  const toast = useToast()
  const [items, setItems] = useState<FollowUp[]>([])
  const [interviews, setInterviews] = useState(new Map<string, Interview>())
  const [company, setCompany] = useState('')
  const [kind, setKind] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [version, setVersion] = useState(0)
  const [composing, setComposing] = useState<{
    interview: Interview
    kind: DraftKind
    channel: DraftChannel
  }>()
  const reload = useCallback(() => setVersion((n) => n + 1), [])
  // A status change undone here: the list reloads, the interview's alerts are patched.
  const undone = useCallback(
    (changed?: Interview) => {
      reload()
      refresh(changed && [changed.id])
    },
    [reload, refresh],
  )
  const reportStatus = useStatusReport(undone)

  useEffect(() => {
    // Only the latest request's answer is shown: one made with the alerts from before a change (a thank-you just
    // marked sent) can come back after the one made with the new alerts, and brought the done task back.
    let stale = false
    const range = {
      ...(from ? { from: instantFromWallClock(from, '00:00', zone) } : {}),
      ...(to ? { to: instantFromWallClock(to, '23:59', zone) } : {}),
    }
    void call('followups/list', { ...(kind ? { kind: kind as FollowUp['kind'] } : {}), ...range }).then(
      async (list) => {
        if (stale || !list.ok) return
        const inRange = (iso: string) => (!range.from || iso >= range.from) && (!range.to || iso <= range.to)
        const due =
          kind && kind !== 'send-thanks'
            ? []
            : thanksDue(alerts, list.value).filter((task) => inRange(task.dueAt!))
        const all = [...due, ...list.value]
        const byId = await interviewsById(all.map((item) => item.interviewId))
        if (stale) return
        setItems(all)
        setInterviews(byId)
      },
    )
    return () => {
      stale = true
    }
  }, [kind, from, to, zone, version, alerts])

  const shown = useMemo(() => {
    const needle = company.trim().toLowerCase()
    return needle
      ? items.filter((item) => interviews.get(item.interviewId)?.company.toLowerCase().includes(needle))
      : items
  }, [items, interviews, company])
  const { tasks, log } = orderFollowUps(shown)

  const ownActions = useOwnEntries(
    useCallback(
      (interviewId: string) => {
        setVersion((n) => n + 1)
        refresh([interviewId])
      },
      [refresh],
    ),
  )

  async function complete(id: string) {
    const result = await call('followups/complete', { id })
    setVersion((n) => n + 1)
    refresh(result.ok ? [result.value.interviewId] : undefined)
  }

  /** The company's answer to a cancellation that asked for video first; the change settles the task. */
  async function videoAnswer(interviewId: string, answer: VideoAnswer) {
    const result = await call(
      'interviews/update',
      answer === 'video' ? { id: interviewId, mode: 'video' } : { id: interviewId, status: 'cancelled' },
    )
    if (!result.ok) toast(errorText(result.error), 'error')
    setVersion((n) => n + 1)
    refresh([interviewId])
  }

  const list = (entries: FollowUp[]) => (
    <ul className="followup-list">
      {entries.map((item) => {
        const interview = interviews.get(item.interviewId)
        const draft = interview && taskDraft(item, interview)
        return (
          <FollowUpItem
            key={item.id}
            followUp={item}
            company={interview?.company}
            onComplete={isStandIn(item) ? undefined : () => void complete(item.id)}
            onOpen={draft ? () => setComposing({ interview, ...draft }) : undefined}
            onAnswer={(answer) => void videoAnswer(item.interviewId, answer)}
            {...ownActions(item)}
          />
        )
      })}
    </ul>
  )

  return (
    <section className="page" aria-labelledby="followups-title">
      <header className="page-header">
        <h1 id="followups-title">{t('followups.title')}</h1>
      </header>
      <div className="filters">
        <Field label={t('followups.filterCompany')}>
          <input type="search" value={company} onChange={(e) => setCompany(e.target.value)} />
        </Field>
        <Field label={t('followups.filterKind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('followups.all')}</option>
            {[...LOG_KINDS, ...TASK_KINDS].map((k) => (
              <option key={k} value={k}>
                {t(`followups.kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('followups.from')}>
          <DateField
            value={from}
            onChange={(value) => (value === '' || dayKeyOfText(value)) && setFrom(value)}
          />
        </Field>
        <Field label={t('followups.to')}>
          <DateField value={to} onChange={(value) => (value === '' || dayKeyOfText(value)) && setTo(value)} />
        </Field>
      </div>
      <h2>{t('followups.openTasks')}</h2>
      {tasks.length === 0 ? <p className="muted">{t('followups.noTasks')}</p> : list(tasks)}
      <h2>{t('followups.log')}</h2>
      {log.length === 0 ? <p className="muted">{t('followups.none')}</p> : list(log)}
      {composing && (
        <ComposerDialog
          interview={composing.interview}
          initialKind={composing.kind}
          initialChannel={composing.channel}
          onClose={() => setComposing(undefined)}
          onSent={(result) => {
            setComposing(undefined)
            reportStatus(result.interview, composing.interview.status)
            reload()
            refresh([result.interview.id])
          }}
        />
      )}
    </section>
  )
}

/** The stand-in tasks made from alerts (below): not stored, so there is nothing to mark done. */
const standIns = new WeakSet<FollowUp>()
const isStandIn = (item: FollowUp) => standIns.has(item)

/**
 * The thank-you notes the alerts say are due (an interview that ended within the last day, with none sent),
 * as open tasks of the list, so the page lists every note to write, and opens it. An interview with an open
 * thank-you task of its own is not listed twice.
 */
function thanksDue(alerts: readonly Alert[], followUps: readonly FollowUp[]): FollowUp[] {
  const tasked = new Set(
    followUps
      .filter((item) => item.type === 'task' && item.kind === 'send-thanks' && !item.doneAt)
      .map((item) => item.interviewId),
  )
  return alerts
    .filter((alert) => alert.code === 'send-thanks' && !tasked.has(alert.interviewIds[0]!))
    .map((alert) => {
      const task: FollowUp = {
        id: alert.id,
        interviewId: alert.interviewIds[0]!,
        type: 'task',
        kind: 'send-thanks',
        at: alert.at,
        dueAt: alert.at,
      }
      standIns.add(task)
      return task
    })
}
