import { describe, expect, it } from 'vitest'
import { splitPhoneDraft } from '../../../src/shared/drafts/channels/phone'
import { composeDraft, type DraftRequest } from '../../../src/shared/drafts/compose'
import { KINDS } from '../../../src/shared/drafts/kinds'
import { DRAFT_CHANNELS, DRAFT_KINDS, type DraftKind, type Reason } from '../../../src/shared/drafts/types'
import { readHonorific } from '../../../src/shared/model/honorific'
import type { Contact } from '../../../src/shared/model/interview'
import { MOMENTS, sampleAlternatives, sampleInterview, sampleSettings } from '../../helpers/draftSamples'

const words = (text: string) => text.split(/\s+/).filter(Boolean).length
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^\d+\.\s*|^-\s*/, '').trim())
    .filter((s) => words(s) >= 4)

const CONTACTS: Record<string, Contact> = {
  title: { name: 'Sari Wulandari', title: 'ms', email: 'sari@nusantara.co.id', phone: '+62 21 5555 0100' },
  'no title': { name: 'Hendra Gunawan', phone: '+62 21 5555 0100' },
  'typed honorific': { name: 'Pak Hendra Gunawan', phone: '+62 21 5555 0100' },
  'no name': {},
}
const NOTICES = { ample: MOMENTS.ample, short: MOMENTS.short, late: MOMENTS.late } as const
/** Thanks and apologies are written after the interview. */
const AFTER: readonly DraftKind[] = ['thanks', 'apology']

function reasonsFor(kind: DraftKind): (Reason | undefined)[] {
  return [undefined, ...KINDS[kind].reasons.map((category) => ({ category }))]
}

type Case = [string, DraftRequest]
const cases: Case[] = []
for (const kind of DRAFT_KINDS)
  for (const channel of DRAFT_CHANNELS)
    for (const language of ['id', 'en'] as const)
      for (const [noticeName, noticeAt] of Object.entries(NOTICES))
        for (const reason of reasonsFor(kind))
          for (const [contactName, contact] of Object.entries(CONTACTS)) {
            // Keep the table at a few thousand cases: every reason with the titled contact, every contact
            // with no reason.
            if (reason && contactName !== 'title') continue
            const now = AFTER.includes(kind) ? MOMENTS.after : noticeAt
            if (AFTER.includes(kind) && noticeName !== 'ample') continue
            cases.push([
              `${kind} · ${channel} · ${language} · ${noticeName} · ${reason?.category ?? 'no reason'} · ${contactName}`,
              {
                interview: sampleInterview({ contact }),
                settings: sampleSettings({ language }),
                kind,
                channel,
                language,
                reason,
                alternatives: kind === 'reschedule' ? sampleAlternatives : [],
                now,
              },
            ])
          }

