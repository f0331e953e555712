import { describe, expect, it } from 'vitest'
import { chatOpens } from '../../../src/shared/drafts/chatHours'
import { checkMessage } from '../../../src/shared/drafts/checkMessages'
import { checkDraft } from '../../../src/shared/drafts/checks'
import { composeDraft } from '../../../src/shared/drafts/compose'
import type { DraftChannel } from '../../../src/shared/drafts/types'
import { sampleInterview, sampleSettings } from '../../helpers/draftSamples'

const settings = sampleSettings()
/** The sample interview (Monday 7 December 2026, 10.00 WIB) with a contact who has only a phone number. */
const phoneOnly = sampleInterview({
  contact: { name: 'Hendra Gunawan', title: 'mr', phone: '+62 21 5555 0100' },
})
/** Friday 4 December 2026 at these WIB hours. */
const fridayAt = (hour: number, minute = 0) =>
  Date.parse('2026-12-03T17:00:00Z') + (hour * 60 + minute) * 60_000

function chatCheck(channel: DraftChannel, now: number) {
  const draft = composeDraft({
    interview: phoneOnly,
    settings,
    kind: 'cancel',
    channel,
    language: 'id',
    alternatives: [],
    now,
  })
  const checks = checkDraft({
    body: draft.body,
    kind: 'cancel',
    channel,
    language: 'id',
    uiLanguage: 'id',
    interview: phoneOnly,
    settings,
    alternatives: [],
    proposed: [],
    now,
  })
  return checks.find((check) => check.code === 'chat-hours')
}

describe('a WhatsApp before 07.00 or after 21.00 where the company is', () => {
  it('at 04.30 it is held until 07.00, and the check says so', () => {
    expect(chatOpens(fridayAt(4, 30), 'Asia/Jakarta')).toBe(fridayAt(7))
    const check = chatCheck('whatsapp', fridayAt(4, 30))
    expect(check?.severity).toBe('warning')
    expect(check?.message).toBe(
      'Saat ini pukul 04.30 WIB waktu setempat penerima. Sebaiknya kirim pesan WhatsApp mulai Jumat, 4 Desember 2026 pukul 07.00 WIB agar tidak mengganggu.',
    )
    expect(checkMessage('chat-hours', check?.params, 'en')).toBe(
      'It is 04:30 WIB where they are. To avoid disturbing them, wait until Friday, 4 December 2026 at 07:00 (WIB) to send the WhatsApp message.',
    )
  })

  it('at 21.30 it waits for the next morning; from 07.00 to 21.00 it goes at once', () => {
    expect(chatOpens(fridayAt(21, 30), 'Asia/Jakarta')).toBe(fridayAt(24 + 7))
    expect(chatCheck('whatsapp', fridayAt(21, 30))?.params?.at).toBe('2026-12-05T00:00:00.000Z')
    for (const [hour, minute] of [
      [7, 0],
      [12, 0],
      [20, 59],
    ] as const) {
      expect(chatOpens(fridayAt(hour, minute), 'Asia/Jakarta')).toBe(fridayAt(hour, minute))
      expect(chatCheck('whatsapp', fridayAt(hour, minute))).toBeUndefined()
    }
  })

  it('an email waits in the inbox: no check', () => {
    expect(chatCheck('email', fridayAt(4, 30))).toBeUndefined()
  })

  it('a call to a contact with only a number says to prepare the WhatsApp now and send it from 07.00', () => {
    const call = (language: 'id' | 'en', interview = phoneOnly) =>
      composeDraft({
        interview,
        settings,
        kind: 'cancel',
        channel: 'phone',
        language,
        alternatives: [],
        now: fridayAt(4, 30),
      }).body
    expect(call('id')).toContain(
      '(Kantor perusahaan sedang tutup. Siapkan pesan WhatsApp sekarang dan kirim hari ini mulai pukul 07.00 WIB, lalu telepon hari ini mulai pukul 08.00 WIB.)',
    )
    expect(call('en')).toContain(
      '(Their office is closed. Prepare the WhatsApp message now and send it today from 07:00 WIB, then call today from 08:00 WIB.)',
    )
    // The hour it names for the WhatsApp is the app's own: the date check does not take it for a wrong time.
    for (const language of ['id', 'en'] as const) {
      const checks = checkDraft({
        body: call(language),
        kind: 'cancel',
        channel: 'phone',
        language,
        uiLanguage: 'id',
        interview: phoneOnly,
        settings,
        alternatives: [],
        proposed: [],
        now: fridayAt(4, 30),
      })
      expect(checks.map((check) => check.code)).not.toContain('date-mismatch')
    }
    // An email can go now: it waits in the inbox.
    expect(call('id', sampleInterview())).toContain(
      '(Kantor perusahaan sedang tutup. Kirim email sekarang, lalu telepon hari ini mulai pukul 08.00 WIB.)',
    )
  })
})
