import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview, Status } from '../../../../shared/model/interview'
import type { DraftChannel, DraftKind } from '../../../../shared/drafts/types'
import { isActive } from '../../../../shared/schedule/conflicts'
import type { Alert } from '../../../../shared/schedule/alerts'
import { zoneAbbreviation } from '../../../../shared/time'
import { openLink } from '../../api/openLink'
import { dateLocale } from '../../i18n'
import { useNoticeWords } from '../../i18n/useNoticeWords'
import { ModeIcon } from '../../ui/icons'
import { StatusSelect } from '../interviews/StatusSelect'
import { AlertBadges } from '../alerts/AlertBadges'
import { messagesFor } from '../../../../shared/drafts/fits'
import type { VideoAnswer } from '../followups/FollowUpItem'
import { FollowUpTimeline } from '../followups/FollowUpTimeline'
import { PendingRequest, type Answer } from '../reschedule/PendingRequest'
import { spanText } from './period'

export interface DetailsPanelProps {
  interview: Interview
  zone: string
  alerts: Alert[]
  now: number
  onClose: () => void
  onEdit: () => void
  onDelete: () => void
  onStatus: (status: Status) => void
  onMessage: (kind: DraftKind, channel?: DraftChannel) => void
  onAnswer: (answer: Answer) => void
  onVideoAnswer: (answer: VideoAnswer) => void
}

/** The chosen interview beside the calendar: everything about it, its history, and what can be done next. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { interview, zone, alerts, now, onClose } = props
  const { t, i18n } = useTranslation()
  const locale = dateLocale(i18n.language)
  const word = useNoticeWords()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [interview.id])

  const when = (inZone: string) =>
    `${spanText(interview.startsAt, interview.endsAt, inZone, locale)} ${zoneAbbreviation(inZone, new Date(interview.startsAt))}`
  const link = (url: string, label: string) => (
    <button type="button" className="link" onClick={() => openLink(url)}>
      {label}
    </button>
  )
  const { contact } = interview

  return (
    <aside
      className={`details status-${interview.status}`}
      aria-labelledby="details-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <header className="details-header">
        <h2 id="details-title" ref={heading} tabIndex={-1}>
          {interview.company}
        </h2>
        <button type="button" className="quiet" onClick={onClose} aria-label={t('calendar.closeDetails')}>
          ×
        </button>
      </header>
      <p className="position">{interview.position}</p>
      <p>
        <span className={`status-pill status-${interview.status}`}>{t(`status.${interview.status}`)}</span>
        {interview.priority !== undefined && (
          <span className="priority" title={t('agenda.priority', { value: interview.priority })}>
            {' '}
            {'★'.repeat(interview.priority)}
          </span>
        )}
      </p>
      <dl className="facts">
        <dt>{t('calendar.details.when')}</dt>
        <dd>{when(zone)}</dd>
        {interview.timeZone !== zone && (
          <>
            <dt>{t('calendar.details.theirTime')}</dt>
            <dd>{when(interview.timeZone)}</dd>
          </>
        )}
        <dt>{t('calendar.details.how')}</dt>
        <dd>
          <ModeIcon mode={interview.mode} /> {t(`mode.${interview.mode}`)}
          {interview.mode === 'onsite' && interview.location && <span> · {interview.location}</span>}
          {interview.meetingUrl && <> · {link(interview.meetingUrl, t('calendar.details.join'))}</>}
          {interview.accessCode && (
            <span> · {t('calendar.details.code', { code: interview.accessCode })}</span>
          )}
        </dd>
        {(contact.name || contact.email || contact.phone) && (
          <>
            <dt>{t('calendar.details.contact')}</dt>
            <dd>
              {contact.name}
              {contact.role && <span className="muted"> ({t(`role.${contact.role}`)})</span>}
              {contact.email && <> · {link(`mailto:${contact.email}`, contact.email)}</>}
              {contact.phone && <> · {link(`tel:${contact.phone.replace(/[^\d+]/g, '')}`, contact.phone)}</>}
            </dd>
          </>
        )}
        {interview.referenceNumber && (
          <>
            <dt>{t('calendar.details.reference')}</dt>
            <dd>{interview.referenceNumber}</dd>
          </>
        )}
        {interview.notes && (
          <>
            <dt>{t('calendar.details.notes')}</dt>
            <dd className="notes">{interview.notes}</dd>
          </>
        )}
      </dl>
      <AlertBadges alerts={alerts} />
      {alerts.length > 0 && (
        <ul className="details-alerts">
          {alerts.map((alert) => (
            <li key={alert.id} className={`badge-${alert.severity}`}>
              {word(alert)}
            </li>
          ))}
        </ul>
      )}
      {isActive(interview) && <PendingRequest interview={interview} zone={zone} onAnswer={props.onAnswer} />}
      <div className="details-actions">
        {messagesFor(interview, now).map((kind) => (
          <button key={kind} type="button" className="small" onClick={() => props.onMessage(kind)}>
            {t(`drafts.button.${kind}`)}
          </button>
        ))}
      </div>
      <div className="details-actions">
        <StatusSelect interview={interview} now={now} onStatus={props.onStatus} />
        <button type="button" onClick={props.onEdit}>
          {t('agenda.edit')}
        </button>
        <button type="button" className="quiet" onClick={props.onDelete}>
          {t('agenda.delete')}
        </button>
      </div>
      <FollowUpTimeline
        key={`${interview.id}-${interview.updatedAt}`}
        interview={interview}
        onTask={props.onMessage}
        onVideoAnswer={props.onVideoAnswer}
        onConfirmed={() => props.onStatus('confirmed')}
      />
    </aside>
  )
}
