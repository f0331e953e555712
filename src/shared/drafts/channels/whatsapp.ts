import type { Facts } from '../facts'
import type { KindText } from '../kinds/record'

/**
 * A short formal chat message (DOMAIN.md, WhatsApp): a greeting by the recipient's time of day, who and
 * what, reason and apology, the times as a short list, thanks and the name. No letterhead, no signature
 * block, no address, no links. A bare full name after "Selamat pagi" sounds curt: without a title the
 * greeting names no one.
 */
export function composeWhatsApp(f: Facts, text: KindText): string {
  const greeting = f.to.titled ? `${f.greeting}, ${f.to.spoken}.` : `${f.greeting}.`
  const blocks = [
    greeting,
    [text.purpose, text.reason, text.apology].filter(Boolean).join(' '),
    [text.ask, ...(text.list ?? []).map((item) => `- ${item}`)].filter(Boolean).join('\n'),
    [text.next, text.thanks].filter(Boolean).join(' '),
    f.me.name,
  ]
  return blocks.filter((block) => block !== '').join('\n\n')
}
