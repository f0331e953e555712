import PostalMime from 'postal-mime'

export interface Email {
  subject?: string
  from?: { name?: string; address?: string }
  text?: string
  /** The first calendar attachment, as text. */
  calendar?: string
}

/** An .eml file: its subject, sender, text (or its HTML made plain) and any .ics attachment. */
export async function readEmail(bytes: Uint8Array): Promise<Email> {
  const email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' })
  const calendar = email.attachments.find(
    (attachment) => /calendar/i.test(attachment.mimeType) || /\.ics$/i.test(attachment.filename ?? ''),
  )
  const text = email.text?.trim() ? email.text : email.html ? htmlText(email.html) : undefined
  return {
    ...(email.subject ? { subject: email.subject } : {}),
    ...(email.from && 'address' in email.from
      ? { from: { ...(email.from.name ? { name: email.from.name } : {}), address: email.from.address ?? '' } }
      : {}),
    ...(text?.trim() ? { text } : {}),
    ...(calendar
      ? {
          calendar:
            typeof calendar.content === 'string'
              ? calendar.content
              : new TextDecoder().decode(calendar.content as ArrayBuffer),
        }
      : {}),
  }
}

/** HTML as the text a person reads: block ends become line breaks, tags go, entities are decoded. */
function htmlText(html: string): string {
  const entities: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }
  return html
    .replace(/<(?:style|script|head)[\s\S]*?<\/(?:style|script|head)>/gi, '')
    .replace(/<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) =>
      label.includes(href) ? label : `${label} ${href}`,
    )
    .replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name] ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*\n+/g, '\n\n')
}
