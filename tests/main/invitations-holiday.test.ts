import { afterEach, describe, expect, it } from 'vitest'
import type { InvitationReading } from '../../src/shared/model/invitation'
import { testBackend } from '../helpers/backend'

// Pasted on Monday 30 November 2026; the user's holiday country is Indonesia unless Settings say otherwise.
const NOW = '2026-11-30T02:00:00.000Z'
let stop: (() => void) | undefined
afterEach(() => stop?.())

async function app() {
  const started = await testBackend()
  stop = started.stop
  const parse = (text: string) => started.value<InvitationReading>('invitations/parse', { now: NOW, text })
  return { ...started, parse }
}

const invite = (when: string) =>
  `Selamat pagi Kak Budi, saya Maya dari PT Kopi Kita Nusantara. Kami undang interview posisi Barista ${when} di Jl. Kemang Raya No. 8, Jakarta Selatan. Terima kasih!`

describe('an invitation for a public holiday', () => {
  it('says the day is a holiday in the user’s country, on the interview’s own clock', async () => {
    const { parse } = await app()
    const christmas = await parse(invite('hari Jumat, 25 Desember 2026 pukul 10.00 WIB'))
    expect(christmas.interview.startsAt).toBe('2026-12-25T03:00:00.000Z')
    expect(christmas.holiday).toEqual({ date: '2026-12-25' })
    // 06.00 WIB on the 25th is still the 24th in UTC: the day is the interview's own.
    const early = await parse(invite('hari Jumat, 25 Desember 2026 pukul 06.00 WIB'))
    expect(early.holiday).toEqual({ date: '2026-12-25' })
    expect((await parse(invite('hari Kamis, 24 Desember 2026 pukul 10.00 WIB'))).holiday).toBeUndefined()
  })

  it('also for an invitation that gives the day without the hour', async () => {
    const { parse } = await app()
    const reading = await parse(invite("hari Jumat, 25 Desember 2026 ba'da dzuhur"))
    expect(reading.day?.date).toBe('2026-12-25')
    expect(reading.holiday).toEqual({ date: '2026-12-25' })
  })

  it('follows the holiday country in Settings', async () => {
    const { parse, value } = await app()
    const independence = invite('hari Selasa, 17 Agustus 2027 pukul 10.00 WIB')
    expect((await parse(independence)).holiday).toEqual({ date: '2027-08-17' })
    await value('settings/update', { holidayCountry: 'SG' })
    expect((await parse(independence)).holiday).toBeUndefined()
    expect((await parse(invite('hari Senin, 9 Agustus 2027 pukul 10.00 WIB'))).holiday).toEqual({
      date: '2027-08-09',
    })
  })
})
