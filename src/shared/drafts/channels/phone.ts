import type { Facts } from '../facts'
import { KINDS } from '../kinds'
import { courtesy, introduction } from '../kinds/phrases'
import type { KindText } from '../kinds/record'

const LABELS = {
  id: {
    script: 'Naskah telepon',
    voicemail: 'Bila tersambung ke kotak suara:',
    callAt: (at: string) => `(Kantor sedang tutup: telepon pada ${at}.)`,
  },
  en: {
    script: 'Call script',
    voicemail: 'If you reach voicemail:',
    callAt: (at: string) => `(Their office is closed now. Call on ${at}.)`,
  },
}

/** The voicemail stays short (DOMAIN.md: about 50 words) and ends with the number to call back. */
const VOICEMAIL_WORDS = 50

const words = (text: string) => text.split(/\s+/).filter(Boolean).length

/** "Selamat pagi. Apakah saya berbicara dengan Ibu Sari Wulandari?" — ask for the contact first. */
function askForContact(f: Facts): string {
  if (f.language === 'id')
    return f.to.named
      ? `${f.greeting}. Apakah saya berbicara dengan ${f.to.askFor}?`
      : `${f.greeting}. Boleh saya berbicara dengan ${f.to.askFor}?`
  return f.to.named
    ? `${f.greeting}. Am I speaking with ${f.to.askFor}?`
    : `${f.greeting}. Could I speak to ${f.to.askFor}?`
}

/**
 * The voicemail: who, what for, the reason and the apology a short notice needs, what still follows, and
 * the number — said twice, because nobody catches it the first time. Parts are dropped from the least
 * needed while it runs past about 50 words; the purpose and the number always stay.
 */
function voicemail(f: Facts, text: KindText): string {
  const id = f.language === 'id'
  const greeting = f.to.titled
    ? `${f.greeting}, ${f.to.spoken}.`
    : f.to.named
      ? `${f.greeting}. ${id ? 'Pesan ini untuk' : 'This message is for'} ${f.to.askFor}.`
      : `${f.greeting}.`
  const number = f.me.spokenPhone ?? (id ? '[nomor telepon Anda]' : '[your phone number]')
  const callback = KINDS[f.kind].callbackNeeded
    ? id
      ? `Mohon hubungi saya kembali di ${number}`
      : `Please call me back on ${number}`
    : id
      ? `Bila diperlukan, saya dapat dihubungi di ${number}`
      : `If you need to reach me, my number is ${number}`
  const again = id ? `, sekali lagi, ${number}.` : `, again, ${number}.`
  const purpose = text.purpose.replace(` ${courtesy(f)}`, '')
  // Short of room, the name alone introduces the caller: the position is in the message that follows.
  const shortPurpose = purpose.replace(
    introduction(f).replace(` ${courtesy(f)}`, ''),
    id ? `Saya ${f.me.name}.` : `This is ${f.me.name}.`,
  )
  const urgent = f.notice === 'short' || f.notice === 'late'
  const optional = [text.reason, urgent ? text.apology : undefined, text.voicemail]
  // While too long: the repeat of the number goes first, then the position, then the extra line, the
  // apology and the reason.
  // What the message is for (reason, apology, the question) matters more than repeating the position.
  for (let keep = optional.length; keep >= 0; keep -= 1) {
    for (const said of [purpose, shortPurpose]) {
      const parts = [greeting, said, ...optional.slice(0, keep)].filter(Boolean)
      const withRepeat = [...parts, `${callback}${again}`].join(' ')
      if (words(withRepeat) <= VOICEMAIL_WORDS) return withRepeat
      const single = [...parts, `${callback}.`].join(' ')
      if (words(single) <= VOICEMAIL_WORDS) return single
    }
  }
  return [greeting, shortPurpose, `${callback}.`].join(' ')
}

/**
 * What to say on the phone, in short numbered steps (DOMAIN.md, Phone script): greeting by the recipient's
 * time of day, ask for the contact, purpose, reason, apology, the times spoken simply, thanks. Nothing that
 * cannot be read aloud (no link, email address or street address), then a voicemail version. Outside office
 * hours it starts by saying when to call.
 */
export function composePhone(f: Facts, text: KindText): string {
  const steps = [
    askForContact(f),
    text.purpose,
    text.reason,
    text.apology,
    text.ask,
    text.next,
    text.thanks,
  ].filter((step): step is string => Boolean(step))
  const labels = LABELS[f.language]
  return [
    `${labels.script}:`,
    ...(f.callAt ? [labels.callAt(f.callAt)] : []),
    ...steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    labels.voicemail,
    voicemail(f, text),
  ].join('\n')
}

/** The script and the voicemail of a phone draft, apart (for length checks); notes in brackets excluded. */
export function splitPhoneDraft(body: string, language: 'id' | 'en'): { script: string; voicemail: string } {
  const marker = LABELS[language].voicemail
  const at = body.indexOf(marker)
  const script = (at < 0 ? body : body.slice(0, at))
    .replace(`${LABELS[language].script}:`, '')
    .replace(/^\(.*\)$/gm, '')
    .replace(/^\d+\.\s/gm, '')
  return { script, voicemail: at < 0 ? '' : body.slice(at + marker.length).trim() }
}
