import { describe, expect, it } from 'vitest'
import { buildAlerts } from '../../../src/shared/schedule/alerts'
import { at, settings } from '../../helpers/interviews'

const now = Date.parse('2026-12-04T00:00:00Z') // Friday 07:00 WIB

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
    expect(overlap.message).toBe(
      'Bank Sentosa (10:00–11:30) and Kopi Kita (11:00–12:00) overlap on Monday, 7 December.',
    )
    expect(overlap.advice!.message).toMatch(
      /^Move or drop Kopi Kita: it matters less to you than Bank Sentosa\.$/,
    )
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
    const [en] = buildAlerts({ interviews: [sudirman, bsd], settings: settings(), travelTimes, now }).filter(
      (a) => a.kind === 'travel',
    )
    expect(en).toMatchObject({ severity: 'warning', gapMinutes: 30, neededMinutes: 75 })
    expect(en!.message).toContain('Only 30 min between Nusantara Data and Bank Sentosa')
    expect(en!.message).toContain('about 75 min to get to BSD')
    const [id] = buildAlerts({
      interviews: [sudirman, bsd],
      settings: settings({ language: 'id' }),
      travelTimes,
      now,
    }).filter((a) => a.kind === 'travel')
    expect(id!.message).toContain(
      'Pada Senin, 7 Desember, jeda antara wawancara dengan Nusantara Data dan Bank Sentosa hanya 30 menit',
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
    expect(alerts[0]!.message).toBe(
      'Soon on Saturday, 5 December at 08:00 WIB is not confirmed yet: confirm that you will attend.',
    )
  })

  it('past clashes and days are not alerts any more', () => {
    const interviews = [at('2026-12-01T03:00', 90), at('2026-12-01T04:00')]
    expect(buildAlerts({ interviews, settings: settings(), travelTimes: [], now })).toEqual([])
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
