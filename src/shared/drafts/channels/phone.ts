import type { Facts } from '../facts'
import { KINDS } from '../kinds'
import { courtesy } from '../kinds/phrases'
import type { KindText } from '../kinds/record'
import { spokenEnglish } from '../spokenEnglish'

const LABELS = {
  id: {
    script: 'Naskah telepon',
    voicemail: 'Bila tersambung ke kotak suara:',
    callAt: (at: string) => `(Kantor perusahaan sedang tutup: telepon ${at}.)`,
    writeFirst: (at: string, byEmail: boolean, chatAt?: string) =>
      byEmail || !chatAt
        ? `(Kantor perusahaan sedang tutup. Kirim ${byEmail ? 'email' : 'pesan WhatsApp'} sekarang, lalu telepon ${at}.)`
        : `(Kantor perusahaan sedang tutup. Siapkan pesan WhatsApp sekarang dan kirim ${chatAt}, lalu telepon ${at}.)`,
  },
  en: {
    script: 'Call script',
    voicemail: 'If you reach voicemail:',
    callAt: (at: string) => `(Their office is closed now. Call ${at}.)`,
    writeFirst: (at: string, byEmail: boolean, chatAt?: string) =>
      byEmail || !chatAt
        ? `(Their office is closed. Send the ${byEmail ? 'email' : 'WhatsApp message'} now, then call ${at}.)`
        : `(Their office is closed. Prepare the WhatsApp message now and send it ${chatAt}, then call ${at}.)`,
  },
}

/** The voicemail stays short (DOMAIN.md: about 50 words) and ends with the number to call back. */
const VOICEMAIL_WORDS = 50

const words = (text: string) => text.split(/\s+/).filter(Boolean).length

/** Spoken English is contracted ("I'm calling"); Indonesian is said as written. */
const aloud = (f: Facts, text: string) => (f.language === 'en' ? spokenEnglish(text) : text)

/**
 * A step breaks after a courtesy that asks ("Is now a good time to talk?", "Boleh saya minta waktu Ibu
 * sebentar?"): the caller stops and waits for the answer before saying why they call (review 6, S1). The
 * usual Indonesian courtesy ("Mohon maaf mengganggu …") is a statement and runs on.
 */
function pauseAfterCourtesy(f: Facts, step: string): string[] {
  const question = courtesy(f)
  const at = step.indexOf(`${question} `)
  if (!question.endsWith('?') || at < 0) return [step]
  return [step.slice(0, at + question.length), step.slice(at + question.length + 1)]
}

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
 * The voicemail (DOMAIN.md: about 50 words, ending with the callback number): who, what for (the day said
 * briefly), the reason in a few words if one was chosen, the apology a short notice needs, and what the kind
 * needs (the question, the request, where the times follow), then the number said twice, because nobody
 * catches it the first time. The kind's lines are written again for it, without the typed detail. When room
 * runs out, the repeat of the number goes first, then the written follow-up, then the hour, and the position
 * last: never the purpose, the reason, the apology or the ask.
 */
export function voicemail(f: Facts): string {
  const [withClock, dayAlone] = f.voicemailOn
  const clock = voicemailParts(f, withClock, true)
  const day = voicemailParts(f, dayAlone, false)
  // From the fullest to the shortest: the repeat of the number goes first, then the follow-up line (the
  // apology and the written confirmation), then the hour (the day stays), and only then the position.
  const tries: [typeof clock, boolean, boolean, boolean][] = [
    [clock, true, true, true],
    [clock, true, true, false],
    [clock, true, false, true],
    [clock, true, false, false],
    [day, true, false, true],
    [day, true, false, false],
    [day, false, false, true],
  ]
  for (const [parts, withPosition, withExtra, withRepeat] of tries) {
    // At each step, the fuller apology goes first: an English late notice's "very" (review 7, T5: "I'm sorry
    // for the late notice"), an ample one's "for any inconvenience" (review 16).
    for (const full of [true, false]) {
      const text = parts(withPosition, withExtra, withRepeat, full)
      if (words(text) <= VOICEMAIL_WORDS) return text
    }
  }
  return day(false, false, false, false)
}

