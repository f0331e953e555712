import { useTranslation } from 'react-i18next'
import type { AppError } from '../../../../shared/result'
import { errorText } from '../../i18n/errorText'
import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import type { Alternative, DraftChannel, DraftKind } from '../../../../shared/drafts/types'
import type { Interview } from '../../../../shared/model/interview'
import type { InvitationReading } from '../../../../shared/model/invitation'
import type { Settings } from '../../../../shared/model/settings'
import { call } from '../../api/client'
import { dateLocale } from '../../i18n'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Dialog } from '../../ui/Dialog'
import { useToast } from '../../ui/Toast'
import { useSchedule } from '../../app/ScheduleContext'
import { ComposerDialog } from '../drafts/ComposerDialog'
import { FollowUpTimeline } from '../followups/FollowUpTimeline'
import { formValuesOf, newFormValues } from '../interviews/formModel'
import { InterviewForm } from '../interviews/InterviewForm'
import { useStatusChange, useStatusReport } from '../interviews/useStatusReport'
import { useAnswer } from '../reschedule/useAnswer'
import { MoveDialog, type PendingMove } from './MoveDialog'
import { atClockPattern } from '../../i18n/clock'

/** The dialog the calendar shows, if any. */
export type OpenDialog =
  | { kind: 'create'; day: string; time?: string | undefined; invitation?: InvitationReading }
  | { kind: 'edit'; interview: Interview }
  | { kind: 'delete'; interview: Interview }
  | {
      kind: 'message'
      interview: Interview
      draft: DraftKind
      firstProposed?: Alternative
      channel?: DraftChannel
    }
  | { kind: 'move'; move: PendingMove }
  | { kind: 'no-show'; interview: Interview }

export interface CalendarDialogsProps {
  open: OpenDialog | undefined
  setOpen: (open: OpenDialog | undefined) => void
  interviews: readonly Interview[]
  settings: Settings
  now: number
  /** The details panel already shows the history, so the edit dialog leaves it out. */
  detailsShown: boolean
  /** Something was saved: the stored interview when the reply carried it, else nothing (reload). */
  onChanged: (changed?: Interview) => void
  /** Deletes (with an undo) after the user confirmed. */
  onDelete: (interview: Interview) => void
  /** Whether an interview is in the period on screen; one saved outside it is offered with "View". */
  inView: (interview: Interview) => boolean
}

/** The calendar's dialogs: new and edit forms, the message composer, moving after a drag, deleting. */
export function CalendarDialogs(props: CalendarDialogsProps) {
  const { open, setOpen, interviews, settings, now, detailsShown, onChanged, onDelete, inView } = props
  const { t, i18n } = useTranslation()
  const toast = useToast()
  const zone = settings.timeZone
  const locale = dateLocale(i18n.language)
  const close = () => setOpen(undefined)
  const report = (error: AppError) => toast(errorText(error), 'error')
  const reportStatus = useStatusReport(onChanged)
  const changeStatus = useStatusChange(onChanged)
  const answer = useAnswer(onChanged, setOpen)
  const { open: show } = useSchedule()
  const when = (interview: Interview) =>
    format(Date.parse(interview.startsAt), `EEEE, d MMMM yyyy ${atClockPattern(locale)}`, {
      in: tz(zone),
      locale,
    })

  /**
   * The company already agreed to the dropped time: it moves now, and the history says it was agreed. With a
   * request pending, that agreement is its answer (the request and its chase close, the time is confirmed).
   */
  async function moveAgreed({ interview, startsAt, endsAt }: PendingMove) {
    setOpen(undefined)
    if (interview.reschedule) return answer(interview, { answer: 'accepted', slot: { startsAt, endsAt } })
    const result = await call('interviews/update', { id: interview.id, startsAt, endsAt, agreed: true })
    if (!result.ok) return report(result.error)
    toast(t('calendar.move.done', { company: interview.company }))
    onChanged(result.value)
  }

  /** A no-show is recorded only after asking; then the apology is one click away. */
  async function markNoShow(interview: Interview) {
    setOpen(undefined)
    const stored = await changeStatus(interview, 'no-show')
    if (stored) setOpen({ kind: 'message', interview: stored, draft: 'apology' })
  }

  return (
    <>
      {(open?.kind === 'create' || open?.kind === 'edit') && (
        <Dialog title={t(open.kind === 'edit' ? 'form.editTitle' : 'form.createTitle')} onClose={close} wide>
          <InterviewForm
            initial={
              open.kind === 'edit'
                ? formValuesOf(open.interview)
                : newFormValues(zone, new Date(now), { date: open.day, time: open.time ?? '10:00' })
            }
            editing={open.kind === 'edit' ? open.interview : undefined}
            invitation={open.kind === 'create' ? open.invitation : undefined}
            others={interviews}
            onCancel={close}
            onSaved={(saved) => {
              close()
              // Saved on a day not on screen (a pasted invitation for next month): say when, and offer to go.
              if (inView(saved)) toast(t('form.saved'))
              else
                toast(t('form.savedOn', { when: when(saved) }), 'info', {
                  action: { label: t('form.show'), run: () => show(saved.id) },
                })
              if (open.kind === 'edit') reportStatus(saved, open.interview.status)
              onChanged(saved)
            }}
          />
          {open.kind === 'edit' && !detailsShown && <FollowUpTimeline interview={open.interview} />}
        </Dialog>
      )}
      {open?.kind === 'message' && (
        <ComposerDialog
          interview={open.interview}
          initialKind={open.draft}
          firstProposed={open.firstProposed}
          initialChannel={open.channel}
          onClose={close}
          onSent={(result) => {
            close()
            reportStatus(result.interview, open.interview.status)
            onChanged(result.interview)
          }}
        />
      )}
      {open?.kind === 'move' && (
        <MoveDialog
          move={open.move}
          interviews={interviews}
          settings={settings}
          now={now}
          onCancel={close}
          onPropose={() =>
            setOpen({
              kind: 'message',
              interview: open.move.interview,
              draft: 'reschedule',
              firstProposed: { startsAt: open.move.startsAt, endsAt: open.move.endsAt },
            })
          }
          onAgreed={() => void moveAgreed(open.move)}
        />
      )}
      {open?.kind === 'no-show' && (
        <ConfirmDialog
          title={t('statusChange.noShowTitle')}
          text={t('statusChange.noShowText', { company: open.interview.company, when: when(open.interview) })}
          confirmLabel={t('statusChange.noShowConfirm')}
          onCancel={close}
          onConfirm={() => void markNoShow(open.interview)}
        />
      )}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          title={t('agenda.deleteTitle')}
          text={t('agenda.deleteText', {
            company: open.interview.company,
            position: open.interview.position,
            when: when(open.interview),
          })}
          confirmLabel={t('agenda.delete')}
          danger
          onCancel={close}
          onConfirm={() => {
            setOpen(undefined)
            onDelete(open.interview)
          }}
        />
      )}
    </>
  )
}
