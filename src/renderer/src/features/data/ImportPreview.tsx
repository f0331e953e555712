import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useZone } from '../../app/SettingsContext'
import { dateLocale } from '../../i18n'
import { icsReasonText } from '../../../../shared/ics/reasons'
import type { IcsImportItem, IcsImportResult } from '../../../../shared/model/exchange'
import { languageForLocale } from '../../../../shared/model/values'
import { ImportItemEditor, valuesOf, type EditableValues } from './ImportItemEditor'
import { clockPattern } from '../../i18n/clock'

/** Per event: what will happen, and what will be stored besides company, position and time. */
export function ImportPreview({
  preview,
  acceptSeries,
  onAcceptSeries,
  edited,
  onEdit,
}: {
  preview: IcsImportResult
  acceptSeries: boolean
  onAcceptSeries: (accept: boolean) => void
  /** The values as the user edited them, by the event's key. */
  edited: Record<string, EditableValues>
  onEdit: (key: string, values: EditableValues) => void
}) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState<string>()
  const language = languageForLocale(i18n.language)
  const when = useWhen()
  const reason = (item: IcsImportItem) =>
    item.code
      ? icsReasonText(language, { code: item.code, ...(item.params ? { params: item.params } : {}) })
      : ''
  return (
    <>
      {preview.notices.map((notice) => (
        <p key={notice.code} className="warning">
          {icsReasonText(language, notice)}
        </p>
      ))}
      {preview.series.map((series) => (
        <p key={series.uid} className="warning">
          {t('invitations.preview.series', {
            count: series.count,
            company: series.company ?? '',
            position: series.position ?? '',
          })}
        </p>
      ))}
      {(preview.series.length > 0 || acceptSeries) && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={acceptSeries}
            onChange={(event) => onAcceptSeries(event.target.checked)}
          />
          {t('invitations.preview.acceptSeries')}
        </label>
      )}
      <table>
        <tbody>
          {preview.items.map((original, index) => {
            const { key } = original
            const item = key && edited[key] ? withValues(original, edited[key]) : original
            const editable = key !== undefined && item.action !== 'skip'
            return (
              <tr key={`${item.uid}-${index}`} className={`action-${item.action}`}>
                <td>{t(`data.action.${item.action}`)}</td>
                <td>{item.company ?? item.uid}</td>
                <td>{item.position ?? ''}</td>
                <td>{item.startsAt ? when(item.startsAt) : ''}</td>
                <td>
                  {item.action === 'skip' ? reason(item) : <StoredDetails item={item} />}
                  {editable && open === key && (
                    <ImportItemEditor
                      initial={edited[key] ?? valuesOf(original)}
                      onChange={(values) => onEdit(key, values)}
                      onClose={() => setOpen(undefined)}
                    />
                  )}
                  {editable && open !== key && (
                    <button
                      type="button"
                      aria-label={t('invitations.preview.editLabel', {
                        company: item.company ?? '',
                        position: item.position ?? '',
                      })}
                      onClick={() => setOpen(key)}
                    >
                      {t('invitations.preview.edit')}
                    </button>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}

/** The item as it will be stored once the user's edits apply. */
function withValues(item: IcsImportItem, values: EditableValues): IcsImportItem {
  const optional = (value: string) => value.trim() || undefined
  const contact = {
    name: optional(values.contactName),
    email: optional(values.contactEmail),
    phone: optional(values.contactPhone),
  }
  return {
    ...item,
    company: values.company,
    position: values.position,
    details: {
      ...(item.details?.clash ? { clash: item.details.clash } : {}),
      contact,
      meetingUrl: optional(values.meetingUrl),
      accessCode: optional(values.accessCode),
      referenceNumber: optional(values.referenceNumber),
      location: optional(values.location),
    },
  }
}

/** A time in the app's language and the user's zone, not the browser's ("12/4/2026, 2:00:00 PM"). */
function useWhen() {
  const { i18n } = useTranslation()
  const zone = useZone()
  const locale = dateLocale(i18n.language)
  return (iso: string) =>
    format(Date.parse(iso), `EEE, d MMM yyyy ${clockPattern(locale)}`, { in: tz(zone), locale })
}

function StoredDetails({ item }: { item: IcsImportItem }) {
  const { t } = useTranslation()
  const when = useWhen()
  const details = item.details ?? {}
  const contact = [details.contact?.name, details.contact?.email, details.contact?.phone]
    .filter(Boolean)
    .join(', ')
  const rows: [string, string | undefined][] = [
    [t('invitations.preview.contact'), contact || undefined],
    [t('invitations.preview.link'), details.meetingUrl],
    [t('invitations.preview.code'), details.accessCode],
    [t('invitations.preview.reference'), details.referenceNumber],
    [t('invitations.preview.place'), details.location],
    [
      t('invitations.preview.clash'),
      details.clash &&
        `${details.clash.company} — ${details.clash.position}, ${when(details.clash.startsAt)}`,
    ],
  ]
  const shown = rows.filter(([, value]) => value)
  if (shown.length === 0) return null
  return (
    <dl className="stored-details">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
