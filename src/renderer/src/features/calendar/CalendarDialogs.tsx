import { useTranslation } from 'react-i18next'
import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import type { Alternative, DraftKind } from '../../../../shared/drafts/types'
import type { Interview } from '../../../../shared/model/interview'
import type { InvitationReading } from '../../../../shared/model/invitation'
import type { Settings } from '../../../../shared/model/settings'
import { call } from '../../api/client'
import { dateLocale } from '../../i18n'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Dialog } from '../../ui/Dialog'
import { useToast } from '../../ui/Toast'
import { Composer } from '../drafts/Composer'
import { FollowUpTimeline } from '../followups/FollowUpTimeline'
import { formValuesOf, newFormValues } from '../interviews/formModel'
import { InterviewForm } from '../interviews/InterviewForm'
import { MoveDialog, type PendingMove } from './MoveDialog'

/** The dialog the calendar shows, if any. */
export type OpenDialog =
  | { kind: 'create'; day: string; time?: string | undefined; invitation?: InvitationReading }
  | { kind: 'edit'; interview: Interview }
  | { kind: 'delete'; interview: Interview }
  | { kind: 'message'; interview: Interview; draft: DraftKind; was?: Alternative; proposed?: Alternative[] }
  | { kind: 'move'; move: PendingMove }

interface CalendarDialogsProps {
  open: OpenDialog | undefined
  setOpen: (open: OpenDialog | undefined) => void
  interviews: readonly Interview[]
  settings: Settings
  now: number
  /** The details panel already shows the history, so the edit dialog leaves it out. */
  detailsShown: boolean
  /** Something was saved: reload. */
  onChanged: () => void
  onDeleted: (id: string) => void
}

/** The calendar's dialogs: new and edit forms, the message composer, moving after a drag, deleting. */
export function CalendarDialogs(props: CalendarDialogsProps) {
  const { open, setOpen, interviews, settings, now, detailsShown, onChanged, onDeleted } = props
  const { t, i18n } = useTranslation()
  const toast = useToast()
  const zone = settings.timeZone
  const locale = dateLocale(i18n.language)
  const close = () => setOpen(undefined)
  const report = (message: string) => toast(t('errors.generic', { message }), 'error')

  async function remove(interview: Interview) {
    setOpen(undefined)
    const result = await call('interviews/delete', { id: interview.id })
    if (result.ok) toast(t('agenda.deleted', { company: interview.company }))
    else report(result.error.message)
    onDeleted(interview.id)
    onChanged()
  }

  async function confirmMove({ interview, startsAt, endsAt }: PendingMove, write: boolean) {
    const result = await call('interviews/update', { id: interview.id, startsAt, endsAt })
    if (!result.ok) {
      setOpen(undefined)
      return report(result.error.message)
    }
    toast(t('calendar.move.done', { company: interview.company }))
    onChanged()
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
            onSaved={() => {
              close()
              toast(t('form.saved'))
              onChanged()
            }}
          />
          {open.kind === 'edit' && !detailsShown && <FollowUpTimeline interview={open.interview} />}
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
              onChanged()
            }}
          />
        </Dialog>
      )}
      {open?.kind === 'move' && (
        <MoveDialog
          move={open.move}
          interviews={interviews}
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
    </>
  )
}
