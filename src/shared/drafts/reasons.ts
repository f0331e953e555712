import type { Language } from '../model/settings'
import type { NoticeLevel } from '../schedule/notice'
import type { Reason, ReasonCategory } from './types'

/**
 * One short, honest sentence per reason, without private detail or blame (DOMAIN.md, Acceptable reasons).
 * `past` is for an apology after a missed interview; reasons an apology never offers have none.
 */
type Tense = 'now' | 'past' | 'brief'
interface ReasonPhrases extends Partial<Record<Tense, string>> {
  now: string
  /** Where a typed clause is the cause ("… berhalangan karena ada wawancara lain"): the sentence it follows. */
  cause?: Partial<Record<Tense, string>>
  /** Where a typed thing is what the reason was ("… bertabrakan dengan rapat direksi"): the words before it. */
  thing?: Partial<Record<Tense, string>>
}

const REASONS: Record<Language, Record<ReasonCategory, ReasonPhrases>> = {
  id: {
    // Not shortened to "Saya sedang sakit." in calls and chats: alone, it read as a clipped template between
    // the purpose and the apology (review 25).
    illness: { now: 'Saya sedang sakit dan perlu beristirahat', past: 'Saat itu saya sedang sakit' },
    'family-emergency': {
      now: 'Ada keadaan darurat dalam keluarga yang perlu saya tangani',
      brief: 'Ada keadaan darurat dalam keluarga',
      past: 'Saat itu ada keadaan darurat dalam keluarga saya',
    },
    'schedule-conflict': {
      // Not "yang tidak dapat saya ubah": after a refusal the candidate offers to rearrange it (review 24).
      now: 'Pada waktu tersebut saya sudah memiliki agenda lain yang terjadwal',
      // Said or chatted without a detail: a bare "bertabrakan" has nothing to clash with (review 20).
      brief: 'Pada jam itu saya berhalangan',
      // A clash is known ahead: the apology owns the mix-up rather than blaming the clash (review 29).
      past: 'Jadwal saya bentrok karena kekeliruan saya sendiri',
      // The other commitment is the clash itself: a clause says why the candidate cannot come, not why the
      // schedule cannot change; a thing named is what the time clashes with (review 12).
      cause: {
        now: 'Pada waktu tersebut saya berhalangan',
        brief: 'Pada jam itu saya berhalangan',
        past: 'Saat itu saya berhalangan',
      },
      thing: {
        brief: 'Pada jam itu jadwal saya bertabrakan dengan',
        past: 'Saat itu jadwal saya bertabrakan dengan',
      },
    },
    'other-offer': {
      now: 'Saya telah menerima tawaran kerja dari perusahaan lain',
      brief: 'Saya sudah menerima tawaran dari perusahaan lain',
    },
    unforeseen: {
      now: 'Saya menghadapi kendala yang tidak terduga pada waktu tersebut',
      brief: 'Saya menghadapi kendala yang tidak terduga',
      past: 'Saat itu saya mengalami kendala yang tidak terduga',
    },
    personal: {
      now: 'Ada keperluan pribadi yang tidak dapat saya tinggalkan',
      brief: 'Ada keperluan pribadi pada jam itu',
      past: 'Saat itu ada keperluan pribadi yang mendesak',
    },
    'not-a-fit': {
      now: 'Setelah mempertimbangkan kembali, saya menilai posisi ini kurang sesuai dengan arah karier saya',
      brief: 'Posisi ini kurang sesuai dengan arah karier saya',
    },
    preparation: {
      now: 'Saya memerlukan sedikit waktu lagi untuk mempersiapkan diri dengan baik',
      brief: 'Saya perlu waktu lagi untuk bersiap',
    },
  },
  en: {
    illness: { now: 'I am unwell and need to rest', brief: 'I am unwell', past: 'I was unwell at the time' },
    'family-emergency': {
      now: 'A family emergency needs my attention',
      past: 'I had to deal with a family emergency at the time',
    },
    'schedule-conflict': {
      now: 'Unfortunately, I have a prior commitment at that time',
      brief: 'I have another commitment at that time',
      // Not "unavoidable": that overstates the reason chosen, and a clash was known ahead (review 29).
      past: 'I had mistakenly double-booked that time with another commitment',
      // A typed clause says why the candidate cannot come: "…, as I have an exam that morning", not a
      // commitment glued to a second "I have" with a colon (review 20).
      cause: {
        now: 'Unfortunately, I am unable to attend at that time',
        brief: 'I cannot attend then',
        past: 'I could not attend',
      },
    },
    'other-offer': {
      now: 'I have accepted an offer from another company',
      brief: 'I have accepted another offer',
    },
    unforeseen: {
      now: 'An unforeseen problem has come up',
      past: 'Something unexpected came up that prevented me from attending',
    },
    personal: {
      now: 'A personal matter needs my attention at that time',
      brief: 'A personal matter needs my attention',
      past: 'A personal matter kept me away at the time',
    },
    'not-a-fit': {
      now: 'On reflection, the role does not match the direction I want to take in my career',
      brief: 'The role does not match my career direction',
    },
    preparation: {
      now: 'I would like a little more time to prepare properly',
      brief: 'I need more time to prepare',
    },
  },
}