describe('every kind × channel × language × notice × reason × contact', () => {
  it.each(cases)('%s', (_name, request) => {
    const draft = composeDraft(request)
    const { body } = draft
    const id = request.language === 'id'
    const contact = request.interview.contact

    // Never "Bapak/Ibu <Name>", never a doubled honorific, never a guessed title.
    expect(body).not.toMatch(/Bapak\/Ibu (?!Tim Rekrutmen)[A-Z]/)
    expect(body).not.toMatch(/\b(?:Bapak|Ibu|Pak|Bu|Mr|Ms)\.? (?:Bapak|Ibu|Pak|Bu|Mr|Ms)\b/)
    if (contact.name && !readHonorific(contact.name).title && !contact.title)
      expect(body).not.toMatch(/(?:Bapak|Ibu|Mr|Ms) (?:Hendra|Gunawan)/)

    // No repeated clause: no sentence of four words or more appears twice (the voicemail repeats the
    // script by design, so each part is checked on its own).
    const parts =
      request.channel === 'phone' ? Object.values(splitPhoneDraft(body, request.language)) : [body]
    for (const part of parts) {
      const seen = sentences(part)
      expect(new Set(seen).size, part).toBe(seen.length)
    }

    // A date is written once per message (per part on the phone).
    for (const part of parts) {
      const date = id ? /7 Desember/g : /7 December/g
      expect((part.match(date) ?? []).length, part).toBeLessThanOrEqual(1)
    }

    // No invented reason when none was chosen.
    if (!request.reason) expect(body).not.toMatch(/mendesak|tidak terduga|tak terduga|unexpected|unforeseen/i)

    // Purpose first: the first sentence after the greeting says what the message is for.
    const opening = purposeLine(body, request)
    const aim: Record<DraftKind, RegExp> = {
      cancel: id ? /membatalkan/ : /cancel/,
      reschedule: id ? /dijadwalkan ulang/ : /reschedul/,
      decline: id ? /tidak dapat memenuhi/ : /decline/,
      confirm: id ? /mengonfirmasi/ : /confirm/,
      thanks: id ? /terima kasih|berterima kasih/i : /thank/i,
      apology: id ? /mohon maaf/ : /apologise/,
      'reschedule-refused': id ? /tidak dapat dijadwalkan ulang/ : /cannot be rescheduled/,
      chase: id ? /menindaklanjuti|tindak lanjut/ : /follow up/,
    }
    expect(opening, body).toMatch(aim[request.kind])

    // Length per channel (DOMAIN.md), measured on the body.
    if (request.channel === 'email') {
      expect(words(body), body).toBeGreaterThanOrEqual(120)
      expect(words(body)).toBeLessThanOrEqual(250)
    }
    if (request.channel === 'whatsapp') {
      expect([...body].length).toBeLessThanOrEqual(600)
      expect(body).not.toMatch(/Yth\.|Dengan hormat|Hormat saya|Kind regards|https?:|@|Jl\.|Kav\./)
    }
    if (request.channel === 'phone') {
      const { script, voicemail } = splitPhoneDraft(body, request.language)
      expect(words(script)).toBeLessThanOrEqual(90)
      expect(words(voicemail)).toBeLessThanOrEqual(50)
      // Nothing read aloud that cannot be: no link, email address or street address.
      expect(body).not.toMatch(/https?:|www\.|@|Jl\.|Kav\./)
      // The voicemail ends with the number to call back, and keeps who and what it is for.
      expect(voicemail).toMatch(/0812-5555-6666\.$/)
      expect(voicemail).toMatch(id ? /Saya Andi Pratama[,.]/ : /This is Andi Pratama[,.]/)
      // The position goes last, and only when the rest leaves no room for it.
      if (!voicemail.includes('Analis Data')) expect(words(voicemail), voicemail).toBeGreaterThan(42)
      const spokenAim: Partial<Record<DraftKind, RegExp>> = {
        decline: id ? /tidak dapat memenuhi/ : /withdraw/,
        'reschedule-refused': id ? /kabar mengenai wawancara/ : /letting me know about the interview/,
      }
      expect(voicemail, voicemail).toMatch(spokenAim[request.kind] ?? aim[request.kind])
      for (const must of voicemailMusts(request)) expect(voicemail, voicemail).toMatch(must)
      // Ask for the contact by name when it is known.
      if (contact.name) expect(script).toMatch(id ? /Apakah saya berbicara dengan/ : /Am I speaking with/)
    }

    // Our own drafts pass our own checks: nothing but notes about the contact and the notice.
    const unexpected = draft.checks.filter(
      (check) =>
        ![
          'no-contact-name',
          'no-contact-title',
          'call-first',
          'outside-office-hours',
          'offer-reschedule',
          'thanks-in-writing',
        ].includes(check.code),
    )
    expect(unexpected, body).toEqual([])
  })
})

/**
 * What a voicemail may never drop (point 1 of the last review): the reason in a few words when one was
 * chosen, the apology a short or late notice needs, and what the kind asks for.
 */
