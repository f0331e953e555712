import { afterEach, describe, expect, it } from 'vitest'
import { readReplyBy } from '../../src/main/invitations/dates'
import { readInvitation } from '../../src/main/invitations/read'
import type { FollowUp } from '../../src/shared/model/followup'
import type { Interview } from '../../src/shared/model/interview'
import { testBackend } from '../helpers/backend'
import { interviewInput } from '../helpers/temp'

/** Tuesday 1 December 2026, 09:00 in Jakarta. */
const NOW = Date.parse('2026-12-01T02:00:00.000Z')
const replyBy = (text: string, now = NOW) => readReplyBy(text, now, 'Asia/Jakarta')

describe('the reply an invitation asks for by a date', () => {
  it('a day alone is until that day ends; "sebelum" / "before" a day is until the day before ends', () => {
    expect(replyBy('Mohon konfirmasi kehadiran paling lambat Kamis, 3 Desember 2026.')).toEqual({
      at: '2026-12-03T16:59:59.999Z',
      source: 'paling lambat Kamis, 3 Desember 2026',
    })
    expect(replyBy('Please confirm your attendance by 9 December.')?.at).toBe('2026-12-09T16:59:59.999Z')
    expect(replyBy('Balas undangan ini sebelum 10 Desember 2026.')?.at).toBe('2026-12-09T16:59:59.999Z')
    expect(replyBy('Kindly reply before Friday, 4 December 2026.')?.at).toBe('2026-12-03T16:59:59.999Z')
  })

  it('"kami tunggu s.d.", "RSVP closes" and "RSVP cut-off" ask for a reply by then too', () => {
    expect(
      replyBy('Konfirmasi kehadiran kami tunggu s.d. Jumat, 4 Desember 2026 pukul 15.00 ya kak.')?.at,
    ).toBe('2026-12-04T08:00:00.000Z')
    expect(replyBy('RSVP closes on 4 December 2026 at 6 PM.')?.at).toBe('2026-12-04T11:00:00.000Z')
    expect(replyBy('RSVP cut-off: Friday, 4 December 2026')?.at).toBe('2026-12-04T16:59:59.999Z')
  })

  it('a stated time is kept, a relative day counts from the paste, and a time already past is no deadline', () => {
    const today = 'Mohon balas paling lambat hari ini pukul 17.00 ya.'
    expect(replyBy(today)?.at).toBe('2026-12-01T10:00:00.000Z')
    expect(replyBy(today, Date.parse('2026-12-01T11:00:00.000Z'))).toBeUndefined()
    expect(replyBy('Please let us know by 5pm on 3 December 2026.')?.at).toBe('2026-12-03T10:00:00.000Z')
  })

  it('dates that are not a reply deadline are left alone', () => {
    expect(
      replyBy('Mohon hadir 15 menit sebelum wawancara pada Kamis, 3 Desember 2026 pukul 10.00 WIB.'),
    ).toBe(undefined)
    expect(replyBy('Kirim portofolio Anda paling lambat 2 Desember 2026.')).toBeUndefined()
    expect(replyBy('Terima kasih atas lamaran Anda tanggal 20 November 2026.')).toBeUndefined()
    expect(replyBy('Mohon konfirmasi kehadiran ya Kak.')).toBeUndefined()
  })

  it('a deadline after the interview starts is not offered', () => {
    const text = `Wawancara posisi Staf Admin di PT Sinar Abadi pada Rabu, 2 Desember 2026 pukul 10.00 WIB.
Mohon konfirmasi paling lambat 5 Desember 2026.`
    const reading = readInvitation({ text }, { now: NOW, timeZone: 'Asia/Jakarta' })
    expect(reading.interview.startsAt).toBe('2026-12-02T03:00:00.000Z')
    expect(reading.replyBy).toBeUndefined()
  })
})

