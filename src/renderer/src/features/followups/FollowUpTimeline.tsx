import { useCallback, useEffect, useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DraftChannel, DraftKind } from '../../../../shared/drafts/types'
import { MANUAL_LOG_KINDS, type FollowUp } from '../../../../shared/model/followup'
import type { HistoryEntry } from '../../../../shared/model/history'
import type { Interview } from '../../../../shared/model/interview'
import { instantFromWallClock } from '../../../../shared/time'
import { call } from '../../api/client'
import { download } from '../../api/files'
import { useSchedule } from '../../app/ScheduleContext'
import { useZone } from '../../app/SettingsContext'
import { errorText } from '../../i18n/errorText'
import { afterPaint } from '../../ui/afterPaint'
import { DateField } from '../../ui/DateField'
import { Field } from '../../ui/Field'
import { TimeField } from '../../ui/TimeField'
import { FollowUpItem, type VideoAnswer } from './FollowUpItem'
import { HistoryEntryItem } from './HistoryEntryItem'
import { taskDraft } from './taskDraft'
import { useFollowUpsChanged } from './followUpChanges'
import { useOwnEntries } from './useOwnEntries'
import { whenOf } from './followUpOrder'

/** A reminder's time when only its day is chosen: the start of a working morning. */
const REMIND_AT = '09:00'

type Step = { at: number; followUp: FollowUp } | { at: number; entry: HistoryEntry }

/** At the same moment, a change in the history comes before the follow-up it led to. */
const rank = (step: Step) => ('entry' in step ? 0 : 1)

/**
 * An interview's one timeline, newest first: what changed (history) and every message, call, note and task
 * (follow-ups). A sent message appears once, as the follow-up that holds its text.
 */
function mergeSteps(followUps: FollowUp[], history: HistoryEntry[]): Step[] {
  const steps: Step[] = [
    ...followUps.map((followUp) => ({ at: whenOf(followUp), followUp })),
    ...history
      .filter((entry) => entry.change !== 'message-sent')
      .map((entry) => ({ at: Date.parse(entry.at), entry })),
  ]
  // Newest first; at the same moment, history before follow-ups, the later-written entry first.
  return steps.sort(
    (a, b) =>
      b.at - a.at || rank(a) - rank(b) || ('entry' in a && 'entry' in b ? b.entry.id - a.entry.id : 0),
  )
}

interface TimelineProps {
  interview: Interview
  /** Opens the message an open task asks for; without it, tasks can only be ticked off. */
  onTask?: ((kind: DraftKind, channel: DraftChannel) => void) | undefined
  /** Records the answer to a cancellation that asked for video first (it settles its task). */
  onVideoAnswer?: ((answer: VideoAnswer) => void) | undefined
  /** Marks the interview confirmed (offered after a call or a reply is logged on one not yet confirmed). */
  onConfirmed?: (() => void) | undefined
}

/** What was logged that may have settled the interview's time: a call either way, or the company's reply. */
const MAY_CONFIRM: readonly string[] = ['call', 'call-received', 'email-received', 'message-received']

/**
 * An interview's history and follow-ups in one list, with a quick way to log a call or a note, and to be
 * reminded to follow it up (a day, and a time in the user's zone).
 */
