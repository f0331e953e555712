import { describe, expect, it } from 'vitest'
import { DRAFT_CHANNELS } from '../../../src/shared/drafts/types'
import { type DraftAsk, reviewDraft, phoneOf } from '../../helpers/reviewDrafts'
import { MOMENTS, sampleAlternatives, sampleInterview } from '../../helpers/draftSamples'

/** The numbered steps of a call script, without their numbers. */
const stepsOf = (request: DraftAsk) =>
  reviewDraft({ ...request, channel: 'phone' })
    .body.split('\n')
    .filter((line) => /^\d+\. /.test(line))
    .map((line) => line.replace(/^\d+\. /, ''))

const video = () => sampleInterview({ mode: 'video', location: undefined, meetingUrl: 'https://zoom.us/j/1' })

describe('the sixth HR review', () => {
  it('2 (S7): the refused reschedule asks for video as easier to arrange, never to skip the journey', () => {
    for (const language of ['id', 'en'] as const)
      for (const channel of DRAFT_CHANNELS) {
        const { body } = reviewDraft({ kind: 'reschedule-refused', channel, language })
        expect(body).not.toMatch(/tidak perlu (?:ke kantor|menempuh)|journey/)
        expect(body, body).toMatch(
          language === 'id'
            ? channel === 'email' || channel === 'whatsapp'
              ? /Hal itu akan sangat memudahkan saya mengatur waktu pada hari tersebut\. Jika tidak memungkinkan/
              : /Kalau bisa, itu akan sangat membantu saya\.[\s\S]*Apakah wawancara pada jam yang sama bisa dilakukan lewat video, Bu\? Jika tidak, saya akan hadir sesuai jadwal semula\./
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
      // A decline says what the call is about, then the decision (review 16).
      expect(steps[2], steps.join('\n')).toMatch(
        kind === 'decline'
          ? /^I'm calling about the interview on /
          : /^(?:I'm calling to|Thank you for letting me know)/,
      )
    }
    // The Indonesian courtesy is a statement: it stays with the purpose.
    expect(stepsOf({ kind: 'cancel' })[1]).toMatch(
      /Mohon maaf mengganggu waktu Ibu sebentar\. Saya menelepon/,
    )
  })

  it('9: the video refusal call and chat (id) end on seeing her at the interview, not a second thanks', () => {
    const call = stepsOf({ kind: 'reschedule-refused', interview: video() })
    expect(call.at(-1)).toBe('Sampai bertemu dalam wawancara hari Senin, Bu. Terima kasih.')
    const chat = reviewDraft({ kind: 'reschedule-refused', channel: 'whatsapp', interview: video() }).body
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
      const email = reviewDraft({ ...request, reason: { category: 'illness' }, now: MOMENTS.late }).body
      const chat = reviewDraft({ ...request, channel: 'whatsapp', now: MOMENTS.late }).body
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
      const chat = reviewDraft({ kind: 'reschedule-refused', channel: 'whatsapp', interview }).body
      expect(chat).toContain('Saya memahami keputusan tersebut.')
      expect(chat).not.toContain('Saya memahaminya.')
    }
  })
  it('4 (S5): the confirm letter says how early in one paragraph with the question; video is not a meeting', () => {
    const id = reviewDraft({ kind: 'confirm' }).body
    expect(id).toContain(
      '\n\nSaya akan tiba di lokasi sekitar lima belas menit sebelum wawancara dimulai. Mohon kiranya diinformasikan apabila ada dokumen lain yang perlu saya bawa. Saya juga dapat mengirimkan CV terbaru terlebih dahulu bila diperlukan. Apabila ada perubahan jadwal,',
    )
    const en = reviewDraft({ kind: 'confirm', language: 'en' }).body
    expect(en).toContain(
      '\n\nI will arrive about fifteen minutes before the interview starts. Please let me know if there is anything I should bring; I would also be happy to send an updated CV beforehand. If anything changes,',
    )
    for (const body of [id, en]) expect(body).not.toMatch(/tepat waktu|start on time/)
    const idVideo = reviewDraft({ kind: 'confirm', interview: video() }).body
    expect(idVideo).toMatch(
      /siap\. Mohon kiranya diinformasikan apabila ada hal lain yang perlu saya siapkan\. Saya juga dapat mengirimkan CV/,
    )
    expect(idVideo).toContain('kesempatan berbincang dengan Ibu dan tim')
    const enVideo = reviewDraft({ kind: 'confirm', language: 'en', interview: video() }).body
    expect(enVideo).toContain('I look forward to speaking with you and learning more about the role.')
    expect(enVideo).not.toMatch(/meeting you/)
  })

  it('5 (S6): the thank-you letter offers references and samples of work, not a contact line', () => {
    const id = reviewDraft({ kind: 'thanks', now: MOMENTS.after }).body
    expect(id).toContain(
      'Apabila Ibu memerlukan dokumen tambahan, misalnya kontak referensi, sertifikat, atau contoh hasil kerja saya',
    )
    expect(id).not.toMatch(/dapat dihubungi melalui email ini/)
    const en = reviewDraft({ kind: 'thanks', language: 'en', now: MOMENTS.after }).body
    expect(en).toContain('such as references, certificates or examples of my work')
    expect(en).not.toMatch(/can be reached by replying/)
  })

  it('6 (S3): the Indonesian cancel letter says "waktu pengganti" and "masih" once each', () => {
    const body = reviewDraft({ kind: 'cancel', reason: { category: 'schedule-conflict' } }).body
    const door = body.split('\n\n').find((paragraph) => paragraph.startsWith('Saya tetap berminat'))!
    expect(door).toBe(
      'Saya tetap berminat pada posisi ini dan berharap masih dapat mengikuti wawancara pada waktu lain. Apabila Ibu berkenan, saya dapat mengusulkan beberapa pilihan waktu pengganti atau menyesuaikan dengan jadwal yang tersedia. Bila lebih mudah dibicarakan melalui telepon, Ibu dapat menghubungi saya di nomor di bawah ini.',
    )
  })

  it('7 (S4): the Indonesian apology letter has no sentence joined by a semicolon', () => {
    for (const interview of [sampleInterview(), sampleInterview({ mode: 'phone', location: undefined })]) {
      const body = reviewDraft({
        kind: 'apology',
        interview,
        reason: { category: 'illness' },
        now: MOMENTS.after,
      }).body
      expect(body).not.toContain(';')
      expect(body).toContain(
        'Apabila Ibu masih berkenan memberi saya kesempatan wawancara pada waktu lain, saya akan sangat berterima kasih dan siap menyesuaikan dengan jadwal yang tersedia. Namun, saya memahami sepenuhnya jika wawancara susulan tidak memungkinkan. Ibu dapat menghubungi saya kapan saja di nomor di bawah ini.',
      )
    }
  })

  it('11: a letter to a named contact without a title says "Bapak/Ibu" at most twice', () => {
    const untitled = (reschedule?: boolean) =>
      sampleInterview({
        contact: { name: 'Hendra Gunawan', phone: '+62 21 5555 0100' },
        ...(reschedule
          ? { reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' } }
          : {}),
      })
    const cancel = reviewDraft({
      kind: 'cancel',
      interview: untitled(),
      reason: { category: 'schedule-conflict' },
    }).body
    expect(cancel.match(/Bapak\/Ibu/g)).toHaveLength(1)
    expect(cancel).toContain('Terima kasih atas waktu dan pengertian Bapak/Ibu.')
    expect(cancel).toContain(
      'Bila lebih mudah dibicarakan melalui telepon, saya dapat dihubungi di nomor di bawah ini.',
    )
    const chase = reviewDraft({
      kind: 'chase',
      interview: untitled(true),
      alternatives: sampleAlternatives,
    }).body
    expect(chase.match(/Bapak\/Ibu/g)!.length).toBeLessThanOrEqual(2)
    expect(chase).toContain('Saya memahami kesibukan Bapak/Ibu dan berharap')
  })

  it('15: the Indonesian chase says why it asks again, once', () => {
    const interview = sampleInterview({
      reschedule: { proposed: sampleAlternatives, requestedAt: '2026-11-30T02:30:00.000Z' },
    })
    const body = reviewDraft({ kind: 'chase', interview, alternatives: sampleAlternatives }).body
    // Review 7 (T3) joined the reason to the understanding: "…, dan saya berharap … sebelum hari Senin."
    expect(body).toContain(
      'dan berharap jadwal pengganti sudah dapat ditetapkan sebelum tanggal wawancara semula.',
    )
    expect(body).not.toContain('menanyakannya')
  })
  it('8: typed as the detail hint suggests (tests/renderer/i18n.test.ts), the flood reads in every channel', () => {
    const examples = {
      id: 'jalan menuju lokasi wawancara terendam banjir pagi ini',
      en: 'the road to the interview venue is flooded this morning',
    }
    for (const language of ['id', 'en'] as const)
      for (const channel of DRAFT_CHANNELS) {
        const { body, checks } = reviewDraft({
          kind: 'cancel',
          channel,
          language,
          reason: { category: 'unforeseen', detail: examples[language] },
          now: Date.parse('2026-12-07T02:00:00Z'), // Monday 09:00 WIB, the day of the interview
        })
        expect(body.toLowerCase()).toContain(examples[language])
        // Only advice about the timing (call first on the day); nothing about the wording.
        const advice = ['call-first', 'outside-office-hours', 'offer-reschedule']
        expect(checks.map((check) => check.code).filter((code) => !advice.includes(code))).toEqual([])
      }
  })

  it('13: the Indonesian clash voicemail keeps the position, with the day in its question', () => {
    const { voicemail } = phoneOf({ kind: 'reschedule-refused', reason: { category: 'schedule-conflict' } })
    expect(voicemail).toMatch(
      /^Selamat pagi, Ibu Sari\. Saya Andi Pratama, kandidat posisi Analis Data\. Terima kasih atas kabarnya\. Karena jadwal saya bertabrakan, apakah wawancara hari Senin bisa lewat video atau telepon di jam lain hari itu\?/,
    )
    expect(voicemail.split(/\s+/).length).toBeLessThanOrEqual(50)
  })

  it('S9: an English letter introduces the candidate as "My name is …, and I am a candidate for …"', () => {
    for (const kind of ['cancel', 'reschedule', 'decline', 'confirm'] as const) {
      const { body } = reviewDraft({ kind, language: 'en', alternatives: sampleAlternatives })
      expect(body).toContain('My name is Andi Pratama, and I am a candidate for the Analis Data position.')
    }
    // A chat and a call keep "This is …".
    const chat = reviewDraft({ kind: 'cancel', channel: 'whatsapp', language: 'en' }).body
    expect(chat).toContain('This is Andi Pratama, a candidate for the Analis Data position')
  })
})