/** Reasons that leave the candidate still interested: a cancellation then offers another time. */
export const STILL_INTERESTED: readonly ReasonCategory[] = [
  'illness',
  'family-emergency',
  'schedule-conflict',
  'unforeseen',
  'personal',
  'preparation',
]

/**
 * Reasons whose detail is private (health, family, personal matters): DOMAIN.md asks for one short sentence
 * with no private detail, so a detail the user typed for them is left out (and the composer says so).
 */
export const PRIVATE_REASONS: readonly ReasonCategory[] = ['illness', 'family-emergency', 'personal']

/** The user's detail, trimmed, without its closing punctuation ("banjir." → "banjir"). */
export const cleanDetail = (detail: string | undefined): string =>
  detail?.trim().replace(/[.!?。;:,\s]+$/u, '') ?? ''

/**
 * The reason as one sentence ending in a single full stop. Where the detail is the reason itself (a clash,
 * a transport problem, another offer…) it is folded into the sentence ("…, yaitu banjir di jalan tol." /
 * "…: the toll road is flooded."); a private detail is never printed, and `withDetail: false` (a voicemail)
 * leaves any detail out. No reason → no sentence: the message never invents a cause.
 */
export function reasonSentence(
  reason: Reason | undefined,
  language: Language,
  tense: Tense = 'now',
  withDetail = true,
): string | undefined {
  if (!reason) return undefined
  const phrases = REASONS[language][reason.category]
  const base = (tense === 'now' ? undefined : phrases[tense]) ?? phrases.now
  const detail = withDetail && !PRIVATE_REASONS.includes(reason.category) ? cleanDetail(reason.detail) : ''
  if (!detail) return `${base}.`
  // An unforeseen problem is best told by the problem itself ("Jalan menuju kantor tertutup banjir,
  // sehingga …"): no "kendala …, yaitu" glue, no colon that cannot be read aloud.
  if (reason.category === 'unforeseen' && tense !== 'past') {
    const told = `${detail.charAt(0).toUpperCase()}${detail.slice(1)}`
    return language === 'id'
      ? `${told}, sehingga saya tidak dapat hadir sesuai jadwal.`
      : `${told}, so I cannot attend as planned.`
  }
  if (language === 'en') {
    const clause = CLAUSE_START_EN.exec(detail)
    const cause = phrases.cause?.[tense] ?? phrases.cause?.now
    return clause && cause ? `${cause}, as ${detail.slice(clause[0].length)}.` : `${base}: ${detail}.`
  }
  // A detail typed as a clause ("ada wawancara lain yang sudah terjadwal") gives the cause: "karena"; a
  // thing named ("rapat direksi") is what the reason was: "yaitu".
  const clause = CLAUSE_START.exec(detail)
  // No comma before a "karena" that follows its main clause.
  if (clause) return `${phrases.cause?.[tense] ?? base} karena ${detail.slice(clause[0].length)}.`
  const thing = phrases.thing?.[tense]
  return thing ? `${thing} ${detail}.` : `${base}, yaitu ${detail}.`
}

/** How an English clause starts ("I have …", "my sister's …", "there is …"); a leading "because" is taken off. */
const CLAUSE_START_EN = /^(?:(?:because|as|since)\s+|(?=(?:I|my|there|we|our)\b))/i

/** How an Indonesian clause starts (a leading "karena"/"sebab" is taken off, as the sentence adds its own). */
const CLAUSE_START =
  /^(?:(?:karena|sebab)\s+|(?=(?:ada|saya|sedang|harus|sudah|masih|akan|tiba-tiba|ternyata|baru|belum)\b))/i

/**
 * An apology scaled to the notice the company gets (DOMAIN.md: short or late notice → apologise explicitly).
 * `brief` is for a call or a chat, which say the same in fewer words.
 */
export function noticeApology(notice: NoticeLevel, language: Language, brief = false): string {
  const texts = {
    id: {
      ample: [
        'Saya mohon maaf atas ketidaknyamanan yang ditimbulkan.',
        'Mohon maaf atas ketidaknyamanannya.',
      ],
      short: [
        'Saya mohon maaf atas pemberitahuan yang mendadak ini.',
        'Mohon maaf atas pemberitahuan yang mendadak ini.',
      ],
      late: [
        'Saya mohon maaf yang sebesar-besarnya atas pemberitahuan yang sangat mendadak ini.',
        'Mohon maaf yang sebesar-besarnya atas pemberitahuan yang sangat mendadak ini.',
      ],
    },
    en: {
      ample: ['I apologise for any inconvenience this may cause.', 'I apologise for any inconvenience.'],
      short: [
        'I apologise for the short notice and for any inconvenience it causes.',
        'I apologise for the short notice.',
      ],
      late: [
        'I am very sorry for the late notice and for any inconvenience this causes.',
        'I am very sorry for the late notice.',
      ],
    },
  }
  const level = notice === 'past' ? 'late' : notice
  return texts[language][level][brief ? 1 : 0]!
}
