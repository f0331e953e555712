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
    expect(christmas.holiday).toEqual({ date: '2026-12-25', country: 'ID' })
    // 06.00 WIB on the 25th is still the 24th in UTC: the day is the interview's own.
    const early = await parse(invite('hari Jumat, 25 Desember 2026 pukul 06.00 WIB'))
    expect(early.holiday).toEqual({ date: '2026-12-25', country: 'ID' })
    expect((await parse(invite('hari Kamis, 24 Desember 2026 pukul 10.00 WIB'))).holiday).toBeUndefined()
  })

  it('also for an invitation that gives the day without the hour', async () => {
    const { parse } = await app()
    const reading = await parse(invite("hari Jumat, 25 Desember 2026 ba'da dzuhur"))
    expect(reading.day?.date).toBe('2026-12-25')
    expect(reading.holiday).toEqual({ date: '2026-12-25', country: 'ID' })
  })

  it('checks the holidays where the interview is: the zone it gives, else the country in Settings', async () => {
    const { parse, value } = await app()
    // A user in Singapore.
    await value('settings/update', { holidayCountry: 'SG', timeZone: 'Asia/Singapore' })
    // On Jakarta's clock (WIB, a Jakarta address): Indonesia's Independence Day.
    expect((await parse(invite('hari Selasa, 17 Agustus 2027 pukul 10.00 WIB'))).holiday).toEqual({
      date: '2027-08-17',
      country: 'ID',
    })
    // Neither a zone nor a town: on the user's clock, so the user's holiday country (Singapore's National
    // Day, observed on Monday the 9th).
    const online = (when: string) =>
      `Halo Kak Budi, kami undang interview online posisi Barista ${when} via Zoom. Link menyusul ya. Terima kasih!`
    expect((await parse(online('hari Senin, 9 Agustus 2027 pukul 10.00'))).holiday).toEqual({
      date: '2027-08-09',
      country: 'SG',
    })
    expect((await parse(online('hari Selasa, 17 Agustus 2027 pukul 10.00'))).holiday).toBeUndefined()
    // A user in Jakarta, and Singapore time: Singapore's holiday, not Indonesia's.
    await value('settings/update', { holidayCountry: 'ID', timeZone: 'Asia/Jakarta' })
    const singapore = (when: string) =>
      `Dear Budi, we would like to invite you to an interview for the Data Analyst role at Lion Pacific Pte Ltd on ${when} (Singapore time), by video call. Regards, Rachel`
    expect((await parse(singapore('Monday, 9 August 2027 at 10:00 AM'))).holiday).toEqual({
      date: '2027-08-09',
      country: 'SG',
    })
    expect((await parse(singapore('Tuesday, 17 August 2027 at 10:00 AM'))).holiday).toBeUndefined()
  })
})
