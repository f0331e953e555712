import { useTranslation } from 'react-i18next'
import type { HistoryEntry } from '../../../../shared/model/history'
import { useZone } from '../../app/SettingsContext'
import { dateLocale } from '../../i18n'
import { spanText } from '../calendar/period'
import { zonedDayTime } from '../../i18n/clock'

type Span = { startsAt: string; endsAt: string }

/** A field's value in words: a contact by its parts, anything else as written, nothing as "(empty)". */
function valueText(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).join(', ') || empty
  return String(value)
}

/** One change in an interview's history, said in words. */
export function HistoryEntryItem({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation()
  const zone = useZone()
  const locale = dateLocale(i18n.language)
  const span = (slot: Span) => spanText(slot.startsAt, slot.endsAt, zone, locale)
  const status = (value: string) => t(`status.${value}`)
  const lines = ((): string[] => {
    switch (entry.change) {
      case 'created':
        return [t('history.created', { when: span(entry.detail) })]
      case 'imported':
        return [
          t('history.imported', {
            when: span(entry.detail),
            source: t(`history.source.${entry.detail.source}`),
          }),
        ]
      case 'changed':
        return Object.entries(entry.detail.fields).map(([field, { from, to }]) =>
          t('history.changed', {
            field: t(`history.fields.${field}`),
            from: valueText(from, t('history.empty')),
            to: valueText(to, t('history.empty')),
          }),
        )
      case 'rescheduled':
        return [
          t(entry.detail.agreed ? 'history.rescheduledAgreed' : 'history.rescheduled', {
            from: span(entry.detail.from),
            to: span(entry.detail.to),
          }),
        ]
      case 'status':
        return [
          entry.detail.undo
            ? t('history.statusUndo', { to: status(entry.detail.to) })
            : t('history.status', { from: status(entry.detail.from), to: status(entry.detail.to) }),
        ]
      case 'reschedule-requested':
        return [t('history.requested', { times: entry.detail.proposed.map(span).join('; ') || '—' })]
      case 'reschedule-accepted':
        return [
          t(entry.detail.proposed ? 'history.acceptedOurs' : 'history.acceptedTheirs', {
            to: span(entry.detail.to),
          }),
        ]
      case 'reschedule-refused':
        return [t('history.refused')]
      case 'reschedule-withdrawn':
        return [t('history.withdrawn')]
      case 'message-sent':
        return [t('history.sent', { kind: t(`followups.kinds.${entry.detail.kind}`) })]
    }
  })()
  return (
    <li className="history-entry">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="muted">{zonedDayTime(entry.at, zone, locale)}</p>
    </li>
  )
}
