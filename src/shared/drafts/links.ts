import type { Interview } from '../model/interview'
import type { Draft, DraftChannel } from './types'

/**
 * Links that hand a draft to the mail app, WhatsApp or the phone. Every user-typed part is percent-encoded,
 * so nothing in a subject or body can add recipients or header fields.
 */
export function mailtoLink(to: string | undefined, subject: string, body: string): string {
  const address = to ? encodeURIComponent(to).replace(/%40/g, '@') : ''
  // RFC 6068: line breaks in a mailto body are CRLF.
  const crlfBody = body.replace(/\r?\n/g, '\r\n')
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlfBody)}`
}

/** A phone number in international digits only: "0812-5550 1234" (Indonesia) → "6281255501234". */
export function internationalDigits(phone: string, defaultCountry = '62'): string | undefined {
  const trimmed = phone.trim()
  const digits = trimmed.replace(/\D/g, '')
  if (digits.length < 6) return undefined
  if (trimmed.startsWith('+')) return digits
  if (digits.startsWith('00')) return digits.slice(2)
  if (digits.startsWith('0')) return defaultCountry + digits.slice(1)
  return digits
}

export function whatsappLink(phone: string | undefined, text: string): string | undefined {
  const digits = phone ? internationalDigits(phone) : undefined
  return digits ? `https://wa.me/${digits}?text=${encodeURIComponent(text)}` : undefined
}

export function telLink(phone: string | undefined): string | undefined {
  const digits = phone ? internationalDigits(phone) : undefined
  return digits ? `tel:+${digits}` : undefined
}

/** The links that hand a draft to the right app for its channel (and a call link whenever a number is known). */
export function draftLinks(
  interview: Interview,
  channel: DraftChannel,
  subject: string,
  body: string,
): Draft['links'] {
  const links: Draft['links'] = {}
  if (channel === 'email') links.mailto = mailtoLink(interview.contact.email, subject, body)
  const whatsapp = channel === 'whatsapp' ? whatsappLink(interview.contact.phone, body) : undefined
  if (whatsapp) links.whatsapp = whatsapp
  const tel = telLink(interview.contact.phone)
  if (tel) links.tel = tel
  return links
}