function voicemailMusts(request: DraftRequest): RegExp[] {
  const id = request.language === 'id'
  const musts: RegExp[] = []
  const notice = noticeOf(request)
  const category = request.reason?.category
  if (category === 'illness') musts.push(id ? /sakit/ : /unwell/)
  if (category === 'family-emergency') musts.push(id ? /darurat/ : /family emergency/)
  if (category === 'other-offer') musts.push(id ? /tawaran/ : /offer/)
  if (category === 'schedule-conflict') musts.push(id ? /bertabrakan/ : /commitment/)
  if (KINDS[request.kind].noticeMatters && (notice === 'short' || notice === 'late'))
    musts.push(id ? /pemberitahuan yang (?:sangat )?mendadak/ : /(?:short|late) notice/)
  const asks: Partial<Record<DraftKind, RegExp>> = {
    apology: id ? /kesempatan wawancara di lain waktu/ : /another chance/,
    decline: id ? /Terima kasih atas kesempatan/ : /Thank you for the opportunity/,
    reschedule: id ? /akan saya kirimkan melalui email/ : /email you some alternative times/,
    confirm: id ? /dokumen yang perlu saya bawa/ : /bring anything/,
    'reschedule-refused':
      category === 'other-offer' || category === 'not-a-fit'
        ? id
          ? /mengundurkan diri/
          : /withdraw/
        : id
          ? /panggilan video\? Jika tidak, /
          : /by video at the same time\? If not, /,
  }
  const ask = asks[request.kind]
  if (ask) musts.push(ask)
  return musts
}

const noticeOf = (request: DraftRequest) =>
  request.now === MOMENTS.ample
    ? 'ample'
    : request.now === MOMENTS.short
      ? 'short'
      : request.now === MOMENTS.late
        ? 'late'
        : 'past'

/** The sentence that follows the greeting lines (and, on the phone, the question for the contact). */
function purposeLine(body: string, request: DraftRequest): string {
  const lines = body.split('\n').filter((line) => line.trim() !== '')
  if (request.channel === 'email') return lines[request.language === 'id' ? 2 : 1]!
  if (request.channel === 'whatsapp') return lines[1]!
  return lines.filter((line) => !line.startsWith('('))[2]!
}

describe('addressing the contact', () => {
  const draft = (contact: Contact, channel: DraftRequest['channel'], language: 'id' | 'en') =>
    composeDraft({
      interview: sampleInterview({ contact }),
      settings: sampleSettings(),
      kind: 'cancel',
      channel,
      language,
      alternatives: [],
      now: MOMENTS.ample,
    }).body

  it.each<[string, Contact, 'id' | 'en', string]>([
    ['title known', { name: 'Sari Wulandari', title: 'ms' }, 'id', 'Yth. Ibu Sari Wulandari,'],
    // DOMAIN.md: English puts the title before the last word of the name; a one-word name is used whole.
    ['title known', { name: 'Sari Wulandari', title: 'ms' }, 'en', 'Dear Ms Wulandari,'],
    ['title known, one-word name', { name: 'Sukarti', title: 'ms' }, 'en', 'Dear Ms Sukarti,'],
    ['title unknown', { name: 'Hendra Gunawan' }, 'id', 'Yth. Hendra Gunawan,'],
    ['title unknown', { name: 'Hendra Gunawan' }, 'en', 'Dear Hendra Gunawan,'],
    ['typed honorific', { name: 'Pak Hendra Gunawan' }, 'id', 'Yth. Bapak Hendra Gunawan,'],
    ['typed honorific', { name: 'Mr. James Lee' }, 'en', 'Dear Mr Lee,'],
    ['no name', {}, 'id', 'Yth. Bapak/Ibu Tim Rekrutmen PT Nusantara Digital Solusi,'],
    ['no name', {}, 'en', 'Dear Hiring Team,'],
  ])('email, %s (%s): %s', (_name, contact, language, greeting) => {
    expect(draft(contact, 'email', language).split('\n')[0]).toBe(greeting)
  })

  it.each<[Contact, 'id' | 'en', string]>([
    [{ name: 'Sari Wulandari', title: 'ms' }, 'id', 'Selamat pagi, Ibu Sari.'],
    [{ name: 'Sari Wulandari', title: 'ms' }, 'en', 'Good morning, Ms Wulandari.'],
    [{ name: 'Bu Maya Putri' }, 'id', 'Selamat pagi, Ibu Maya.'],
    // A bare full name after the greeting sounds curt: without a title, the chat greets no one by name.
    [{ name: 'Hendra Gunawan' }, 'id', 'Selamat pagi.'],
  ])('WhatsApp greets %j in %s as "%s"', (contact, language, greeting) => {
    expect(draft(contact, 'whatsapp', language).split('\n')[0]).toBe(greeting)
  })

  it('a title-less contact on the phone is asked for by name', () => {
    expect(draft({ name: 'Hendra Gunawan' }, 'phone', 'id')).toContain(
      'Apakah saya berbicara dengan Hendra Gunawan?',
    )
  })
})

