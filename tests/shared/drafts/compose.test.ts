import type { Language } from '../../../src/shared/model/settings'
import { describe, expect, it } from 'vitest'
import { composeDraft, type DraftRequest } from '../../../src/shared/drafts/compose'
import {
  DRAFT_CHANNELS,
  DRAFT_KINDS,
  type DraftChannel,
  type DraftKind,
} from '../../../src/shared/drafts/types'
import { at, settings } from '../../helpers/interviews'

const interview = at('2026-12-07T03:00', 60, {
  company: 'PT Nusantara Data Raya',
  position: 'Data Analyst',
  location: 'Menara Sudirman, Jakarta',
  contact: { name: 'Rina Kartika', role: 'recruiter', email: 'rina@example.co.id', phone: '0812-5550-1234' },
  referenceNumber: 'NDR/HR/117',
})
const profile = settings({
  userName: 'Budi Santoso',
  userPhone: '+62 811 222 333',
  userEmail: 'budi@example.com',
})
const alternatives = [
  { startsAt: '2026-12-08T03:00:00.000Z', endsAt: '2026-12-08T04:00:00.000Z' },
  { startsAt: '2026-12-09T07:30:00.000Z', endsAt: '2026-12-09T08:30:00.000Z' },
]
const ample = Date.parse('2026-12-01T02:00:00Z')

function draft(
  kind: DraftKind,
  channel: DraftChannel,
  language: Language,
  extra: Partial<DraftRequest> = {},
) {
  return composeDraft({
    interview,
    settings: profile,
    kind,
    channel,
    language,
    reason: { category: 'schedule-conflict' },
    alternatives: kind === 'reschedule' || kind === 'chase' ? alternatives : [],
    now: kind === 'thanks' || kind === 'apology' ? Date.parse('2026-12-07T06:00:00Z') : ample,
    ...extra,
  })
}

/** What DOMAIN.md requires each kind to say, as words that must appear, per language. */
const ELEMENTS: Record<DraftKind, Record<Language, string[]>> = {
  cancel: {
    en: ['must cancel', 'apologise', 'future opportunities'],
    id: ['membatalkan', 'mohon maaf', 'kesempatan lain'],
  },
  reschedule: {
    en: [
      'moved to another time',
      'Tuesday, 8 December 2026 at 10:00 (WIB)',
      'Wednesday, 9 December 2026 at 14:30 (WIB)',
      'flexibility',
    ],
    id: [
      'dijadwalkan ulang',
      'Selasa, 8 Desember 2026 pukul 10.00 WIB',
      'Rabu, 9 Desember 2026 pukul 14.30 WIB',
      'kelonggaran',
    ],
  },
  decline: {
    en: ['decline', 'future openings', 'budi@example.com'],
    id: ['belum dapat memenuhi', 'lowongan lain', 'budi@example.com'],
  },
  confirm: { en: ['confirm that I will attend'], id: ['mengonfirmasi'] },
  thanks: {
    en: ['Thank you for speaking with me', 'next steps'],
    id: ['kesempatan berbincang', 'tahap selanjutnya'],
  },
  apology: { en: ['apologise for missing', 'reschedule'], id: ['tidak hadir', 'dijadwalkan ulang'] },
  'reschedule-refused': {
    en: ['phone or video', 'remain very interested'],
    id: ['telepon atau video', 'tetap sangat berminat'],
  },
  chase: {
    en: ['following up on my request', 'Tuesday, 8 December 2026 at 10:00 (WIB)'],
    id: ['menanyakan kembali permohonan', 'Selasa, 8 Desember 2026 pukul 10.00 WIB'],
  },
}

const COMMON = {
  en: ['Data Analyst', 'Monday, 7 December 2026 at 10:00 (WIB)', 'Budi Santoso', 'NDR/HR/117'],
  id: ['Data Analyst', 'Senin, 7 Desember 2026 pukul 10.00 WIB', 'Budi Santoso', 'NDR/HR/117'],
}

describe('every kind × channel × language', () => {
  const cases = DRAFT_KINDS.flatMap((kind) =>
    DRAFT_CHANNELS.flatMap((channel) =>
      (['id', 'en'] as const).map((language) => [kind, channel, language] as const),
    ),
  )

  it.each(cases)(
    '%s by %s in %s has every required element and no placeholder',
    (kind, channel, language) => {
      const result = draft(kind, channel, language)
      const text = `${result.subject ?? ''}\n${result.body}`
      for (const word of [...COMMON[language], ...ELEMENTS[kind][language]])
        expect(text, word).toContain(word)
      expect(text).toMatch(language === 'id' ? /Terima kasih/ : /Thank you/)
      expect(text).toContain(language === 'id' ? 'Rina Kartika' : 'Rina Kartika')
      expect(result.checks.map((check) => check.code)).not.toContain('placeholder')
      expect(result.checks.map((check) => check.code)).not.toContain('date-mismatch')
      expect(result.checks.map((check) => check.code)).not.toContain('reference-missing')
      if (channel === 'email') {
        expect(result.subject).toContain('Data Analyst')
        expect(result.body.split('\n')[0]).toBe(
          language === 'id' ? 'Yth. Bapak/Ibu Rina Kartika,' : 'Dear Rina Kartika,',
        )
        expect(result.body).toContain(
          language === 'id' ? 'Hormat saya,\nBudi Santoso' : 'Kind regards,\nBudi Santoso',
        )
        expect(result.links.mailto).toMatch(/^mailto:rina@example\.co\.id\?subject=/)
      }
      if (channel === 'phone') {
        expect(result.body).toMatch(
          language === 'id' ? /^Naskah telepon:\n1\. Selamat / : /^Call script:\n1\. Good /,
        )
        expect(result.body).toContain(
          language === 'id' ? 'Bila tersambung ke kotak suara:' : 'If you reach voicemail:',
        )
        expect(result.subject).toBeUndefined()
      }
      if (channel === 'whatsapp') {
        expect(result.body.length).toBeLessThanOrEqual(1000)
        expect(result.links.whatsapp).toMatch(/^https:\/\/wa\.me\/6281255501234\?text=/)
      }
    },
  )
})

describe('notice-aware drafts', () => {
  it.each([
    ['ample', ample, 'I apologise for any inconvenience.'],
    ['short', Date.parse('2026-12-05T15:00:00Z'), 'I apologise for the short notice'],
    ['late', Date.parse('2026-12-06T15:00:00Z'), 'I sincerely apologise for such short notice'],
  ])('%s notice shapes the apology', (level, now, sentence) => {
    const result = draft('cancel', 'email', 'en', { now })
    expect(result.notice.level).toBe(level)
    expect(result.body).toContain(sentence)
  })

  it('a reason category and detail are phrased briefly; without one, a neutral phrase', () => {
    expect(draft('cancel', 'email', 'en', { reason: { category: 'illness', detail: 'flu' } }).body).toContain(
      'as I am unwell (flu)',
    )
    expect(draft('cancel', 'email', 'id', { reason: undefined }).body).toContain(
      'karena ada hal mendesak yang tidak terduga',
    )
  })

  it('without a contact name the greeting is polite and general', () => {
    const result = composeDraft({
      interview: { ...interview, contact: {} },
      settings: profile,
      kind: 'decline',
      channel: 'email',
      language: 'id',
      alternatives: [],
      now: ample,
    })
    expect(result.body.split('\n')[0]).toBe('Yth. Tim Rekrutmen PT Nusantara Data Raya,')
    expect(result.checks.map((check) => check.code)).toContain('no-contact-name')
  })
})
