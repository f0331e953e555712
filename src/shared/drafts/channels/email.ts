import type { Facts } from '../facts'
import { KINDS } from '../kinds'
import { callToo } from '../kinds/phrases'
import type { KindText } from '../kinds/record'

/** Where a letter points the reader to the phone number printed under it ("di nomor di bawah ini"). */
const POINTS_BELOW = /nomor di bawah ini|number below/

/**
 * The signature block: name, phone, email — or the user's own signature, which replaces the phone and
 * email lines and is not preceded by the name again when it already holds it. A letter that points to the
 * number below gets it under the user's signature when that signature does not hold it.
 */
export function signatureBlock(f: Facts, signature: string | undefined, body = ''): string[] {
  const own = withoutClosing(signature?.trim() ?? '')
  if (own) {
    const holdsName = own.toLowerCase().includes(f.me.name.toLowerCase())
    const digits = (text: string) => text.replace(/\D/g, '')
    const phone = f.me.phone
    const needsPhone =
      phone !== undefined && POINTS_BELOW.test(body) && !digits(own).includes(digits(phone).slice(-8))
    return [...(holdsName ? [own] : [f.me.name, own]), ...(needsPhone ? [phone] : [])]
  }
  return [f.me.name, f.me.phone, f.me.email].filter((line): line is string => Boolean(line))
}

/**
 * Closing lines people put at the top of a signature. The draft writes its own closing in the draft's
 * language ("Hormat saya," / "Kind regards,"), so a signature that starts with one would double it, or put an
 * Indonesian closing under an English letter.
 */
const CLOSINGS =
  /^(hormat saya|salam( hormat| hangat)?|terima ?kasih|wassalam|(with )?(kind|best|warm(est)?) regards|regards|best( wishes)?|(yours )?(sincerely|faithfully|truly)|(many )?thanks|thank you|cheers)\s*[,.!]?$/i

/** The signature without a closing line at its top. */
function withoutClosing(signature: string): string {
  const [first = '', ...rest] = signature.split(/\r?\n/)
  return CLOSINGS.test(first.trim()) ? rest.join('\n').trim() : signature
}

/**
 * A formal letter (DOMAIN.md, Email): greeting line, "Dengan hormat," on its own line, purpose with the
 * reason and apology, the proposed times or the open door, thanks, closing, name and contact details.
 */
export function composeEmail(f: Facts, text: KindText, signature: string | undefined): string {
  const paragraphs = [
    [text.purpose, text.reason, text.apology, KINDS[f.kind].noticeMatters ? callToo(f) : undefined]
      .filter(Boolean)
      .join(' '),
    [text.ask, ...(text.list ?? []).map((item, i) => `${i + 1}. ${item}`)].filter(Boolean).join('\n'),
    text.next ?? '',
    text.thanks,
  ].filter((paragraph) => paragraph !== '')
  const opening = f.language === 'id' ? [f.to.letter, '', 'Dengan hormat,'] : [f.to.letter]
  const closing = f.language === 'id' ? 'Hormat saya,' : 'Kind regards,'
  const body = paragraphs.join('\n\n')
  return [...opening, '', body, '', closing, ...signatureBlock(f, signature, body)].join('\n')
}