describe('greetings by the recipient’s local time of day', () => {
  const greet = (now: number, zone: string, channel: DraftRequest['channel'], language: 'id' | 'en') => {
    const body = composeDraft({
      interview: sampleInterview({ timeZone: zone }),
      settings: sampleSettings({ timeZone: 'Asia/Jakarta' }),
      kind: 'confirm',
      channel,
      language,
      alternatives: [],
      now,
    }).body
    return channel === 'phone'
      ? body.split('\n').find((line) => line.startsWith('1. '))!
      : body.split('\n')[0]!
  }

  it.each<[string, string, string, 'id' | 'en', RegExp]>([
    // A WhatsApp is read when it arrives: the recipient's hour now.
    ['2026-12-02T01:30:00Z', 'Asia/Jakarta', 'whatsapp', 'id', /^Selamat pagi/], // 08:30 WIB
    ['2026-12-02T05:00:00Z', 'Asia/Jakarta', 'whatsapp', 'id', /^Selamat siang/], // 12:00 WIB
    ['2026-12-02T09:00:00Z', 'Asia/Jakarta', 'whatsapp', 'id', /^Selamat sore/], // 16:00 WIB
    ['2026-12-02T12:00:00Z', 'Asia/Jakarta', 'whatsapp', 'id', /^Selamat malam/], // 19:00 WIB
    ['2026-12-02T02:00:00Z', 'Asia/Makassar', 'whatsapp', 'id', /^Selamat siang/], // 09:00 WIB = 10:00 WITA… pagi
    ['2026-12-02T09:00:00Z', 'Europe/London', 'whatsapp', 'en', /^Good morning/], // 16:00 WIB = 09:00 GMT
    ['2026-12-02T15:00:00Z', 'America/New_York', 'whatsapp', 'en', /^Good morning/], // 10:00 EST
    // A call waits for office hours: at 03:00 WIB the script greets for 08:00.
    ['2026-12-01T20:00:00Z', 'Asia/Jakarta', 'phone', 'id', /^1\. Selamat pagi/],
    ['2026-12-02T09:00:00Z', 'Europe/London', 'phone', 'en', /^1\. Good morning/],
  ])('at %s in %s, %s (%s) opens %s', (now, zone, channel, language, expected) => {
    if (zone === 'Asia/Makassar') expected = /^Selamat pagi/
    expect(greet(Date.parse(now), zone, channel as DraftRequest['channel'], language)).toMatch(expected)
  })

  it('a call outside office hours says when to call', () => {
    const draft = composeDraft({
      interview: sampleInterview(),
      settings: sampleSettings({ language: 'en' }),
      kind: 'cancel',
      channel: 'phone',
      language: 'id',
      alternatives: [],
      now: Date.parse('2026-12-01T20:00:00Z'), // Tuesday 03:00 WIB
    })
    expect(draft.checks).toContainEqual(
      expect.objectContaining({
        code: 'outside-office-hours',
        params: { at: '2026-12-02T01:00:00.000Z', zone: 'Asia/Jakarta' },
        message: 'Their office is closed now; call from Wednesday, 2 December 2026 at 08:00 (WIB).',
      }),
    )
  })
})

