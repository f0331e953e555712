import { describe, expect, it } from 'vitest'
import { buildAlerts } from '../../../src/shared/schedule/alerts'
import { at, settings } from '../../helpers/interviews'
import { noticeWords } from '../../../src/main/noticeWords'

const now = Date.parse('2026-12-04T00:00:00Z') // Friday 07:00 WIB
const en = noticeWords('en', 'Asia/Jakarta')
const id = noticeWords('id', 'Asia/Jakarta')

describe('alerts', () => {
  it('an overlap is a danger alert with advice, and the interview to move gets a notice alert', () => {
    const high = at('2026-12-07T03:00', 90, { company: 'Bank Sentosa', priority: 5 })
    const low = at('2026-12-07T04:00', 60, { company: 'Kopi Kita', priority: 2 })
    const alerts = buildAlerts({ interviews: [high, low], settings: settings(), travelTimes: [], now })
    const overlap = alerts.find((a) => a.kind === 'overlap')!
    expect(overlap).toMatchObject({
      severity: 'danger',
      interviewIds: [high.id, low.id],
      advice: { moveId: low.id, reason: 'lower-priority' },
    })
    expect(overlap).toMatchObject({
      code: 'overlap',
      params: {
        first: 'Bank Sentosa',
        second: 'Kopi Kita',
        firstStartsAt: high.startsAt,
        secondEndsAt: low.endsAt,
      },
      advice: { code: 'advice-lower-priority', params: { move: 'Kopi Kita', keep: 'Bank Sentosa' } },
    })
    expect(en(overlap)).toBe(
      'Bank Sentosa (10:00–11:30) and Kopi Kita (11:00–12:00) overlap on Monday, 7 December.',
    )
    expect(id(overlap)).toBe(
      'Jadwal wawancara dengan Bank Sentosa (10.00–11.30) dan Kopi Kita (11.00–12.00) bentrok pada Senin, 7 Desember.',
    )
    expect(en(overlap.advice!)).toBe('Move or drop Kopi Kita: it matters less to you than Bank Sentosa.')
    expect(alerts.find((a) => a.kind === 'notice')).toMatchObject({
      interviewIds: [low.id],
      severity: 'info',
    })
    expect(alerts[0]!.kind).toBe('overlap')
  })

  it('a travel clash says how long the gap is and how long the trip takes, in Indonesian too', () => {
    const sudirman = at('2026-12-07T02:00', 60, { company: 'Nusantara Data' })
    const bsd = at('2026-12-07T03:30', 60, { company: 'Bank Sentosa', location: 'Sentosa Tower, BSD' })
    const travelTimes = [{ from: 'Sudirman', to: 'BSD', minutes: 75 }]
    const [travel] = buildAlerts({
      interviews: [sudirman, bsd],
      settings: settings(),
      travelTimes,
      now,
    }).filter((a) => a.kind === 'travel')
    expect(travel).toMatchObject({
      severity: 'warning',
      gapMinutes: 30,
      neededMinutes: 75,
      code: 'travel',
      params: { gapMinutes: 30, neededMinutes: 75, place: 'BSD' },
    })
    expect(en(travel!)).toBe(
      'Only 30 minutes between Nusantara Data and Bank Sentosa on Monday, 7 December, but you need about 75 minutes to get to BSD.',
    )
    expect(id(travel!)).toBe(
      'Pada Senin, 7 Desember, jeda antara wawancara dengan Nusantara Data dan Bank Sentosa hanya 30 menit, padahal perjalanan ke BSD memerlukan sekitar 75 menit.',
    )
  })

  it('same-day load, unconfirmed invitations, and most urgent first', () => {
    const interviews = [
      at('2026-12-05T01:00', 60, { status: 'invited', company: 'Soon' }),
      at('2026-12-08T01:00', 60),
      at('2026-12-08T04:00', 60),
      at('2026-12-08T07:00', 60),
    ]
    const alerts = buildAlerts({ interviews, settings: settings(), travelTimes: [], now })
    expect(alerts.map((a) => [a.kind, a.severity])).toEqual([
      ['unconfirmed', 'warning'],
      ['same-day', 'warning'],
    ])
    expect(alerts[0]).toMatchObject({ code: 'unconfirmed', params: { company: 'Soon' } })
    expect(en(alerts[0]!)).toBe(
      'Soon on Saturday, 5 December at 08:00 WIB is not confirmed yet: confirm that you will attend.',
    )
    expect(id(alerts[0]!)).toBe(
      'Anda belum mengonfirmasi wawancara dengan Soon pada Sabtu, 5 Desember pukul 08.00 WIB: konfirmasikan bahwa Anda akan hadir.',
    )
  })

  it('past clashes and days are not alerts any more', () => {
    const interviews = [at('2026-12-01T03:00', 90), at('2026-12-01T04:00')]
    expect(buildAlerts({ interviews, settings: settings(), travelTimes: [], now })).toEqual([])
  })

  it('the notice alert says what to tell them, and goes once a reschedule request has told them', () => {
    const high = at('2026-12-08T03:00', 90, { company: 'Bank Sentosa', priority: 5 })
    const low = at('2026-12-08T04:00', 60, { company: 'Kopi Kita', priority: 2 })
    const notice = (interviews: (typeof low)[]) =>
      buildAlerts({ interviews, settings: settings(), travelTimes: [], now }).find((a) => a.kind === 'notice')
    expect(id(notice([high, low])!)).toBe(
      'Jika wawancara dengan Kopi Kita perlu dijadwalkan ulang atau dibatalkan, kabari mereka sebelum Minggu, 6 Desember pukul 11.00 WIB agar pemberitahuan diterima setidaknya 48 jam sebelumnya.',
    )
    const requested = {
      ...low,
      reschedule: {
        proposed: [{ startsAt: '2026-12-09T03:00:00.000Z', endsAt: '2026-12-09T04:00:00.000Z' }],
        requestedAt: '2026-12-04T00:00:00.000Z',
      },
    }
    expect(notice([high, requested])).toBeUndefined()
  })

  it('the notice alert turns to warning when the 48-hour line is less than a day away, danger when late', () => {
    const keep = (startsAt: string) => at(startsAt, 90, { priority: 5 })
    const move = (startsAt: string) => at(startsAt, 60, { priority: 1 })
    const noticeOf = (startsAt: string, moveAt: string) =>
      buildAlerts({
        interviews: [keep(startsAt), move(moveAt)],
        settings: settings(),
        travelTimes: [],
        now,
      }).find((a) => a.kind === 'notice')
    expect(noticeOf('2026-12-06T10:00', '2026-12-06T11:00')).toMatchObject({
      severity: 'warning',
      notice: { level: 'ample' },
    })
    expect(noticeOf('2026-12-05T10:00', '2026-12-05T11:00')).toMatchObject({
      severity: 'warning',
      notice: { level: 'short' },
    })
    expect(noticeOf('2026-12-04T10:00', '2026-12-04T11:00')).toMatchObject({
      severity: 'danger',
      notice: { level: 'late' },
    })
  })
})
