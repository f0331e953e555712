import { describe, expect, it } from 'vitest'
import { splitPhoneDraft } from '../../../src/shared/drafts/channels/phone'
import { composeDraft, type DraftRequest } from '../../../src/shared/drafts/compose'
import { DRAFT_CHANNELS } from '../../../src/shared/drafts/types'
import { MOMENTS, sampleAlternatives, sampleInterview, sampleSettings } from '../../helpers/draftSamples'

const draft = (overrides: Partial<DraftRequest> & Pick<DraftRequest, 'kind'>) =>
  composeDraft({
    interview: sampleInterview(),
    settings: sampleSettings(),
    channel: 'email',
    language: 'id',
    alternatives: [],
    now: MOMENTS.ample,
    ...overrides,
  })

const phoneOf = (request: Partial<DraftRequest> & Pick<DraftRequest, 'kind'>) =>
  splitPhoneDraft(draft({ ...request, channel: 'phone' }).body, request.language ?? 'id')

/** The numbered steps of a call script, without their numbers. */
const stepsOf = (request: Partial<DraftRequest> & Pick<DraftRequest, 'kind'>) =>
  draft({ ...request, channel: 'phone' })
    .body.split('\n')
    .filter((line) => /^\d+\. /.test(line))
    .map((line) => line.replace(/^\d+\. /, ''))

const video = () => sampleInterview({ mode: 'video', location: undefined, meetingUrl: 'https://zoom.us/j/1' })

describe('the sixth HR review', () => {
  it('2 (S7): the refused reschedule asks for video as easier to arrange, never to skip the journey', () => {
    for (const language of ['id', 'en'] as const)
      for (const channel of DRAFT_CHANNELS) {
        const { body } = draft({ kind: 'reschedule-refused', channel, language })
        expect(body).not.toMatch(/tidak perlu (?:ke kantor|menempuh)|journey/)
        expect(body, body).toMatch(
          language === 'id'
            ? channel === 'email' || channel === 'whatsapp'
              ? /Hal itu akan sangat memudahkan saya mengatur waktu pada hari tersebut\. Jika tidak memungkinkan/
              : /Itu akan sangat memudahkan saya\.[\s\S]*Bila memungkinkan, apakah wawancara pada jam yang sama dapat dilakukan lewat video\? Jika tidak, saya akan hadir sesuai jadwal semula\./
            : channel === 'phone'
              ? /It would make the day much easier for me\. If not, I'll attend as planned\.[\s\S]*Could we possibly hold it by video at the same time\? If not, I'll attend as planned\./
              : /That would make the day much easier for me to arrange\. If not,/,
        )
      }
  })

  it('3 (S1): an English call stops after "Is now a good time to talk?" and opens the next step with the purpose', () => {
    for (const kind of ['cancel', 'reschedule', 'decline', 'confirm', 'reschedule-refused'] as const) {
      const steps = stepsOf({ kind, language: 'en', alternatives: sampleAlternatives })
      expect(steps[1], steps.join('\n')).toMatch(/ Is now a good time to talk\?$/)
      expect(steps[2], steps.join('\n')).toMatch(/^(?:I'm calling to|Thank you for letting me know)/)
    }
    // The Indonesian courtesy is a statement: it stays with the purpose.
    expect(stepsOf({ kind: 'cancel' })[1]).toMatch(
      /Mohon maaf mengganggu waktu Ibu sebentar\. Saya menelepon/,
    )
  })

  it('9: the video refusal call and chat (id) end on seeing her at the interview, not a second thanks', () => {
    const call = stepsOf({ kind: 'reschedule-refused', interview: video() })
    expect(call.at(-1)).toBe('Sampai bertemu dalam wawancara hari Senin, Bu. Terima kasih.')
    const chat = draft({ kind: 'reschedule-refused', channel: 'whatsapp', interview: video() }).body
    expect(chat).toMatch(/\n\nSampai bertemu dalam wawancara hari Senin, Bu\.\n\nAndi Pratama$/)
    expect(chat).not.toContain('Terima kasih atas informasinya')
  })

  it('10: the English decline voicemail says it cannot attend rather than "I will not attend"', () => {
    const { voicemail } = phoneOf({ kind: 'decline', language: 'en', reason: { category: 'other-offer' } })
    expect(voicemail).toContain(
      "I'm calling to say I can't attend Monday's 10 a.m. interview and am withdrawing my application.",
    )
    expect(voicemail).not.toMatch(/I will not attend/)
    expect(voicemail.split(/\s+/).length).toBeLessThanOrEqual(50)
  })

  it('12 (S2): English calls and voicemails are contracted; emails and chats are not', () => {
    for (const kind of ['cancel', 'reschedule', 'reschedule-refused'] as const) {
      const request = { kind, language: 'en' as const, alternatives: sampleAlternatives }
      const { script, voicemail } = phoneOf({
        ...request,
        reason: { category: 'illness' },
        now: MOMENTS.late,
      })
      for (const said of [script, voicemail]) {
        expect(said, said).not.toMatch(/\bI am (?=\w)|\bI will (?=\w)|\bcannot\b/)
      }
      const email = draft({ ...request, reason: { category: 'illness' }, now: MOMENTS.late }).body
      const chat = draft({ ...request, channel: 'whatsapp', now: MOMENTS.late }).body
      for (const written of [email, chat])
        expect(written, written).not.toMatch(/\b(?:I'm|I'll|can't|won't)\b/)
    }
    const ill = phoneOf({
      kind: 'cancel',
      language: 'en',
      reason: { category: 'illness' },
      now: MOMENTS.late,
    })
    expect(ill.script).toMatch(/^I'm afraid I'm unwell\.$/m)
    expect(ill.voicemail).toContain("I'm afraid I'm unwell.")
  })

  it('14: the English clash call says the commitment briefly; Indonesian chats say "keputusan tersebut"', () => {
    const steps = stepsOf({
      kind: 'reschedule-refused',
      language: 'en',
      reason: { category: 'schedule-conflict' },
    })
    expect(steps).toContain("Unfortunately, I still can't move my other commitment.")
    expect(steps.join(' ').split(/\s+/).length).toBeLessThanOrEqual(90)
    for (const interview of [sampleInterview(), video()]) {
      const chat = draft({ kind: 'reschedule-refused', channel: 'whatsapp', interview }).body
      expect(chat).toContain('Saya memahami keputusan tersebut.')
      expect(chat).not.toContain('Saya memahaminya.')
    }
  })
})
