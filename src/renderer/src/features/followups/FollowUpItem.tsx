import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FollowUp } from '../../../../shared/model/followup'
import { dateLocale } from '../../i18n'
import { useZone } from '../../app/SettingsContext'
import { zonedDayTime } from '../../i18n/clock'

interface Props {
  followUp: FollowUp
  company?: string | undefined
  onComplete?: () => void
  /** Opens what an open task asks for (the message to write). */
  onOpen?: (() => void) | undefined
  /** Records the company's answer a `video-answer` task waits for: held by video, or cancelled. */
  onAnswer?: ((answer: VideoAnswer) => void) | undefined
  /** Saves a corrected note (an entry the user wrote); gives the error's text if it was refused. */
  onEdit?: ((note: string) => Promise<string | undefined>) | undefined
  /** Removes an entry the user wrote, or a reminder they set. */
  onDelete?: (() => void) | undefined
}

export type VideoAnswer = 'video' | 'cancelled'

/** One log entry or task: what, when, how, and the text that was sent. */
export function FollowUpItem(props: Props) {
  const { followUp, company, onComplete, onOpen, onAnswer, onEdit, onDelete } = props
  const { t, i18n } = useTranslation()
  const zone = useZone()
  const when = (iso: string) => zonedDayTime(iso, zone, dateLocale(i18n.language))
  const isOpenTask = followUp.type === 'task' && !followUp.doneAt
  /** The note being corrected, and why the last try was refused. */
  const [editing, setEditing] = useState<{ note: string; error?: string }>()
  // The entry named in its buttons' names: "Edit — Call made, Thu 3 Dec 10:00", one among many in a list.
  const name = `${t(`followups.kinds.${followUp.kind}`)}, ${when(followUp.dueAt ?? followUp.at)}`

  async function save(event: FormEvent) {
    event.preventDefault()
    if (!editing || !onEdit) return
    const error = await onEdit(editing.note)
    setEditing(error ? { ...editing, error } : undefined)
  }
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
        {onEdit && !editing && (
          <button
            type="button"
            className="small quiet"
            aria-label={`${t('followups.edit')} — ${name}`}
            onClick={() => setEditing({ note: followUp.note ?? '' })}
          >
            {t('followups.edit')}
          </button>
        )}
        {onDelete && (
          <button
            type="button"
            className="small quiet"
            aria-label={`${t('followups.delete')} — ${name}`}
            onClick={onDelete}
          >
            {t('followups.delete')}
          </button>
        )}
      </p>
      {followUp.subject && <p className="followup-subject">{followUp.subject}</p>}
      {editing ? (
        <form className="followup-edit" onSubmit={(event) => void save(event)}>
          <label>
            {t('followups.note')}
            <input
              value={editing.note}
              maxLength={5000}
              autoFocus
              aria-invalid={editing.error ? true : undefined}
              onChange={(e) => setEditing({ note: e.target.value })}
            />
          </label>
          <button type="submit" className="small primary">
            {t('followups.saveEdit')}
          </button>
          <button type="button" className="small" onClick={() => setEditing(undefined)}>
            {t('followups.cancelEdit')}
          </button>
          {editing.error && (
            <p role="alert" className="form-error">
              {editing.error}
            </p>
          )}
        </form>
      ) : (
        followUp.note && <p>{followUp.note}</p>
      )}
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
