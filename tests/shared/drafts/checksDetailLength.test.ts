import { describe, expect, it } from 'vitest'
import { checkDraft } from '../../../src/shared/drafts/checks'
import { composeDraft } from '../../../src/shared/drafts/compose'
import type { DraftChannel, DraftKind, ReasonCategory } from '../../../src/shared/drafts/types'
import { MOMENTS, sampleAlternatives, sampleInterview, sampleSettings } from '../../helpers/draftSamples'

/**
 * The drafts run up to each channel's length (a call script's ~90 words), so a reason's detail typed by the
 * user is measured by its own check, not by the channel's: a short detail must not make a message the app
 * wrote "too long", while words the user adds elsewhere still count.
 */
const DETAIL = {
  id: 'ada ujian sertifikasi profesi di kampus pada pagi itu',
  en: 'I have a professional certification exam that morning',
}

const checked = (
  kind: DraftKind,
  channel: DraftChannel,
  language: 'id' | 'en',
  category: ReasonCategory,
  now: number,
  edit: (body: string) => string = (body) => body,
) => {
  const reason = { category, detail: DETAIL[language] }
  const request = {
    kind,
    channel,
    language,
    interview: sampleInterview(),
    settings: sampleSettings(),
    alternatives: sampleAlternatives,
    reason,
    now,
  }
  const draft = composeDraft(request)
  const body = edit(draft.body)
  const checks = checkDraft({
    ...request,
    subject: draft.subject,
    body,
    uiLanguage: language,
    proposed: [],
    reason: category,
    reasonDetail: reason.detail,
  })
  return { body, checks }
}

describe('a typed reason detail and the channel length', () => {
  const cases = (['id', 'en'] as const).flatMap((language) =>
    (['reschedule', 'cancel', 'decline'] as const).flatMap((kind) =>
      (['schedule-conflict', 'unforeseen'] as const).flatMap((category) =>
        (['ample', 'short'] as const).map((moment) => [language, kind, category, moment] as const),
      ),
    ),
  )

  it.each(cases)(
    'a %s %s call with a %s detail at %s notice is not too long',
    (language, kind, category, moment) => {
      const { body, checks } = checked(kind, 'phone', language, category, MOMENTS[moment])
      // As typed, though a sentence may begin with it ("Ada ujian …").
      expect(body.toLowerCase()).toContain(DETAIL[language].toLowerCase())
      expect(checks.map((check) => check.code)).not.toContain('too-long')
    },
  )

  it('the scripts with the detail run past 90 words, which the check allowed before', () => {
    const { body } = checked('reschedule', 'phone', 'id', 'schedule-conflict', MOMENTS.ample)
    const script = body.slice(0, body.indexOf('Bila tersambung'))
    expect(script.split(/\s+/).filter(Boolean).length).toBeGreaterThan(90)
  })

  it('words the user adds elsewhere in the script still count', () => {
    const added =
      'Saya juga ingin menyampaikan beberapa hal lain yang cukup panjang mengenai jadwal saya minggu depan.'
    const { checks } = checked('reschedule', 'phone', 'id', 'schedule-conflict', MOMENTS.ample, (body) =>
      body.replace('Mohon maaf atas ketidaknyamanannya.', `Mohon maaf atas ketidaknyamanannya. ${added}`),
    )
    const long = checks.find((check) => check.code === 'too-long')
    expect(long?.severity).toBe('warning')
    expect(long?.params?.unit).toBe('words')
    // The limit moved on by what the detail adds to the reason's sentence, and the added words pass it.
    expect(Number(long?.params?.limit)).toBeGreaterThan(90)
    expect(Number(long?.params?.limit)).toBeLessThan(90 + DETAIL.id.split(' ').length + 3)
  })

  it('a WhatsApp with the detail is not noted as long, and one the user lengthens is', () => {
    for (const language of ['id', 'en'] as const) {
      const plain = checked('reschedule', 'whatsapp', language, 'schedule-conflict', MOMENTS.short)
      expect([...plain.body].length).toBeGreaterThan(600)
      expect(plain.checks.map((check) => check.code)).not.toContain('too-long')
    }
    const longer = checked('reschedule', 'whatsapp', 'id', 'schedule-conflict', MOMENTS.short, (body) =>
      body.replace('Terima kasih', `${'Catatan tambahan. '.repeat(8)}Terima kasih`),
    )
    expect(longer.checks.map((check) => check.code)).toContain('too-long')
  })

  it('a detail the user deleted from the text no longer moves the limit', () => {
    const { checks } = checked('reschedule', 'phone', 'id', 'schedule-conflict', MOMENTS.ample, (body) =>
      body.replace(DETAIL.id, `${DETAIL.id.replace('ujian', 'tes')} dan beberapa keperluan keluarga`),
    )
    expect(checks.map((check) => check.code)).toContain('too-long')
  })
})