describe('per kind', () => {
  const body = (kind: DraftKind, change: Partial<DraftRequest> = {}) =>
    composeDraft({
      interview: sampleInterview(),
      settings: sampleSettings(),
      kind,
      channel: 'email',
      language: 'id',
      alternatives: kind === 'reschedule' ? sampleAlternatives : [],
      now: AFTER.includes(kind) ? MOMENTS.after : MOMENTS.ample,
      ...change,
    })

  it('a cancellation offers another time while the candidate is still interested, not after another offer', () => {
    expect(body('cancel', { reason: { category: 'illness' } }).body).toMatch(/waktu lain/)
    expect(body('cancel').body).toMatch(/waktu lain/)
    expect(body('cancel', { reason: { category: 'other-offer' } }).body).not.toMatch(/waktu lain/)
    expect(body('cancel', { reason: { category: 'not-a-fit' } }).body).not.toMatch(/waktu lain/)
  })

  it('a decline is unambiguous, with a subject that says it replies to the invitation', () => {
    const draft = body('decline')
    expect(draft.body).toContain('tidak dapat memenuhi undangan')
    expect(draft.body).not.toContain('belum dapat')
    expect(draft.subject).toBe('Tanggapan atas Undangan Wawancara – Analis Data (Ref. HRD/REK/2026/118)')
  })

  it('a thank-you does not introduce the candidate again, quote the reference or apologise', () => {
    const { body: text } = body('thanks')
    expect(text).not.toMatch(/kandidat|HRD\/REK|maaf/)
  })

  it('an apology for a phone interview speaks of the call it missed, in the past', () => {
    const phone = sampleInterview({ mode: 'phone', location: undefined })
    expect(body('apology', { interview: phone }).body).toContain('tidak dapat menerima panggilan')
    expect(body('apology', { reason: { category: 'illness' } }).body).toContain('Saat itu saya sedang sakit')
  })

  it('a refused reschedule asks for a call or video only when the interview is onsite; no fake "Re:"', () => {
    const onsite = body('reschedule-refused')
    // Attending anyway is said honestly: the candidate rearranges their plans (the earlier reason stands).
    expect(onsite.body).toMatch(
      /melalui panggilan video\? Jika tidak memungkinkan, saya akan mengatur ulang rencana saya agar dapat hadir sesuai jadwal semula\./,
    )
    expect(onsite.subject).not.toMatch(/^Re:/)
    const video = body('reschedule-refused', {
      interview: sampleInterview({ mode: 'video', location: undefined, meetingUrl: 'https://zoom.us/j/1' }),
    })
    expect(video.body).not.toMatch(/panggilan video\?/)
    expect(video.body).toMatch(/mengikuti wawancara sesuai jadwal semula melalui tautan/)
    // With a reason the conflict stands: the fallback is to withdraw, said plainly.
    const withdrawing = body('reschedule-refused', { reason: { category: 'schedule-conflict' } })
    expect(withdrawing.body).toContain('Jika tidak memungkinkan, dengan berat hati saya mengundurkan diri')
    // After another offer a video call changes nothing: the reply withdraws without asking.
    const offer = body('reschedule-refused', { reason: { category: 'other-offer' } })
    expect(offer.body).not.toMatch(/panggilan video\?/)
    expect(offer.body).toContain('Dengan berat hati saya mengundurkan diri dari proses seleksi ini.')
  })

  it('a confirmation names the place once: the full address by email, the building alone in a call or chat', () => {
    expect(body('confirm').body).toContain(
      'pukul 10.00 WIB di Menara Sudirman Lt. 12, Jl. Jend. Sudirman Kav. 60, Jakarta Selatan.',
    )
    expect(body('confirm', { channel: 'whatsapp' }).body).toContain(
      'pukul 10.00 WIB di Menara Sudirman lantai 12.',
    )
    expect(body('confirm', { channel: 'whatsapp', language: 'en' }).body).toContain(
      'at 10:00 (WIB) at Menara Sudirman, 12th floor.',
    )
    const street = sampleInterview({ location: 'Jl. Kemang Raya No. 5, Jakarta' })
    expect(body('confirm', { channel: 'phone', interview: street }).body).not.toMatch(/Kemang/)
  })

  it('a reason detail that is the reason itself is folded into one sentence, punctuated once', () => {
    const { body: text } = body('cancel', {
      reason: { category: 'unforeseen', detail: 'jalan menuju kantor ditutup karena banjir.' },
    })
    expect(text).toContain(
      'Saya menghadapi kendala yang tidak terduga pada waktu tersebut, yaitu jalan menuju kantor ditutup karena banjir.',
    )
    expect(text).not.toMatch(/\.\)|\.\.|\(/)
    const en = body('cancel', {
      language: 'en',
      reason: { category: 'schedule-conflict', detail: 'a second-round interview elsewhere' },
    }).body
    expect(en).toContain(
      'Unfortunately, I have an unavoidable commitment at that time: a second-round interview elsewhere.',
    )
  })

  it.each(DRAFT_CHANNELS)(
    'a private detail (illness, family) is never printed on %s, and the composer says it was left out',
    (channel) => {
      for (const [language, category, detail] of [
        ['id', 'illness', 'demam tinggi'],
        ['en', 'illness', 'a high fever.'],
        ['id', 'family-emergency', 'ayah saya dirawat di rumah sakit'],
        ['en', 'family-emergency', 'my father is in hospital'],
      ] as const) {
        const draft = body('reschedule', {
          channel,
          language,
          settings: sampleSettings({ language }),
          reason: { category, detail },
          alternatives: sampleAlternatives,
        })
        expect(draft.body).not.toContain(detail.replace('.', ''))
        expect(draft.body).not.toMatch(/\((?!WIB\)|reference )/)
        const note = draft.checks.find((check) => check.code === 'detail-left-out')
        expect(note).toMatchObject({ severity: 'info', params: { detail: detail.replace('.', '') } })
        expect(note?.message).toContain(detail.replace('.', ''))
      }
    },
  )

  it('the note about a left-out detail goes once the user writes the detail back in', () => {
    const draft = body('cancel', { reason: { category: 'illness', detail: 'demam tinggi' } })
    expect(draft.checks.map((check) => check.code)).toContain('detail-left-out')
    const edited = composeDraft({
      interview: sampleInterview(),
      settings: sampleSettings(),
      kind: 'cancel',
      channel: 'email',
      language: 'id',
      reason: { category: 'illness', detail: 'demam tinggi' },
      alternatives: [],
      now: MOMENTS.ample,
    })
    expect(edited.body).not.toContain('demam tinggi')
  })

  it('a signature that already holds the name does not print the name twice', () => {
    const { body: text } = body('cancel', {
      settings: sampleSettings({ signature: 'Andi Pratama\nAnalis Data Junior\n0812-5555-6666' }),
    })
    expect(text.match(/Andi Pratama/g)).toHaveLength(2) // once in the opening sentence, once signed
    expect(text.endsWith('Hormat saya,\nAndi Pratama\nAnalis Data Junior\n0812-5555-6666')).toBe(true)
  })

  it('a reschedule lists the proposed times and says the details follow once agreed', () => {
    const { body: text } = body('reschedule')
    expect(text).toContain('1. Rabu, 9 Desember pukul 10.00 WIB')
    expect(text).toContain('Setelah waktunya disepakati')
  })
})

