import { afterEach, describe, expect, it } from 'vitest'
import type { HistoryEntry } from '../../src/shared/model/history'
import type { Interview } from '../../src/shared/model/interview'
import type { InvitationReading } from '../../src/shared/model/invitation'
import { testBackend } from '../helpers/backend'
import { interviewInput } from '../helpers/temp'

/** The backend's clock is 2026-11-22 03:00Z; the interview is Tuesday 8 December 10:00 WIB. */
const stops: (() => void)[] = []
afterEach(() => stops.splice(0).forEach((stop) => stop()))

const thursday = { startsAt: '2026-12-10T07:00:00.000Z', endsAt: '2026-12-10T08:00:00.000Z' } // 14.00 WIB
const friday = { startsAt: '2026-12-11T02:00:00.000Z', endsAt: '2026-12-11T03:30:00.000Z' }

async function app({ requested = true } = {}) {
  const started = await testBackend()
  stops.push(started.stop)
  const interview = await started.value<Interview>(
    'interviews/create',
    interviewInput({
      company: 'PT Toko Maju Digital',
      position: 'Product Analyst',
      startsAt: '2026-12-08T03:00:00.000Z',
      endsAt: '2026-12-08T04:00:00.000Z',
      contact: { name: 'Rina', email: 'rina@tokomaju.example.co.id' },
    }),
  )
  if (requested)
    await started.value('drafts/markSent', {
      interviewId: interview.id,
      kind: 'reschedule',
      channel: 'email',
      language: 'id',
      subject: 'Permohonan jadwal ulang',
      body: 'Apakah wawancara dapat dipindahkan?',
      alternatives: [thursday, friday],
    })
  const parse = (text: string) => started.value<InvitationReading>('invitations/parse', { text })
  return { ...started, interview, parse }
}

describe('a message that moves an interview with a pending reschedule request is the company’s answer', () => {
  it('a time we proposed: the answer is that slot, with the end we proposed', async () => {
    const { parse, interview } = await app()
    const reading = await parse(
      'Yth. Bapak Andi, jadwal wawancara Bapak untuk posisi Product Analyst di PT Toko Maju Digital kami pindahkan ke Kamis, 10 Desember 2026 pukul 14.00 WIB.',
    )
    expect(reading.match).toEqual({
      interviewId: interview.id,
      kind: 'update',
      answer: { slot: thursday, proposed: true },
    })
  })

  it('a short reply naming no company is matched by the one request that proposed its time', async () => {
    const { parse, interview } = await app()
    const reading = await parse(
      'Baik Pak, jadwal wawancara Bapak kami pindahkan ke Kamis, 10 Desember pukul 14.00.',
    )
    expect(reading.match).toEqual({
      interviewId: interview.id,
      kind: 'update',
      answer: { slot: thursday, proposed: true },
    })
  })

  it('another time of their choosing: a counter-proposal that keeps the interview’s length', async () => {
    const { parse, interview } = await app()
    const reading = await parse(
      'Mohon maaf, jadwal interview Product Analyst di PT Toko Maju Digital kami pindahkan ke Senin, 14 Desember 2026 pukul 09.00 WIB.',
    )
    expect(reading.match).toEqual({
      interviewId: interview.id,
      kind: 'update',
      answer: {
        slot: { startsAt: '2026-12-14T02:00:00.000Z', endsAt: '2026-12-14T03:00:00.000Z' },
        proposed: false,
      },
    })
  })

  it('without a pending request the move is a plain update, and a reply naming no company matches nothing', async () => {
    const { parse, interview } = await app({ requested: false })
    const moved = await parse(
      'Jadwal wawancara Product Analyst di PT Toko Maju Digital kami pindahkan ke Kamis, 10 Desember 2026 pukul 14.00 WIB.',
    )
    expect(moved.match).toEqual({ interviewId: interview.id, kind: 'update' })
    const bare = await parse(
      'Baik Pak, jadwal wawancara Bapak kami pindahkan ke Kamis, 10 Desember pukul 14.00.',
    )
    expect(bare.match).toBeUndefined()
  })

  it('recording the answer through reschedule/answer moves the interview and closes the request', async () => {
    const { parse, value, interview } = await app()
    const { match } = await parse(
      'Baik Pak, jadwal wawancara Bapak kami pindahkan ke Kamis, 10 Desember pukul 14.00.',
    )
    const moved = await value<Interview>('reschedule/answer', {
      id: match!.interviewId,
      answer: 'accepted',
      slot: match!.answer!.slot,
    })
    expect(moved).toMatchObject({ ...thursday, status: 'confirmed' })
    expect(moved.reschedule).toBeUndefined()
    const history = await value<HistoryEntry[]>('interviews/history', { id: interview.id })
    expect(history.map((entry) => entry.change)).toContain('reschedule-accepted')
  })
})

describe('the next round from the same company is a new interview, not a move of the last one', () => {
  async function firstRoundOver() {
    const started = await testBackend()
    stops.push(started.stop)
    const interview = await started.value<Interview>(
      'interviews/create',
      interviewInput({
        company: 'PT Sinar Plastik Cemerlang',
        position: 'Supervisor Produksi',
        startsAt: '2026-11-23T02:00:00.000Z',
        endsAt: '2026-11-23T03:00:00.000Z',
      }),
    )
    // Two days on, the HR interview is over and the hiring manager writes.
    started.setNow('2026-11-25T03:00:00.000Z')
    const parse = (text: string) => started.value<InvitationReading>('invitations/parse', { text })
    return { interview, parse }
  }
  const SECOND_ROUND =
    'Selamat siang Bapak Yoga, Bapak lolos interview HR. Kami mengundang Bapak mengikuti interview user untuk posisi Supervisor Produksi di PT Sinar Plastik Cemerlang pada Senin, 30 November 2026 pukul 09.30 WIB.'

  it('a new time with no word of moving is offered as a new interview', async () => {
    const { parse } = await firstRoundOver()
    expect((await parse(SECOND_ROUND)).match).toBeUndefined()
  })

  it('a message that says it moves the interview still moves it', async () => {
    const { parse, interview } = await firstRoundOver()
    const reading = await parse(
      'Yth. Bapak Yoga, jadwal wawancara Bapak untuk posisi Supervisor Produksi di PT Sinar Plastik Cemerlang kami jadwalkan ulang ke Senin, 30 November 2026 pukul 09.30 WIB.',
    )
    expect(reading.match).toMatchObject({ interviewId: interview.id, kind: 'update' })
  })

  it('the same invitation pasted again is still the same interview', async () => {
    const { parse, interview } = await firstRoundOver()
    const reading = await parse(
      'Interview untuk posisi Supervisor Produksi di PT Sinar Plastik Cemerlang pada Senin, 23 November 2026 pukul 09.00 WIB.',
    )
    expect(reading.match).toEqual({ interviewId: interview.id, kind: 'same' })
  })
})
