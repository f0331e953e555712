import { memo } from 'react'
import type { Interview, Status } from '../../../../shared/model/interview'
import { wallClock, zoneAbbreviation } from '../../../../shared/time'
import { ModeIcon } from '../../ui/icons'
import { StatusSelect } from '../interviews/StatusSelect'
import type { Alert } from '../../../../shared/schedule/alerts'
import { AlertBadges } from '../alerts/AlertBadges'
import type { DraftKind } from '../../../../shared/drafts/types'
import { messagesFor } from '../../../../shared/drafts/fits'
import { clockText } from '../../i18n/clock'
import { useLanguageT } from '../../i18n/useLanguageT'

/** What the agenda's items do, for the interview given. */
export interface AgendaActions {
  onMessage: (interview: Interview, kind: DraftKind) => void
  /** Opens the interview's details beside the list. */
  onSelect: (interview: Interview) => void
  onEdit: (interview: Interview) => void
  onDelete: (interview: Interview) => void
  onStatus: (interview: Interview, status: Status) => void
}

interface AgendaItemProps {
  interview: Interview
  alerts: Alert[]
  now: number
  zone: string
  /** The same from one drawing to the next (see AgendaView), so an item is only redrawn for its own props. */
  actions: AgendaActions
  selected: boolean
}

/**
 * One interview in the agenda: time in the user's zone (and its own, when different), what, where, status.
 * Redrawn only when its own interview, alerts, selection, zone or the minute change: alerts that arrive, or a
 * status changed on another interview, redraw the items they concern, not the whole page.
 */
export const AgendaItem = memo(function AgendaItem({
  interview,
  alerts,
  now,
  zone,
  actions,
  selected,
}: AgendaItemProps) {
  const { t, language } = useLanguageT()
  const onSelect = () => actions.onSelect(interview)
  // The zone's wall clock from the shared zone rules, as the calendar writes it: date-fns's `in: tz(zone)`
  // printed the browser's own hours for another zone in Chromium with its clock set (10.00 in Singapore read
  // "09.00 GMT+8" in Jakarta), as it did for the invitation's times (invitationWhen.ts).
  const time = (iso: string, inZone: string) => clockText(wallClock(iso, inZone).time, language)
  const start = new Date(interview.startsAt)
  const ownZone = interview.timeZone !== zone
  const place = interview.mode === 'onsite' ? interview.location : interview.meetingUrl
  return (
    <li className={`agenda-item status-${interview.status}${selected ? ' selected' : ''}`}>
      <div className="when">
        <span className="time">
          {time(interview.startsAt, zone)}–{time(interview.endsAt, zone)}
        </span>
        <span className="zone">{zoneAbbreviation(zone, start)}</span>
        {ownZone && (
          <span className="own-zone">
            {t('agenda.zoneNote', {
              time: time(interview.startsAt, interview.timeZone),
              zone: zoneAbbreviation(interview.timeZone, start),
            })}
          </span>
        )}
      </div>
      <div className="what">
        <p className="company">
          <button type="button" className="link company-link" onClick={onSelect} aria-expanded={selected}>
            {interview.company}
          </button>
          {interview.priority !== undefined && (
            <span className="priority" title={t('agenda.priority', { value: interview.priority })}>
              {'★'.repeat(interview.priority)}
            </span>
          )}
        </p>
        <p className="position">{interview.position}</p>
        {/* The status stays the agreed one while a request is pending: say so beside it. */}
        {interview.reschedule && <p className="pending-note">{t('reschedule.pendingNote')}</p>}
        <AlertBadges alerts={alerts} />
        <div className="message-actions">
          {messagesFor(interview, now).map((kind) => (
            <button
              key={kind}
              type="button"
              className="small"
              onClick={() => actions.onMessage(interview, kind)}
            >
              {t(`drafts.button.${kind}`)}
            </button>
          ))}
        </div>
        <p className="mode">
          <ModeIcon mode={interview.mode} /> {t(`mode.${interview.mode}`)}
          {place && <span className="place"> · {place}</span>}
        </p>
      </div>
      <div className="item-actions">
        <StatusSelect
          interview={interview}
          now={now}
          onStatus={(status) => actions.onStatus(interview, status)}
        />
        <button
          type="button"
          onClick={() => actions.onEdit(interview)}
          aria-label={`${t('agenda.edit')}: ${interview.company}`}
        >
          {t('agenda.edit')}
        </button>
        <button
          type="button"
          className="quiet"
          onClick={() => actions.onDelete(interview)}
          aria-label={`${t('agenda.delete')}: ${interview.company}`}
        >
          {t('agenda.delete')}
        </button>
      </div>
    </li>
  )
})
