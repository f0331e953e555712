/**
 * Wording checks (DOMAIN.md, Checks before sending): leftover placeholders, blame in its common forms,
 * thanks in any wording, a reason that runs long, a detail typed in the other language. Both languages are
 * always searched: people mix them.
 */
import type { Language } from '../model/settings'

/** Placeholders in the forms people leave them; an email in angle brackets or a file name is not one. */
const PLACEHOLDERS: readonly RegExp[] = [
  /\[[^\]\n]{0,80}\]/,
  /\{[^}\n]{0,80}\}/,
  /\((?:nama|name|tanggal|date|jam|waktu|time|posisi|position|perusahaan|company|isi|fill|alamat|address|nomor|number|your|anda)\b[^)\n]{0,60}\)/i,
  /_{3,}/,
  /\.{4,}/,
  /\b(?:XYZ|XXX|TODO|TBD|FIXME)\b/,
  /<(?![^<>\n]*@)(?!https?:)[^<>\n]{1,60}>/,
]

export function findPlaceholder(text: string): string | undefined {
  for (const pattern of PLACEHOLDERS) {
    const match = pattern.exec(text)
    if (match) return match[0]
  }
  return undefined
}

/**
 * Blame or reproach aimed at the company, in the forms it takes; an apology for one's own inconvenience
 * ("Saya mohon maaf apabila hal ini mengecewakan") is not blame, so bare words like "mengecewakan" are not
 * listed.
 */
const BLAME: readonly RegExp[] = [
  /seharusnya\s+(?:pihak\s+)?(?:perusahaan|anda|bapak|ibu|hrd|tim)/i,
  /(?:terlalu|sangat|begitu)\s+mendadak\s+(?:dari|oleh)\s/i,
  /\bterlalu\s+mendadak\b/i,
  /(?:kenapa|mengapa)\s+(?:pihak\s+)?(?:anda|bapak|ibu|perusahaan|hrd|tim)/i,
  /(?:salah|kesalahan|kelalaian)\s+(?:dari\s+)?(?:pihak\s+)?(?:anda|bapak|ibu|perusahaan|hrd)/i,
  /tidak\s+profesional/i,
  /(?:membuang|buang)(?:-buang)?\s+waktu/i,
  /(?:anda|bapak|ibu|hrd)\s+(?:lupa|lalai)/i,
  /kecewa\s+(?:dengan|terhadap|pada)\s+(?:pihak|perusahaan|anda|bapak|ibu|proses)/i,
  /proses(?:nya)?\s+(?:yang\s+)?(?:terlalu\s+)?(?:berbelit|bertele-tele|lambat)/i,
  // The company slow to answer: "HRD Anda lambat memberi kabar", "kabar dari Bapak sangat lambat" (the
  // candidate's own "saya terlambat membalas" is an apology, not this).
  /(?:anda|bapak|ibu|hrd|perusahaan|tim|pihak\s+\w+)\s+(?:(?:sangat|terlalu|begitu)\s+)?(?:lambat|telat|terlambat|lama)\s+(?:sekali\s+)?(?:dalam\s+)?(?:memberi|memberikan|membalas|mengabari|menghubungi|merespons|merespon|menjawab)/i,
  /(?:kabar|balasan|respons|respon|jawaban)(?:nya)?\s+(?:dari\s+)?(?:(?:pihak\s+)?(?:anda|bapak|ibu|hrd|perusahaan|tim)\s+)?(?:sangat\s+|terlalu\s+|begitu\s+)?(?:lambat|lama\s+sekali|terlambat)/i,
  /\bwhy\s+(?:did|do|would|have)\s+you\b/i,
  /\bwhy\s+you\s+(?:chose|choose|picked|pick|scheduled|set)\b/i,
  /\byour\s+(?:fault|mistake|error)\b/i,
  /\byou\s+should\s+have\b/i,
  /\byou\s+(?:forgot|failed\s+to)\b/i,
  /\bunprofessional\b/i,
  /\bdisorgani[sz]ed\b/i,
  /\bwast(?:e|ed|ing)\s+(?:of\s+)?my\s+time\b/i,
  /\bridiculous\b/i,
  /\b(?:disappointed|frustrated)\s+(?:in|with|by)\s+(?:you|your|the\s+company|the\s+process)\b/i,
  /\b(?:your|the\s+company'?s)\s+(?:poor|bad)\s+(?:planning|communication|organi[sz]ation)\b/i,
  /\bat\s+such\s+short\s+notice\s+from\s+you\b/i,
  /\byou\s+(?:were|are|have\s+been)\s+(?:so\s+|very\s+|too\s+)?(?:slow|late)\s+(?:to|in)\s+(?:reply|replying|respond|responding|get(?:ting)?\s+back)/i,
  /\btook\s+(?:you\s+)?(?:so|too)\s+long\s+to\s+(?:reply|respond|get\s+back)/i,
]

export function findBlame(text: string): string | undefined {
  for (const pattern of BLAME) {
    const match = pattern.exec(text)
    if (match) return match[0]
  }
  return undefined
}

const THANKS =
  /terima\s*kasih|berterima\s+kasih|menghargai|apresiasi|\bthank|\bgrateful\b|\bappreciate|\bgratitude\b/i

export const hasThanks = (text: string): boolean => THANKS.test(text)

/** Words that give or describe a cause; a sentence that carries one is part of the reason. */
const CAUSE =
  /\b(?:karena|dikarenakan|disebabkan|sebab|akibat|sakit|dirawat|dokter|rumah sakit|darurat|kendala|because|due to|owing to|as I|unwell|ill|hospital|doctor|emergency)\b/i
/** DOMAIN.md: "one short sentence" — past this many words in reason sentences, it runs long. */
export const REASON_WORDS = 30

const MONTHS =
  'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december'
/** A sentence naming a date is about the interview itself (the purpose), not its reason. */
const DATED = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS})\\b`, 'i')

/** The words spent on giving a cause: the reason as written, wherever it is in the body. */
export function reasonWords(text: string): number {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => sentence.trim() !== '')
  return sentences
    .filter((sentence) => CAUSE.test(sentence) && !DATED.test(sentence))
    .reduce((sum, sentence) => sum + sentence.split(/\s+/).filter(Boolean).length, 0)
}

/** Everyday words of each language that the other does not use, to tell which one a short text is in. */
const LANGUAGE_WORDS: Record<Language, RegExp> = {
  id: /\b(?:yang|dan|di|ke|dari|ada|saya|tidak|dengan|untuk|karena|hari|sama|ini|itu|akan|sudah|belum|harus|bisa|sedang|jadwal|ujian|acara|keluarga)\b/gi,
  en: /\b(?:the|and|is|are|am|was|at|on|with|for|to|my|have|has|of|that|this|will|can|day|same|exam|because)\b/gi,
}

/**
 * The language a short text (a reason's detail) is written in, when its words say so clearly: at least two
 * everyday words of one language and none of the other. "ada ujian sertifikasi di hari yang sama" is
 * Indonesian; a name or a single word says nothing.
 */
export function writtenIn(text: string): Language | undefined {
  const count = (language: Language) => text.match(LANGUAGE_WORDS[language])?.length ?? 0
  const [id, en] = [count('id'), count('en')]
  if (id >= 2 && en === 0) return 'id'
  if (en >= 2 && id === 0) return 'en'
  return undefined
}
