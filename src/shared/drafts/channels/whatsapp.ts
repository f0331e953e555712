import type { Facts } from '../facts'
import { introduction } from '../kinds/phrases'
import type { KindText } from '../kinds/record'

/**
 * A short formal chat message (DOMAIN.md, WhatsApp): a greeting by the recipient's time of day, who and
 * what, reason and apology, the times as a short list, thanks and the name. No letterhead, no signature
 * block, no address, no links. A bare full name after "Selamat pagi" sounds curt: without a title the
 * greeting names no one.
 */
export function composeWhatsApp(f: Facts, text: KindText): string {
  // No name at all: "Selamat pagi, Bapak/Ibu." / "Good morning.".
  const greeting = f.to.titled
    ? `${f.greeting}, ${f.to.spoken}.`
    : f.to.named
      ? `${f.greeting}.`
      : f.language === 'id'
        ? `${f.greeting}, Bapak/Ibu.`
        : // "Good morning, Hiring Team." reads stiff in a chat: the greeting alone is warmer (review 5).
          `${f.greeting}.`
  // A chat that arrives at the weekend apologises for the day (a call waits for Monday), straight after
  // saying who is writing: the first sentence after the greeting says who (DOMAIN.md; review 7, T7).
  const weekend = f.weekend
    ? f.language === 'id'
      ? 'Mohon maaf mengganggu di akhir pekan.'
      : 'I am sorry to message you at the weekend.'
    : undefined
  const who = introduction(f)
  const purpose =
    weekend && who && text.purpose.startsWith(who)
      ? `${who} ${weekend} ${text.purpose.slice(who.length).trim()}`
      : [weekend, text.purpose].filter(Boolean).join(' ')
  const blocks = [
    greeting,
    [purpose, text.reason, text.apology].filter(Boolean).join(' '),
    [text.ask, ...(text.list ?? []).map((item) => `- ${item}`)].filter(Boolean).join('\n'),
    [text.next, text.thanks].filter(Boolean).join(' '),
    f.me.name,
  ]
  return blocks.filter((block) => block !== '').join('\n\n')
}
