import { useTranslation } from 'react-i18next'
import type { FollowUp } from '../../../../shared/model/followup'
import { dateLocale } from '../../i18n'
import { useZone } from '../../app/SettingsContext'
import { zonedDayTime } from '../../i18n/clock'
import { useOwnEntryEdit, type OwnEntryActions } from './OwnEntryEdit'

interface Props extends OwnEntryActions {
  followUp: FollowUp
  company?: string | undefined
  onComplete?: () => void
  /** Opens what an open task asks for (the message to write). */
  onOpen?: (() => void) | undefined
  /** Records the company's answer a `video-answer` task waits for: held by video, or cancelled. */
  onAnswer?: ((answer: VideoAnswer) => void) | undefined
}

export type VideoAnswer = 'video' | 'cancelled'

/** One log entry or task: what, when, how, and the text that was sent. */
export function FollowUpItem(props: Props) {
  const { followUp, company, onComplete, onOpen, onAnswer } = props
  const { t, i18n } = useTranslation()
  const zone = useZone()
  const when = (iso: string) => zonedDayTime(iso, zone, dateLocale(i18n.language))
  const isOpenTask = followUp.type === 'task' && !followUp.doneAt
  // The entry named in its buttons' names: "Edit — Call made, Thu 3 Dec 10:00", one among many in a list.
  const name = `${t(`followups.kinds.${followUp.kind}`)}, ${when(followUp.dueAt ?? followUp.at)}`
  const own = useOwnEntryEdit(props, followUp.note, name)
  return (
    <li className={`followup followup-${followUp.type}${isOpenTask ? ' open' : ''}`}>
      <p className="followup-head">
        <strong>{t(`followups.kinds.${followUp.kind}`)}</strong>
        {company && <span> · {company}</span>}
        {followUp.channel && (
          <span className="muted"> · {t(`drafts.channels.${followUp.channel}`, followUp.channel)}</span>
        )}
        <span className="muted">
          {' · '}
          {followUp.type === 'task'
            ? followUp.doneAt
              ? t('followups.completed', { when: when(followUp.doneAt) })
              : t('followups.due', { when: when(followUp.dueAt!) })
            : when(followUp.at)}
        </span>
        <span className="followup-actions">
          {isOpenTask && onOpen && (
            <button type="button" className="small primary" onClick={onOpen}>
              {t(`tasks.open.${followUp.kind}`)}
            </button>
          )}
          {isOpenTask &&
            onAnswer &&
            followUp.kind === 'video-answer' &&
            (['video', 'cancelled'] as const).map((answer) => (
              <button key={answer} type="button" className="small" onClick={() => onAnswer(answer)}>
                {t(`tasks.answer.${answer}`)}
              </button>
            ))}
          {isOpenTask && onComplete && (
            <button type="button" className="small" onClick={onComplete}>
              {t('followups.done')}
            </button>
          )}
          {own.buttons}
        </span>
      </p>
      {followUp.subject && <p className="followup-subject">{followUp.subject}</p>}
      {own.form || (followUp.note && <p>{followUp.note}</p>)}
      {followUp.body && (
        <details>
          <summary>{previewLine(followUp.body)}</summary>
          <pre className="followup-body">{followUp.body}</pre>
        </details>
      )}
    </li>
  )
}

/**
 * The line a sent message is summed up by: its first line with something to say, past the greeting and the
 * salutation ("Selamat malam, Bapak Hendra.", "Yth. Ibu Sari,", "Dengan hormat,"), which every message of a
 * kind shares; the first line when none is longer.
 */
export function previewLine(body: string): string {
  const lines = body.split('\n').filter((line) => line.trim())
  return lines.find((line) => line.trim().split(/\s+/).length >= 6) ?? lines[0] ?? ''
}
