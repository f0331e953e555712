import { useCallback, useEffect, useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FollowUp } from '../../../../shared/model/followup'
import type { Interview } from '../../../../shared/model/interview'
import { call } from '../../api/client'
import { download } from '../../api/files'
import { useSchedule } from '../../app/ScheduleContext'
import { Field } from '../../ui/Field'
import { FollowUpItem } from './FollowUpItem'

const MANUAL_KINDS = ['call', 'email-received', 'message-received', 'thanks', 'note'] as const

/** An interview's history: every message sent, call made and note, its open tasks, and a quick way to add one. */
export function FollowUpTimeline({ interview }: { interview: Interview }) {
  const { t } = useTranslation()
  const { refresh } = useSchedule()
  const [items, setItems] = useState<FollowUp[]>([])
  const [kind, setKind] = useState<(typeof MANUAL_KINDS)[number]>('call')
  const [note, setNote] = useState('')
  const titleId = useId()
  const load = useCallback(
    () =>
      call('followups/list', { interviewId: interview.id }).then((result) => {
        if (result.ok) setItems(result.value)
      }),
    [interview.id],
  )
  useEffect(() => {
    void load()
  }, [load])

  async function add(event: FormEvent) {
    event.preventDefault()
    const result = await call('followups/add', {
      type: 'log',
      interviewId: interview.id,
      kind,
      ...(note.trim() ? { note } : {}),
    })
    if (result.ok) setNote('')
    await load()
  }

  async function complete(id: string) {
    await call('followups/complete', { id })
    await load()
    refresh()
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
      {items.length === 0 ? (
        <p className="muted">{t('followups.none')}</p>
      ) : (
        <ul className="followup-list">
          {items.map((item) => (
            <FollowUpItem key={item.id} followUp={item} onComplete={() => void complete(item.id)} />
          ))}
        </ul>
      )}
      <form className="timeline-add" onSubmit={add}>
        <Field label={t('followups.kindLabel')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as (typeof MANUAL_KINDS)[number])}>
            {MANUAL_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`followups.kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('followups.note')}>
          <input value={note} maxLength={5000} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <button type="submit">{t('followups.save')}</button>
      </form>
    </section>
  )
}