describe("the contact's role beside their name", () => {
  const read = (text: string) => readInvitation({ text }, { now: NOW, timeZone: 'Asia/Jakarta' })

  it('in brackets or after a bar on the signature line, or on the line below', () => {
    const brackets = read(`Wawancara posisi Data Analyst pada Kamis, 10 Desember 2026 pukul 10.00 WIB.

Hormat kami,
Bapak Andi Pratama (HR Recruitment)
PT Maju Bersama Tbk`)
    expect(brackets.interview.contact).toMatchObject({ name: 'Andi Pratama', title: 'mr', role: 'recruiter' })
    expect(brackets.sources['contact.role']).toBe('HR Recruitment')
    const below = read(`Interview on 10 December 2026 at 10:00 WIB.

Best regards,
Ayu Lestari
Human Resources Manager`)
    expect(below.interview.contact).toMatchObject({ name: 'Ayu Lestari', role: 'hr' })
  })

  it('after a dash on a sign-off line, without the phone number that follows', () => {
    const reading = read(
      'Kakak diundang interview posisi Staf Admin besok jam 09.00 WIB di Jl. Merdeka No. 5 Bandung. Terima kasih, Mbak Dewi - HR Sinar Abadi 081234567890',
    )
    expect(reading.interview.contact).toMatchObject({ name: 'Dewi', title: 'ms', role: 'hr' })
    expect(reading.sources['contact.role']).toBe('HR Sinar Abadi')
  })

  it('no role word, no role: a consultant or a bare name is left for the user', () => {
    const reading = read(`Interview on 10 December 2026 at 10:00 WIB.

Regards,
Fajar Nugroho
Senior Consultant | PT Talenta Karir Indonesia`)
    expect(reading.interview.contact?.name).toBe('Fajar Nugroho')
    expect(reading.interview.contact?.role).toBeUndefined()
  })
})

describe('interviews/create with the reply date', () => {
  let stop: (() => void) | undefined
  afterEach(() => stop?.())
  /** A fresh backend, stopped after the test. */
  const backend = async () => {
    const app = await testBackend()
    stop = app.stop
    return app
  }

  it('stores the task to confirm by then with the interview, in one step', async () => {
    const app = await backend()
    const created = await app.value<Interview>(
      'interviews/create',
      interviewInput({ replyBy: '2026-11-23T16:59:59.999Z' }),
    )
    expect(created).not.toHaveProperty('replyBy')
    const tasks = await app.value<FollowUp[]>('followups/list', { interviewId: created.id, type: 'task' })
    expect(tasks).toEqual([
      expect.objectContaining({
        kind: 'confirm-in-writing',
        dueAt: '2026-11-23T16:59:59.999Z',
        at: '2026-11-22T03:00:00.000Z',
      }),
    ])
  })

  it('a written decline answers the invitation too: the reminder to reply is done', async () => {
    const app = await backend()
    const created = await app.value<Interview>(
      'interviews/create',
      interviewInput({ status: 'invited', replyBy: '2026-11-23T16:59:59.999Z' }),
    )
    const open = () =>
      app.value<FollowUp[]>('followups/list', { interviewId: created.id, type: 'task', openOnly: true })
    expect(await open()).toHaveLength(1)
    await app.value('drafts/markSent', {
      interviewId: created.id,
      kind: 'decline',
      channel: 'email',
      language: 'en',
      subject: 'Response to Interview Invitation',
      body: 'I am unable to accept your invitation.',
    })
    expect(await open()).toEqual([])
  })

  it('a reply date at or after the start is refused by name, and nothing is stored', async () => {
    const app = await backend()
    const input = interviewInput()
    const result = await app.call('interviews/create', { ...input, replyBy: input.startsAt })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.issues).toEqual([
      expect.objectContaining({ path: 'replyBy', code: 'reply_after_start' }),
    ])
    expect(await app.value<Interview[]>('interviews/list')).toEqual([])
  })

  it('a reply date already past sets no task', async () => {
    const app = await backend()
    const created = await app.value<Interview>(
      'interviews/create',
      interviewInput({ replyBy: '2026-11-21T16:59:59.999Z' }),
    )
    expect(await app.value<FollowUp[]>('followups/list', { interviewId: created.id })).toEqual([])
  })
})
