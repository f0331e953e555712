import { describe, expect, it } from 'vitest'
import { MOMENTS, sampleAlternatives, sampleInterview } from '../../helpers/draftSamples'
import { phoneOf, reviewDraft, voicemailOf } from '../../helpers/reviewDrafts'
import { DRAFT_KINDS } from '../../../src/shared/drafts/types'
import type { ReasonCategory } from '../../../src/shared/drafts/types'

const REASONS: ReasonCategory[] = ['schedule-conflict', 'other-offer', 'not-a-fit']

describe('the ninth HR review: how a decline keeps the door open', () => {
  it('no "semoga lain waktu kita dapat bekerja sama" on a call or in WhatsApp; a wish to be considered instead', () => {
    for (const category of REASONS) {
      const notFit = category === 'not-a-fit'
      const { script } = phoneOf({ kind: 'decline', reason: { category } })
      expect(script, category).toContain(
        notFit
          ? 'Saya berharap dapat dipertimbangkan untuk posisi lain.'
          : // A hope for later, not a request for another opening now (review 16).
            'Semoga di kemudian hari saya dapat dipertimbangkan kembali bila ada lowongan lain.',
      )
      const whatsapp = reviewDraft({ kind: 'decline', channel: 'whatsapp', reason: { category } }).body
      // The company is named in the message's first line; "lowongan", as the thanks speaks of the "kesempatan".
      expect(whatsapp, category).toContain(
        notFit
          ? 'Saya berharap dapat dipertimbangkan untuk posisi lain yang lebih sesuai. Terima kasih'
          : 'Saya berharap dapat dipertimbangkan kembali bila ada lowongan lain. Terima kasih',
      )
      for (const body of [script, whatsapp]) {
        expect(body, category).not.toMatch(/kita dapat bekerja sama|lain waktu/)
        expect((body.match(/kesempatan/g) ?? []).length, body).toBeLessThanOrEqual(1)
      }
    }
  })

  it('the English call offers to be considered again, not "I hope our paths cross again"', () => {
    for (const category of REASONS) {
      const { script } = phoneOf({ kind: 'decline', language: 'en', reason: { category } })
      expect(script, category).toContain(
        category === 'not-a-fit'
          ? "I'd be glad to be considered for other roles."
          : "I'd be glad to be considered for future openings with you.",
      )
      expect(script).not.toMatch(/paths cross/)
    }
    // WhatsApp has named the company in its first line.
    const whatsapp = reviewDraft({
      kind: 'decline',
      channel: 'whatsapp',
      language: 'en',
      reason: { category: 'not-a-fit' },
    }).body
    expect(whatsapp).toContain('other roles with your company that are closer to my career goals')
    expect(whatsapp.match(/Nusantara/g)).toHaveLength(1)
  })

  it('the email asks whether HR "berkenan" keep the CV, and a role that does not fit is a "posisi"', () => {
    const email = reviewDraft({ kind: 'decline', reason: { category: 'not-a-fit' } }).body
    expect(email).toContain('saya menilai posisi ini kurang sesuai dengan arah karier saya')
    expect(email).toContain('Apabila Ibu berkenan menyimpan data saya')
    expect(email).not.toMatch(/\bperan\b|ingin menyimpan/)
    const whatsapp = reviewDraft({ kind: 'decline', channel: 'whatsapp', reason: { category: 'not-a-fit' } })
    expect(whatsapp.body).toContain('Posisi ini kurang sesuai dengan arah karier saya.')
  })

  it('a voicemail that names the day without the hour does not say "pada jam itu"', () => {
    const today = voicemailOf({
      kind: 'decline',
      now: MOMENTS.late,
      reason: { category: 'schedule-conflict' },
    })
    expect(today).toContain('wawancara hari ini dan mengundurkan diri dari proses seleksi. Saya berhalangan.')
    const monday = voicemailOf({ kind: 'decline', reason: { category: 'schedule-conflict' } })
    expect(monday).toContain('hari Senin pukul sepuluh pagi')
    expect(monday).toContain('Pada jam itu saya berhalangan.')
    for (const kind of DRAFT_KINDS)
      for (const now of [MOMENTS.ample, MOMENTS.short, MOMENTS.late])
        for (const category of ['schedule-conflict', 'personal'] as const) {
          const said = voicemailOf({ kind, now, reason: { category }, alternatives: sampleAlternatives })
          if (/jam itu/.test(said)) expect(said, `${kind} ${category}`).toMatch(/pukul/)
        }
  })

  it('the last read of every draft: no "and … and", no "hal itu" after a call, a question with nothing to choose', () => {
    const chased = sampleInterview({
      reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' },
    })
    const chase = (language: 'id' | 'en', channel: 'email' | 'phone') =>
      reviewDraft({ kind: 'chase', interview: chased, language, channel }).body
    expect(chase('en', 'email')).toContain(
      'Please let me know a time that suits you. I will arrange my schedule around it and confirm the details as soon as we have a date.',
    )
    expect(chase('id', 'email')).toContain(
      'Mohon kiranya Ibu dapat menginformasikan waktu yang sesuai. Saya akan dengan senang hati menyesuaikan jadwal dan segera mengonfirmasi kehadiran saya melalui email.',
    )
    expect(chase('en', 'phone')).toContain(
      "What time would suit you for the new interview? I'm happy to work around your schedule.",
    )
    expect(chase('id', 'phone')).toContain(
      'Kapan waktu wawancara pengganti yang sesuai untuk Ibu? Saya bersedia menyesuaikan.',
    )
    const apology = reviewDraft({ kind: 'apology', now: MOMENTS.after, reason: { category: 'illness' } }).body
    expect(apology).toContain('Namun, saya memahami sepenuhnya jika wawancara susulan tidak memungkinkan.')
    const apologyEn = reviewDraft({
      kind: 'apology',
      language: 'en',
      now: MOMENTS.after,
      reason: { category: 'illness' },
    }).body
    expect(apologyEn).toContain(
      'interviewed at another time. I will make myself available whenever suits you',
    )
    // "today, Monday, …" is an aside: a comma closes it before "and to withdraw".
    for (const channel of ['email', 'whatsapp'] as const) {
      const decline = reviewDraft({ kind: 'decline', language: 'en', channel, now: MOMENTS.late }).body
      expect(decline, channel).toMatch(/today, Monday, .*\(WIB\), and to withdraw my application/)
    }
  })
})