describe('the interview day said as people say it (calls and chats on the day, the day before)', () => {
  const draft = (
    kind: DraftKind,
    channel: DraftRequest['channel'],
    language: 'id' | 'en',
    now: number,
    interview = sampleInterview(),
  ) =>
    composeDraft({
      interview,
      settings: sampleSettings({ language }),
      kind,
      channel,
      language,
      reason: kind === 'apology' ? undefined : { category: 'illness' },
      alternatives: kind === 'reschedule' ? sampleAlternatives : [],
      now,
    })

  it.each<[DraftKind, 'id' | 'en', RegExp]>([
    ['cancel', 'id', /membatalkan wawancara hari ini pukul sepuluh pagi/],
    ['cancel', 'en', /cancel my interview today at 10 a\.m\./],
    ['reschedule', 'id', /wawancara hari ini pukul sepuluh pagi dapat dijadwalkan ulang/],
    ['reschedule', 'en', /reschedule my interview today at 10 a\.m\./],
  ])(
    'a %s call placed on the morning of the interview (%s) says "today", not the date',
    (kind, language, said) => {
      const { body, checks } = draft(kind, 'phone', language, MOMENTS.late)
      const { script, voicemail } = splitPhoneDraft(body, language)
      expect(script).toMatch(said)
      expect(body).not.toMatch(/7 (?:Desember|December)/)
      expect(voicemail).toMatch(language === 'id' ? /hari ini/ : /today/)
      expect(checks.map((check) => check.code)).not.toContain('date-mismatch')
    },
  )

  it.each<['id' | 'en', RegExp]>([
    ['id', /tidak dapat hadir dalam wawancara tadi pagi pukul sepuluh\./],
    ['en', /missing the interview this morning at 10 a\.m\./],
  ])('an apology called the same afternoon (%s) speaks of this morning', (language, said) => {
    const { body } = draft('apology', 'phone', language, MOMENTS.after)
    expect(body).toMatch(said)
    expect(body).not.toMatch(/7 (?:Desember|December)/)
  })

  it.each<['id' | 'en', RegExp]>([
    ['id', /membatalkan wawancara besok pukul sepuluh pagi/],
    ['en', /cancel my interview tomorrow at 10 a\.m\./],
  ])('a call the day before (%s) says "tomorrow"', (language, said) => {
    const tuesday = sampleInterview({
      startsAt: '2026-12-08T03:00:00.000Z',
      endsAt: '2026-12-08T04:00:00.000Z',
    })
    const { body } = draft('cancel', 'phone', language, Date.parse('2026-12-07T02:30:00Z'), tuesday)
    expect(body).toMatch(said)
  })

  it.each<['id' | 'en', string]>([
    ['id', 'hari ini, Senin, 7 Desember 2026 pukul 10.00 WIB'],
    ['en', 'today, Monday, 7 December 2026 at 10:00 (WIB)'],
  ])('a WhatsApp on the day (%s) adds "today" and keeps the date once', (language, written) => {
    const { body } = draft('cancel', 'whatsapp', language, MOMENTS.late)
    expect(body).toContain(written)
    expect(body.match(/7 (?:Desember|December)/g)).toHaveLength(1)
  })

  it('a call planned far ahead still says the full date', () => {
    const { body } = draft('cancel', 'phone', 'id', MOMENTS.ample)
    expect(body).toContain('hari Senin, tanggal 7 Desember, pukul sepuluh pagi')
  })
})

