import { useTranslation } from 'react-i18next'
import type { Interview } from '../../../../shared/model/interview'
import type { Settings } from '../../../../shared/model/settings'
import { isActive } from '../../../../shared/schedule/conflicts'
import { useSchedule } from '../../app/ScheduleContext'
import { dateLocale } from '../../i18n'
import { Dialog } from '../../ui/Dialog'
import { formValuesOf } from '../interviews/formModel'
import { SchedulePreview } from '../interviews/SchedulePreview'
import { spanText } from './period'

export interface PendingMove {
  interview: Interview
  startsAt: string
  endsAt: string
}

interface MoveDialogProps {
  move: PendingMove
  interviews: readonly Interview[]
  settings: Settings
  now: number
  onCancel: () => void
  /** Opens the reschedule request with this time proposed first: nothing moves until they answer. */
  onPropose: () => void
  /** Moves it now: the company already agreed to this time. */
  onAgreed: () => void
}

/** Before a dragged interview moves: the new time, the notice the company would get, and what it clashes with. */
export function MoveDialog(props: MoveDialogProps) {
  const { move, interviews, settings, now, onCancel, onPropose, onAgreed } = props
  const { t, i18n } = useTranslation()
  const { travelTimes } = useSchedule()
  const locale = dateLocale(i18n.language)
  const zone = settings.timeZone
  const span = (startsAt: string, endsAt: string) => spanText(startsAt, endsAt, zone, locale)
  const { interview } = move
  const upcoming = Date.parse(interview.startsAt) > now
  const active = isActive(interview)
  return (
    <Dialog title={t('calendar.move.title', { company: interview.company })} onClose={onCancel} wide>
      <dl className="facts">
        <dt>{t('calendar.move.from')}</dt>
        <dd>{span(interview.startsAt, interview.endsAt)}</dd>
        <dt>{t('calendar.move.to')}</dt>
        <dd>
          <strong>{span(move.startsAt, move.endsAt)}</strong>
        </dd>
      </dl>
      <SchedulePreview
        values={formValuesOf({ ...interview, startsAt: move.startsAt, endsAt: move.endsAt })}
        editing={interview}
        interviews={interviews}
        travelTimes={travelTimes}
        settings={settings}
        now={now}
      />
      {upcoming && active && (
        <p className="hint">{t('reschedule.move.hint', { company: interview.company })}</p>
      )}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="button" onClick={onAgreed}>
          {t('reschedule.move.agreed')}
        </button>
        {upcoming && active && (
          <button type="button" className="primary" onClick={onPropose}>
            {t('reschedule.move.propose', { company: interview.company })}
          </button>
        )}
      </div>
    </Dialog>
  )
}
