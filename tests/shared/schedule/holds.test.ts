import { describe, expect, it } from 'vitest'
import { noticeWords } from '../../../src/main/noticeWords'
import { buildAlerts } from '../../../src/shared/schedule/alerts'
import { findHoldClashes, holdAsInterview, holdsOf } from '../../../src/shared/schedule/holds'
import { slotProblems } from '../../../src/shared/schedule/proposeTimes'
import { TravelBook } from '../../../src/shared/schedule/travel'
import { at, settings } from '../../helpers/interviews'

const now = Date.parse('2026-12-04T00:00:00Z') // Friday 07:00 WIB
const book = new TravelBook([], settings())
const slot = (startsAt: string, minutes = 60) => ({
  startsAt: `${startsAt}:00.000Z`,
  endsAt: new Date(Date.parse(`${startsAt}:00Z`) + minutes * 60_000).toISOString(),
})

/** Kopi Kita (Monday 10:00 WIB) has asked to move to Tuesday 10:00 or Wednesday 13:00 WIB. */
const asking = at('2026-12-07T03:00', 60, {
  company: 'Kopi Kita',
  reschedule: {
    proposed: [slot('2026-12-08T03:00'), slot('2026-12-09T06:00')],
    requestedAt: '2026-12-04T00:00:00.000Z',
  },
})

describe('tentative holds (times proposed in a pending reschedule request)', () => {
  it('are held only while the interview is active', () => {
    expect(holdsOf([asking]).map((hold) => [hold.index, hold.slot.startsAt])).toEqual([
      [0, '2026-12-08T03:00:00.000Z'],
      [1, '2026-12-09T06:00:00.000Z'],
    ])
    expect(holdsOf([{ ...asking, status: 'cancelled' }])).toEqual([])
  })

  it.each([
    ['an interview on a proposed time', at('2026-12-08T03:30', 60), 'overlap'],
    [
      'an onsite interview right after one, elsewhere',
      at('2026-12-09T07:00', 60, { location: 'BSD' }),
      'travel',
    ],
  ])('%s clashes with it, tentatively', (_, other, kind) => {
    const clashes = findHoldClashes([asking, other], book)
    expect(clashes).toHaveLength(1)
    expect(clashes[0]).toMatchObject({
      kind,
      interview: { id: other.id },
      hold: { interview: { id: asking.id } },
    })
  })

  it('never clash with their own interview, nor a cancelled one with them', () => {
    const own = {
      ...asking,
      startsAt: slot('2026-12-08T03:00').startsAt,
      endsAt: slot('2026-12-08T03:00').endsAt,
    }
    expect(findHoldClashes([own], book)).toEqual([])
    expect(findHoldClashes([asking, at('2026-12-08T03:00', 60, { status: 'cancelled' })], book)).toEqual([])
  })

  it('give an alert naming both companies, marked tentative, a warning rather than a danger', () => {
    const other = at('2026-12-08T03:00', 60, { company: 'Bank Sentosa' })
    const alerts = buildAlerts({ interviews: [asking, other], settings: settings(), travelTimes: [], now })
    const held = alerts.filter((alert) => alert.tentative)
    expect(held).toEqual([
      expect.objectContaining({ kind: 'overlap', severity: 'warning', interviewIds: [other.id, asking.id] }),
    ])
    expect(held[0]).toMatchObject({
      code: 'hold-overlap',
      params: {
        company: 'Bank Sentosa',
        heldFor: 'Kopi Kita',
        startsAt: other.startsAt,
        heldStartsAt: '2026-12-08T03:00:00.000Z',
      },
    })
    expect(noticeWords('en', 'Asia/Jakarta')(held[0]!)).toBe(
      'Bank Sentosa (10:00–11:00) falls on a time you proposed to Kopi Kita (Tuesday, 8 December 10:00–11:00); it stays tentative until Kopi Kita answers.',
    )
    expect(noticeWords('id', 'Asia/Jakarta')(held[0]!)).toBe(
      'Wawancara dengan Bank Sentosa (10.00–11.00) jatuh pada waktu yang Anda usulkan kepada Kopi Kita (Selasa, 8 Desember 10.00–11.00); bentrokan ini belum pasti selama Kopi Kita belum menjawab.',
    )
  })

  it('are kept free when the app looks for times to propose to another company', () => {
    const other = at('2026-12-10T03:00', 60, { company: 'Bank Sentosa' })
    const context = {
      interview: other,
      others: holdsOf([asking]).map(holdAsInterview),
      settings: settings({ travelBufferMinutes: 0, prepBufferMinutes: 0 }),
      book,
      isHoliday: () => false,
      now,
    }
    // Tuesday 10:00 WIB is held for Kopi Kita: proposing it to another company is a clash; 14:00 is free.
    expect(slotProblems(slot('2026-12-08T03:00'), context)).toContain('clash')
    expect(slotProblems(slot('2026-12-08T07:00'), context)).not.toContain('clash')
  })
})
