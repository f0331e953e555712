import { describe, expect, it } from 'vitest'
import { checkDraft } from '../../../src/shared/drafts/checks'
import { composeDraft } from '../../../src/shared/drafts/compose'
import { dateFindings } from '../../../src/shared/drafts/checkDates'
import { sampleInterview, sampleSettings } from '../../helpers/draftSamples'

// Wednesday 9 December 2026, 14.00–15.00 WIB; three times more than a week after "now", so the call says
// their dates ("Kamis tanggal 10 pukul dua siang, Jumat tanggal 11 …").
const interview = sampleInterview({
  startsAt: '2026-12-09T07:00:00.000Z',
  endsAt: '2026-12-09T08:00:00.000Z',
})
const alternatives = [
  { startsAt: '2026-12-10T07:00:00.000Z', endsAt: '2026-12-10T08:00:00.000Z' },
  { startsAt: '2026-12-11T03:00:00.000Z', endsAt: '2026-12-11T04:00:00.000Z' },
  { startsAt: '2026-12-14T07:00:00.000Z', endsAt: '2026-12-14T08:00:00.000Z' },
]
/** Friday 4 December 2026, 04.30 WIB. */
const now = Date.parse('2026-12-03T21:30:00Z')

describe('times said aloud', () => {
  it('the reschedule call the app writes passes its own date check', () => {
    const settings = sampleSettings()
    const request = { interview, settings, kind: 'reschedule', channel: 'phone', alternatives, now } as const
    const draft = composeDraft({ ...request, language: 'id' })
    expect(draft.body).toContain('pukul dua siang, Jumat tanggal 11 pukul sepuluh pagi')
    const checks = checkDraft({
      ...request,
      body: draft.body,
      language: 'id',
      uiLanguage: 'id',
      proposed: alternatives.map((slot) => ({ slot, problems: [] })),
    })
    expect(checks.map((check) => check.code)).not.toContain('date-mismatch')
  })

  it('a part of the day is no clock time, while a written hour still is', () => {
    const text = (said: string) => dateFindings(said, interview, alternatives, now)
    expect(
      text('Saya bisa hadir Kamis tanggal 10 pukul dua siang, Jumat tanggal 11 pukul sepuluh pagi.'),
    ).toEqual([])
    expect(text('Saya bisa hadir Kamis, 10 Desember pukul 16.00 WIB.')).toEqual([
      { code: 'date-mismatch', params: { found: 'Kamis, 10 Desember pukul 16.00 WIB' } },
    ])
  })
})

describe('the interview’s end', () => {
  const text = (said: string) => dateFindings(said, interview, alternatives, now)

  it('written as its time is found; written as an end, or as a range, it is right', () => {
    // From a walkthrough: "pukul 15.00" for a 14.00–15.00 interview passed, since either time was taken.
    expect(text('Saya akan hadir pada Rabu, 9 Desember 2026 pukul 15.00 WIB.')).toEqual([
      { code: 'date-mismatch', params: { found: 'pada Rabu, 9 Desember 2026 pukul 15.00 WIB' } },
    ])
    expect(text('I will attend on Wednesday, 9 December 2026 at 15:00 (WIB).')).toHaveLength(1)
    for (const right of [
      'Saya akan hadir pada Rabu, 9 Desember 2026 pukul 14.00 WIB.',
      'Wawancara pada Rabu, 9 Desember 2026 pukul 14.00–15.00 WIB.',
      'Wawancara berlangsung hingga pukul 15.00 WIB.',
      'Wawancara selesai pukul 15.00 WIB.',
      'The interview runs until 15:00 (WIB).',
      'It ends at 15:00.',
    ])
      expect(text(right), right).toEqual([])
  })

  it('a proposed time’s end is right only as an end too', () => {
    expect(text('Apakah Kamis, 10 Desember pukul 15.00 WIB memungkinkan?')).toHaveLength(1)
    expect(text('Kamis, 10 Desember pukul 14.00 sampai 15.00 WIB.')).toEqual([])
  })
})