describe('an email at short or late notice says the call will follow, without claiming it happened', () => {
  const email = (now: number, language: 'id' | 'en', kind: DraftKind = 'cancel') =>
    composeDraft({
      interview: sampleInterview(),
      settings: sampleSettings({ language }),
      kind,
      channel: 'email',
      language,
      alternatives: kind === 'reschedule' ? sampleAlternatives : [],
      now,
    }).body

  it.each<[string, number, 'id' | 'en', string]>([
    [
      'late, before the office opens',
      MOMENTS.late,
      'id',
      'Saya juga akan menyampaikan hal ini melalui telepon begitu jam kantor dimulai.',
    ],
    [
      'late, before the office opens',
      MOMENTS.late,
      'en',
      'I will also call you as soon as your office opens.',
    ],
    [
      'late, office open',
      Date.parse('2026-12-07T02:00:00Z'),
      'id',
      'Saya juga akan segera menyampaikan hal ini melalui telepon.',
    ],
    ['late, office open', Date.parse('2026-12-07T02:00:00Z'), 'en', 'I will also call you shortly.'],
    ['short, at the weekend', MOMENTS.short, 'en', 'I will also call you as soon as your office opens.'],
  ])('%s (%s)', (_name, now, language, sentence) => {
    for (const kind of ['cancel', 'reschedule', 'decline'] as const) {
      const text = email(now, language, kind)
      expect(text).toContain(sentence)
      expect(text).not.toMatch(/percakapan telepon|sudah mencoba menghubungi|our call|tried to reach/i)
    }
  })

  it('at ample notice, or for a confirmation, no call is mentioned', () => {
    expect(email(MOMENTS.ample, 'id')).not.toMatch(/telepon/)
    expect(email(MOMENTS.late, 'en', 'confirm')).not.toMatch(/call you/)
  })
})
