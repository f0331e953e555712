import { describe, expect, it } from 'vitest'
import { checkDraft } from '../../../src/shared/drafts/checks'
import { composeDraft } from '../../../src/shared/drafts/compose'
import { greetingsIn } from '../../../src/shared/drafts/greeting'
import type { DraftChannel } from '../../../src/shared/drafts/types'
import type { Language } from '../../../src/shared/model/settings'
import { MOMENTS, sampleInterview, sampleSettings } from '../../helpers/draftSamples'

const interview = sampleInterview()
const settings = sampleSettings()
/** Wednesday 2 December 2026 at these WIB hours. */
const wednesdayAt = (hour: number, minute = 0) =>
  Date.parse('2026-12-01T17:00:00Z') + (hour * 60 + minute) * 60_000

/** A cancellation drafted at one moment and checked, as it stands, at another. */
function greetingCheck(channel: DraftChannel, language: Language, draftedAt: number, checkedAt: number) {
  const draft = composeDraft({
    interview,
    settings,
    kind: 'cancel',
    channel,
    language,
    alternatives: [],
    now: draftedAt,
  })
  const checks = checkDraft({
    body: draft.body,
    kind: 'cancel',
    channel,
    language,
    uiLanguage: language,
    interview,
    settings,
    alternatives: [],
    proposed: [],
    now: checkedAt,
  })
  return { body: draft.body, check: checks.find((found) => found.code === 'greeting-time') }
}

describe('a greeting that goes stale while the draft waits', () => {
  it('a WhatsApp written at 10.30 and sent at 11.15 should now say "Selamat siang"', () => {
    const { body, check } = greetingCheck('whatsapp', 'id', wednesdayAt(10, 30), wednesdayAt(11, 15))
    expect(body).toMatch(/^Selamat pagi, Ibu Sari\./)
    expect(check?.severity).toBe('warning')
    expect(check?.params).toEqual({ found: 'Selamat pagi', expected: 'Selamat siang' })
    expect(check?.message).toBe(
      'Salam “Selamat pagi” kurang tepat untuk waktu penerima saat ini. Gunakan “Selamat siang”.',
    )
  })

  it('sent while the greeting still fits, nothing is said', () => {
    expect(greetingCheck('whatsapp', 'id', wednesdayAt(10, 30), wednesdayAt(10, 59)).check).toBeUndefined()
    expect(greetingCheck('whatsapp', 'en', wednesdayAt(9), wednesdayAt(11, 59)).check).toBeUndefined()
  })

  it('in English, morning turns to afternoon at noon and to evening at 18.00', () => {
    const noon = greetingCheck('whatsapp', 'en', wednesdayAt(11, 50), wednesdayAt(12, 5)).check
    expect(noon?.params).toEqual({ found: 'Good morning', expected: 'Good afternoon' })
    expect(noon?.message).toBe(
      "“Good morning” doesn't suit the time where they are now; use “Good afternoon” instead.",
    )
    const evening = greetingCheck('whatsapp', 'en', wednesdayAt(17, 50), wednesdayAt(18, 5)).check
    expect(evening?.params).toEqual({ found: 'Good afternoon', expected: 'Good evening' })
  })

  it('a call is greeted for when it is placed: on Saturday afternoon the script says "Selamat pagi" for Monday', () => {
    const { body, check } = greetingCheck('phone', 'id', MOMENTS.short, MOMENTS.short)
    expect(body).toContain('1. Selamat pagi.')
    expect(check).toBeUndefined()
    // Placed now, in office hours at 15.30, the morning's script is out of date.
    expect(greetingCheck('phone', 'id', wednesdayAt(9), wednesdayAt(15, 30)).check?.params).toEqual({
      found: 'Selamat pagi',
      expected: 'Selamat sore',
    })
  })

  it('an email is not checked: it is read whenever it is opened', () => {
    const body =
      'Good morning, Ms Wulandari.\n\nI am writing to cancel my interview. Thank you for your understanding.'
    const input = { body, kind: 'cancel', language: 'en', uiLanguage: 'en', interview, settings } as const
    const at8pm = { ...input, alternatives: [], proposed: [], now: wednesdayAt(20) }
    const stale = (channel: DraftChannel) =>
      checkDraft({ ...at8pm, channel }).some((found) => found.code === 'greeting-time')
    expect(stale('email')).toBe(false)
    expect(stale('whatsapp')).toBe(true)
  })
})

describe('greetingsIn', () => {
  it('takes greetings that open a line, a step or a sentence, not the words inside a sentence', () => {
    expect(greetingsIn('Selamat pagi, Ibu Sari.\nSaya Andi.')).toEqual(['Selamat pagi'])
    expect(greetingsIn('1. Good  morning. Am I speaking with Sari?')).toEqual(['Good  morning'])
    expect(greetingsIn('Halo. Selamat sore, Pak.')).toEqual(['Selamat sore'])
    expect(greetingsIn('Terima kasih, dan selamat malam tahun baru nanti.')).toEqual([])
  })
})