describe('a typed detail joins the reason as a cause or as the thing named', () => {
  const reasonOf = (detail: string) =>
    reviewDraft({ kind: 'cancel', reason: { category: 'schedule-conflict', detail } }).body
  it('a clause is the cause ("karena", no comma before it), a named thing is the reason ("yaitu")', () => {
    expect(reasonOf('ada wawancara lain yang sudah terjadwal lebih dulu')).toContain(
      'Pada waktu tersebut saya berhalangan karena ada wawancara lain yang sudah terjadwal lebih dulu.',
    )
    // A detail typed with its own "karena" does not say it twice.
    expect(reasonOf('karena harus mendampingi orang tua ke bandara.')).toContain(
      'saya berhalangan karena harus mendampingi orang tua ke bandara.',
    )
    expect(reasonOf('rapat direksi')).toContain('agenda lain yang terjadwal, yaitu rapat direksi.')
    // On a call the clash names what it clashes with; a clause says why the candidate cannot come.
    const call = (detail: string) =>
      phoneOf({ kind: 'cancel', reason: { category: 'schedule-conflict', detail } }).script
    expect(call('rapat direksi')).toContain('Pada jam itu jadwal saya bertabrakan dengan rapat direksi.')
    expect(call('ada wawancara lain')).toContain('Pada jam itu saya berhalangan karena ada wawancara lain.')
    expect(call('rapat direksi')).not.toMatch(/yaitu/)
    const english = reviewDraft({
      kind: 'cancel',
      language: 'en',
      reason: { category: 'schedule-conflict', detail: 'a board meeting' },
    }).body
    expect(english).toContain(': a board meeting.')
  })
})
