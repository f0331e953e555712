import { describe, expect, it } from 'vitest'
import type { InvitationReading } from '../../src/shared/model/invitation'
import { newFormValues } from '../../src/renderer/src/features/interviews/formModel'
import {
  fillFromChoice,
  fillFromInvitation,
} from '../../src/renderer/src/features/interviews/invitationValues'

const blank = newFormValues('UTC', new Date('2026-11-30T02:00:00Z'))
const reading = (interview: InvitationReading['interview'], sources: InvitationReading['sources'] = {}) =>
  ({ interview, sources, missing: [], notices: [] }) as InvitationReading

describe('filling the form from an invitation', () => {
  it('shows times in the interview zone and marks each filled field with its snippet', () => {
    const { values, sources } = fillFromInvitation(
      blank,
      reading(
        {
          company: 'PT Kopi Kita',
          startsAt: '2026-12-09T06:30:00.000Z',
          endsAt: '2026-12-09T07:15:00.000Z',
          timeZone: 'Asia/Jakarta',
          contact: { name: 'Maya', phone: '+6281322223333' },
        },
        { company: 'dari PT Kopi Kita', startsAt: 'Rabu, 9 Desember 2026 13.30 - 14.15 WIB' },
      ),
    )
    expect(values).toMatchObject({
      company: 'PT Kopi Kita',
      date: '2026-12-09',
      startTime: '13:30',
      endTime: '14:15',
      timeZone: 'Asia/Jakarta',
      contactName: 'Maya',
      contactPhone: '+6281322223333',
    })
    expect(sources).toMatchObject({
      company: 'dari PT Kopi Kita',
      startTime: 'Rabu, 9 Desember 2026 13.30 - 14.15 WIB',
    })
    expect(sources.position).toBeUndefined()
  })

  it('never guesses an end: without one stated the end is left for the user', () => {
    const { values } = fillFromInvitation(blank, reading({ startsAt: '2026-12-09T06:30:00.000Z' }))
    expect(values.endTime).toBe('')
    expect(values.startTime).toBe('06:30')
  })

  it('keeps what the invitation does not state', () => {
    const current = { ...blank, notes: 'my notes', company: 'typed' }
    const { values } = fillFromInvitation(current, reading({ position: 'Analyst' }))
    expect(values).toMatchObject({ notes: 'my notes', company: 'typed', position: 'Analyst' })
  })
})

describe('an invitation that names the day but not the hour', () => {
  it('fills the date from its words and leaves both times for the user, never 00:00', () => {
    const dayOnly = {
      ...reading({ company: 'Toko Emas Cahaya Murni', timeZone: 'Asia/Jakarta' }),
      day: { date: '2026-12-03', source: "Kamis tgl 3/12 ba'da dzuhur" },
      missing: ['startTime'],
    } as InvitationReading
    const { values, sources } = fillFromInvitation(
      { ...blank, startTime: '09:00', endTime: '10:00' },
      dayOnly,
    )
    expect(values).toMatchObject({ date: '2026-12-03', startTime: '', endTime: '' })
    expect(sources.date).toBe("Kamis tgl 3/12 ba'da dzuhur")
    expect(sources.startTime).toBeUndefined()
  })
})

describe('choosing one of the times an invitation offers', () => {
  it('until one is chosen, the form’s date and times are blank, not the new form’s defaults', () => {
    const offered = {
      ...reading({ company: 'PT Mitra', timeZone: 'Asia/Jakarta' }),
      choices: [
        { startsAt: '2026-12-09T03:00:00.000Z', source: 'Rabu 9/12 jam 10.00' },
        { startsAt: '2026-12-10T07:00:00.000Z', source: 'Kamis 10/12 jam 14.00' },
      ],
    }
    const { values } = fillFromInvitation(blank, offered)
    expect(values).toMatchObject({ company: 'PT Mitra', date: '', startTime: '', endTime: '' })
  })

  it('fills the date and times in the form’s zone, marked with their words, and leaves the rest', () => {
    const before = { ...blank, company: 'PT Mitra', timeZone: 'Asia/Jakarta', startTime: '08:00' }
    const { values, sources } = fillFromChoice(before, {
      startsAt: '2026-12-10T07:00:00.000Z',
      endsAt: '2026-12-10T08:00:00.000Z',
      source: 'Kamis, 10 Desember 2026 pukul 14.00 – 15.00 WIB',
    })
    expect(values).toEqual({ ...before, date: '2026-12-10', startTime: '14:00', endTime: '15:00' })
    expect(sources).toEqual({
      date: 'Kamis, 10 Desember 2026 pukul 14.00 – 15.00 WIB',
      startTime: 'Kamis, 10 Desember 2026 pukul 14.00 – 15.00 WIB',
      endTime: 'Kamis, 10 Desember 2026 pukul 14.00 – 15.00 WIB',
    })
  })

  it('a time offered without an end leaves the end for the user', () => {
    const { values } = fillFromChoice(
      { ...blank, timeZone: 'Asia/Jakarta', endTime: '11:00' },
      { startsAt: '2026-12-10T07:00:00.000Z', source: 'Kamis 10/12 jam 14.00' },
    )
    expect(values).toMatchObject({ date: '2026-12-10', startTime: '14:00', endTime: '' })
  })
})