export function FollowUpTimeline({ interview, onTask, onVideoAnswer, onConfirmed }: TimelineProps) {
  const { t } = useTranslation()
  const { refresh } = useSchedule()
  const [steps, setSteps] = useState<Step[]>([])
  const [kind, setKind] = useState<(typeof MANUAL_LOG_KINDS)[number]>('call')
  const [note, setNote] = useState('')
  const [remindDate, setRemindDate] = useState('')
  const [remindTime, setRemindTime] = useState(REMIND_AT)
  /** What went wrong with the last entry, and whether it is the reminder's time. */
  const [error, setError] = useState<{ text: string; remind: boolean }>()
  /** After a call or a reply is logged on an invitation still to come: did it settle the time? */
  const [offerConfirm, setOfferConfirm] = useState(false)
  const zone = useZone()
  const titleId = useId()
  const load = useCallback(
    () =>
      Promise.all([
        call('followups/list', { interviewId: interview.id }),
        call('interviews/history', { id: interview.id }),
      ]).then(([followUps, history]) => {
        setSteps(mergeSteps(followUps.ok ? followUps.value : [], history.ok ? history.value : []))
      }),
    [interview.id],
  )
  // Drawn after the change that remounted it is on screen (it is keyed by the interview's updatedAt).
  useEffect(() => afterPaint(() => void load()), [load])
  useFollowUpsChanged(interview.id, load)
  // A corrected or removed entry: the list again, and the interview's alerts (a thank-you or a reminder).
  const ownActions = useOwnEntries(
    useCallback(() => void load().then(() => refresh([interview.id])), [load, refresh, interview.id]),
  )

  async function add(event: FormEvent) {
    event.preventDefault()
    const remindAt = remindDate ? instantFromWallClock(remindDate, remindTime, zone) : undefined
    if (remindDate && !remindAt) return setError({ text: t('followups.remindInvalid'), remind: true })
    // A note is its text: an empty one would log nothing.
    if (kind === 'note' && !note.trim()) return setError({ text: t('followups.noteEmpty'), remind: false })
    const result = await call('followups/add', {
      type: 'log',
      interviewId: interview.id,
      kind,
      ...(note.trim() ? { note } : {}),
      ...(remindAt ? { remindAt } : {}),
    })
    setError(
      result.ok
        ? undefined
        : {
            text: errorText(result.error),
            remind: result.error.issues?.some((issue) => issue.path === 'remindAt') ?? false,
          },
    )
    if (result.ok) {
      setNote('')
      setRemindDate('')
      setRemindTime(REMIND_AT)
      const ahead = Date.parse(interview.startsAt) > Date.now()
      setOfferConfirm(
        Boolean(onConfirmed) && interview.status === 'invited' && ahead && MAY_CONFIRM.includes(kind),
      )
    }
    await load()
    // A thank-you note logged ends its alert: the interview's alerts are patched.
    if (result.ok) refresh([interview.id])
  }

  async function complete(id: string) {
    await call('followups/complete', { id })
    await load()
    refresh([interview.id])
  }

  async function exportOne() {
    const result = await call('ics/export', { ids: [interview.id] })
    if (result.ok)
      download(
        `${interview.company.replace(/[^\p{L}\p{N}]+/gu, '-')}.ics`,
        result.value.text,
        'text/calendar',
      )
  }

  return (
    <section className="timeline" aria-labelledby={titleId}>
      <button type="button" className="small" onClick={() => void exportOne()}>
        {t('data.exportOne')}
      </button>
      <h3 id={titleId}>{t('followups.history')}</h3>
      {steps.length === 0 ? (
        <p className="muted">{t('followups.none')}</p>
      ) : (
        <ul className="followup-list">
          {steps.map((step) => {
            if ('entry' in step) return <HistoryEntryItem key={`h${step.entry.id}`} entry={step.entry} />
            const draft = onTask && taskDraft(step.followUp, interview)
            return (
              <FollowUpItem
                key={step.followUp.id}
                followUp={step.followUp}
                onComplete={() => void complete(step.followUp.id)}
                onOpen={draft ? () => onTask(draft.kind, draft.channel) : undefined}
                onAnswer={onVideoAnswer}
                {...ownActions(step.followUp)}
              />
            )
          })}
        </ul>
      )}
      <form className="timeline-add" onSubmit={add}>
        <Field label={t('followups.kindLabel')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as (typeof MANUAL_LOG_KINDS)[number])}>
            {MANUAL_LOG_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`followups.kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('followups.note')}>
          <input value={note} maxLength={5000} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <Field
          label={t('followups.remindOn')}
          hint={t('followups.remindHint')}
          error={error?.remind ? error.text : undefined}
        >
          <DateField value={remindDate} onChange={setRemindDate} />
        </Field>
        <Field label={t('followups.remindTime')}>
          <TimeField value={remindTime} onChange={setRemindTime} disabled={!remindDate} />
        </Field>
        <button type="submit">{t('followups.save')}</button>
        {offerConfirm && (
          <p className="timeline-offer" role="status">
            {t('followups.confirmOffer')}{' '}
            <button type="button" className="small" onClick={onConfirmed}>
              {t('followups.markConfirmed')}
            </button>{' '}
            <button type="button" className="small quiet" onClick={() => setOfferConfirm(false)}>
              {t('followups.notConfirmed')}
            </button>
          </p>
        )}
        {error && !error.remind && (
          <p role="alert" className="form-error">
            {error.text}
          </p>
        )}
      </form>
    </section>
  )
}
