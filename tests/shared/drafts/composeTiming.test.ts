import { describe, expect, it } from 'vitest'
import { splitPhoneDraft } from '../../../src/shared/drafts/channels/phone'
import { composeDraft, type DraftRequest } from '../../../src/shared/drafts/compose'
import type { DraftKind } from '../../../src/shared/drafts/types'
import { MOMENTS, sampleAlternatives, sampleInterview, sampleSettings } from '../../helpers/draftSamples'

// When a message is heard or read changes how it names the interview's day (DOMAIN.md, Message register:
// a date written once, said as people say it) and whether an email promises a call (Notice window).

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
    ['cancel', 'id', /membatalkan kehadiran saya dalam wawancara hari ini pukul sepuluh pagi/],
    ['cancel', 'en', /cancel my interview today at 10 a\.m\./],
    [
      'reschedule',
      'id',
      /menanyakan apakah wawancara saya hari ini pukul sepuluh pagi bisa dijadwalkan ulang/,
    ],
    ['reschedule', 'en', /whether we could move today's 10 a\.m\. interview/],
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
    ['id', /tidak hadir dalam wawancara tadi pagi pukul sepuluh tanpa memberi kabar sebelumnya\./],
    ['en', /missing the interview this morning at 10 a\.m\./],
  ])('an apology called the same afternoon (%s) speaks of this morning', (language, said) => {
    const { body } = draft('apology', 'phone', language, MOMENTS.after)
    expect(body).toMatch(said)
    expect(body).not.toMatch(/7 (?:Desember|December)/)
  })

  it.each<['id' | 'en', RegExp]>([
    ['id', /membatalkan kehadiran saya dalam wawancara besok pukul sepuluh pagi/],
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
      // 07:30 on the day: the office opens the same morning, so no day is named.
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
    // Written on Saturday: "as soon as your office opens" would sound like later today (review 4, G8).
    ['short, at the weekend', MOMENTS.short, 'en', 'I will also call you first thing on Monday morning.'],
    [
      'short, at the weekend',
      MOMENTS.short,
      'id',
      'Saya juga akan menyampaikan hal ini melalui telepon pada Senin pagi, begitu jam kantor dimulai.',
    ],
  ])('%s (%s)', (_name, now, language, sentence) => {
    for (const kind of ['cancel', 'reschedule', 'decline'] as const) {
      const text = email(now, language, kind)
      expect(text).toContain(sentence)
      expect(text).not.toMatch(/percakapan telepon|sudah mencoba menghubungi|our call|tried to reach/i)
    }
  })

  it('at ample notice, or for a confirmation, no call is mentioned', () => {
    // The letter may invite a call ("Bila lebih mudah dibicarakan melalui telepon"); it promises none.
    expect(email(MOMENTS.ample, 'id')).not.toMatch(/akan (?:segera )?menyampaikan hal ini melalui telepon/)
    expect(email(MOMENTS.short, 'id')).toMatch(/akan (?:segera )?menyampaikan hal ini melalui telepon/)
    expect(email(MOMENTS.late, 'en', 'confirm')).not.toMatch(/call you/)
  })
})