/** The voicemail's sentences with the interview's time said one way, put together on demand. */
function voicemailParts(
  f: Facts,
  on: string,
  hourSaid: boolean,
): (withPosition: boolean, withExtra: boolean, withRepeat: boolean, full: boolean) => string {
  const id = f.language === 'id'
  const said = KINDS[f.kind].templates[f.language].phone({
    ...f,
    voicemail: true,
    on,
    reason: KINDS[f.kind].voicemailDetail?.(f) ? f.reason : f.reason && { category: f.reason.category },
  })
  const greeting = f.to.titled
    ? `${f.greeting}, ${f.to.spoken}.`
    : f.to.named
      ? `${f.greeting}. ${id ? 'Pesan ini untuk' : 'This message is for'} ${f.to.askFor}.`
      : `${f.greeting}.`
  const number = f.me.spokenPhone ?? (id ? '[nomor telepon Anda]' : '[your phone number]')
  const callback = KINDS[f.kind].callbackNeeded(f)
    ? id
      ? `Mohon hubungi saya kembali di ${number}`
      : `Please call me back on ${number}`
    : `${said.voicemail?.reach ?? (id ? 'Bila diperlukan, saya dapat dihubungi di' : 'You can reach me on')} ${number}`
  // The repeat is a sentence of its own, so the listener pauses ("That's …", not a calque of "sekali lagi").
  const again = id ? `. Sekali lagi, ${number}.` : `. That's ${number}.`
  // A purpose that names the position already (a thank-you) needs the name alone.
  const named = said.purpose.includes(f.position)
  const who = (withPosition: boolean) =>
    id
      ? `Saya ${f.me.name}${withPosition && !named ? `, kandidat posisi ${f.position}` : ''}.`
      : `This is ${f.me.name}${withPosition && !named ? `, a candidate for the ${f.position} position` : ''}.`
  const urgent = f.notice === 'short' || f.notice === 'late'
  // A short notice's apology in its shortest form ("sangat mendadak", without "yang sebesar-besarnya").
  const late = f.notice === 'late'
  const apology = (full: boolean) =>
    !urgent
      ? undefined
      : id
        ? `Mohon maaf atas pemberitahuan yang ${late ? 'sangat ' : ''}mendadak ini.`
        : late
          ? `I am ${full ? 'very ' : ''}sorry for the late notice.`
          : 'I am sorry for the short notice.'
  // Said aloud, the reason drops its time clause ("I have another commitment then", "I had to deal with a
  // family emergency"): the day has just been named (review 5, H9).
  // Without the hour, "pada jam itu" has no hour to point back to: "Jadwal saya bertabrakan." (review 9).
  const reason = id
    ? hourSaid
      ? said.reason
      : said.reason
          ?.replace(/^Pada jam itu (\p{Ll})/u, (_, first: string) => first.toUpperCase())
          .replace(/ pada jam itu\./, '.')
    : said.reason?.replace(/ at that time\.$/, ' then.').replace(/ at the time\.$/, '.')
  // With room, a change at ample notice also apologises for the inconvenience, straight after the reason
  // (review 5, VI); in English, when a written confirmation follows, the two share one sentence ("I am sorry
  // for any inconvenience, and I will confirm by email.", reviews 7, T6, and 16: a bare "I'm sorry" sounds
  // clipped on a recording). Short of room, it says "I am sorry, and …" before anything else goes.
  const sorry = !urgent && KINDS[f.kind].noticeMatters ? said.apology : undefined
  const extra = said.voicemail?.extra
  const compact = (full: boolean) =>
    !id && sorry && extra
      ? `I am sorry${full ? ' for any inconvenience' : ''}, and ${/^I\b/.test(extra) ? extra : `${extra.charAt(0).toLowerCase()}${extra.slice(1)}`}`
      : undefined
  const build = (withPosition: boolean, withExtra: boolean, withRepeat: boolean, full: boolean) =>
    aloud(
      f,
      [
        greeting,
        who(withPosition),
        said.purpose,
        reason,
        urgent && said.apology ? apology(full) : undefined,
        withExtra && !compact(full) ? sorry : undefined,
        said.voicemail?.ask,
        withExtra ? (compact(full) ?? extra) : undefined,
        withRepeat ? `${callback}${again}` : `${callback}.`,
      ]
        .filter(Boolean)
        .join(' '),
    )
  return build
}

/**
 * What to say on the phone, in short numbered steps (DOMAIN.md, Phone script): greeting by the recipient's
 * time of day, ask for the contact, purpose, reason, apology, the times spoken simply, thanks. Nothing that
 * cannot be read aloud (no link, email address or street address), then a voicemail version. Outside office
 * hours it starts by saying when to call.
 */
export function composePhone(f: Facts, text: KindText): string {
  const steps = [askForContact(f), text.purpose, text.reason, text.apology, text.ask, text.next, text.thanks]
    .filter((step): step is string => Boolean(step))
    .flatMap((step) => pauseAfterCourtesy(f, step))
    .map((step) => aloud(f, step))
  const labels = LABELS[f.language]
  return [
    `${labels.script}:`,
    // A change the company needs notice of is written at once; the call follows when the office opens.
    ...(f.callAt
      ? [
          KINDS[f.kind].noticeMatters
            ? labels.writeFirst(f.callAt, f.writeBy === 'email', f.chatAt)
            : labels.callAt(f.callAt),
        ]
      : []),
    ...steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    labels.voicemail,
    voicemail(f),
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
