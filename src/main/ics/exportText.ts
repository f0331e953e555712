import type { Interview } from '../../shared/model/interview'
import type { Language } from '../../shared/model/settings'

const LABELS: Record<
  Language,
  Record<'link' | 'code' | 'contact' | 'phone' | 'reference' | 'notes', string>
> = {
  en: {
    link: 'Join',
    code: 'Access code',
    contact: 'Contact',
    phone: 'Phone',
    reference: 'Reference',
    notes: 'Notes',
  },
  id: {
    link: 'Tautan',
    code: 'Kode akses',
    contact: 'Narahubung',
    phone: 'Telepon',
    reference: 'Nomor referensi',
    notes: 'Catatan',
  },
}

/**
 * The event's DESCRIPTION: what a calendar app shows the user (Google Calendar shows neither URL nor X-
 * properties), in the user's language. The exact fields travel as X- properties besides.
 */
export function describeInterview(interview: Interview, language: Language): string | undefined {
  const label = LABELS[language]
  const { contact } = interview
  const who = [contact.name, contact.email].filter(Boolean).join(', ')
  const lines = [
    interview.meetingUrl && `${label.link}: ${interview.meetingUrl}`,
    interview.accessCode && `${label.code}: ${interview.accessCode}`,
    who && `${label.contact}: ${who}`,
    contact.phone && `${label.phone}: ${contact.phone}`,
    interview.referenceNumber && `${label.reference}: ${interview.referenceNumber}`,
  ].filter((line): line is string => Boolean(line))
  if (interview.notes) lines.push(...(lines.length > 0 ? [''] : []), `${label.notes}:`, interview.notes)
  return lines.length > 0 ? lines.join('\n') : undefined
}
