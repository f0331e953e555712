import type { Interview } from '../../shared/model/interview'
import type { Language } from '../../shared/model/settings'

const LABELS: Record<
  Language,
  Record<'link' | 'code' | 'contact' | 'phone' | 'reference' | 'notes', string>
> = {
  en: {
    link: 'Join: ',
    code: 'Access code: ',
    contact: 'Contact: ',
    phone: 'Phone: ',
    reference: 'Reference: ',
    notes: 'Notes:\n',
  },
  id: {
    link: 'Tautan: ',
    code: 'Kode akses: ',
    contact: 'Narahubung: ',
    phone: 'Telepon: ',
    reference: 'Nomor referensi: ',
    notes: 'Catatan:\n',
  },
}

/**
 * The fields the export reads, times as epoch milliseconds: from a stored interview, or straight from the
 * export's own row (exportRows.ts), which never makes the ISO texts.
 */
export type ExportedInterview = { startMs: number; endMs: number; updatedMs: number } & Pick<
  Interview,
  | 'id'
  | 'company'
  | 'position'
  | 'contact'
  | 'mode'
  | 'location'
  | 'meetingUrl'
  | 'accessCode'
  | 'timeZone'
  | 'status'
  | 'referenceNumber'
  | 'priority'
  | 'notes'
>

/**
 * The event's DESCRIPTION: what a calendar app shows the user (Google Calendar shows neither URL nor X-
 * properties), in the user's language. The exact fields travel as X- properties besides. Written as one
 * string, line by line (no array per event: it runs for every exported interview).
 */
export function describeInterview(interview: ExportedInterview, language: Language): string | undefined {
  const label = LABELS[language]
  const { contact } = interview
  let text = ''
  const add = (name: string, value: string) => {
    text += text ? `\n${name}${value}` : `${name}${value}`
  }
  if (interview.meetingUrl) add(label.link, interview.meetingUrl)
  if (interview.accessCode) add(label.code, interview.accessCode)
  if (contact.name && contact.email) add(label.contact, `${contact.name}, ${contact.email}`)
  else if (contact.name || contact.email) add(label.contact, (contact.name || contact.email)!)
  if (contact.phone) add(label.phone, contact.phone)
  if (interview.referenceNumber) add(label.reference, interview.referenceNumber)
  if (interview.notes)
    text += text ? `\n\n${label.notes}${interview.notes}` : `${label.notes}${interview.notes}`
  return text || undefined
}
