import { act, renderHook, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../src/shared/model/settings'

/** Every call the app sends, in order, each answered when the test says. */
const sent: { channel: string; input: unknown; answer: (result: unknown) => void }[] = []
vi.mock('../../src/renderer/src/api/client', () => ({
  call: (channel: string, input: unknown) =>
    new Promise((resolve) => {
      sent.push({ channel, input, answer: resolve })
    }),
}))
const { bootSettings, bootStatus, startBoot } = await import('../../src/renderer/src/app/boot')
const { useCalendarInterviews } =
  await import('../../src/renderer/src/features/calendar/useCalendarInterviews')

const settings = {
  ...defaultSettings({ language: 'id', timeZone: 'Asia/Jakarta' }),
  calendarView: 'month' as const,
  calendarDate: '2027-03-10',
}
const channels = () => sent.map((call) => call.channel)
const answer = (channel: string, result: unknown) => {
  const call = sent.find((one) => one.channel === channel)
  if (!call) throw new Error(`${channel} was not sent`)
  sent.splice(sent.indexOf(call), 1)
  call.answer(result)
}
const opened = { ok: true, value: { state: 'ok' } }

/**
 * March 2027 as the month view draws it in Jakarta, weeks from Monday: 1 March to 4 April, five weeks (from
 * midnight WIB, 17:00 UTC the day before). The calendar fetches that and as much again on each side.
 */
const MARCH = { from: Date.parse('2027-02-28T17:00:00.000Z'), to: Date.parse('2027-04-04T17:00:00.000Z') }
const MARCH_WINDOW = { from: '2027-01-24T17:00:00.000Z', to: '2027-05-09T17:00:00.000Z', withHolds: true }
const interview = { id: 'a', startsAt: '2027-03-10T03:00:00.000Z', endsAt: '2027-03-10T04:00:00.000Z' }

beforeEach(() => {
  sent.length = 0
})

describe('the first calls go out together as the script starts', () => {
  it('the status and the settings are both asked for before either answers', () => {
    startBoot()
    expect(channels()).toEqual(['database/status', 'settings/adoptDefaults'])
  })

  it('each early answer is handed out once; asked again later, the app calls again', async () => {
    startBoot()
    const status = bootStatus()
    const early = bootSettings()
    answer('database/status', opened)
    answer('settings/adoptDefaults', { ok: true, value: settings })
    await expect(status).resolves.toEqual(opened)
    await expect(early).resolves.toEqual({ ok: true, value: settings })
    await vi.waitFor(() => expect(channels()).toEqual(['interviews/list']))

    void bootStatus()
    void bootSettings()
    expect(channels()).toEqual(['interviews/list', 'database/status', 'settings/adoptDefaults'])
  })

  it('settings asked before a damaged file was recovered are asked again once the app opens', async () => {
    startBoot()
    answer('settings/adoptDefaults', { ok: false, error: { code: 'DB_ERROR', message: 'damaged' } })
    await vi.waitFor(() => expect(channels()).toContain('settings/get'))
    answer('settings/get', { ok: false, error: { code: 'DB_ERROR', message: 'damaged' } })
    const later = bootSettings()
    await vi.waitFor(() => expect(channels()).toContain('settings/adoptDefaults'))
    answer('settings/adoptDefaults', { ok: true, value: settings })
    await expect(later).resolves.toEqual({ ok: true, value: settings })
  })
})

describe("the calendar's first interviews are asked for as soon as the settings are known", () => {
  /** Boots, answers the status and the settings, and returns the early fetch once it has gone out. */
  async function booted(status: unknown = opened) {
    startBoot()
    answer('database/status', status)
    answer('settings/adoptDefaults', { ok: true, value: settings })
    await vi.waitFor(() => expect(channels()).toEqual(['interviews/list']))
    return sent[0]!
  }

  it('for the view and day the calendar opens on, before React has drawn it, and the calendar takes that reply', async () => {
    const early = await booted()
    expect(early.input).toEqual(MARCH_WINDOW)

    const { result } = renderHook(() => useCalendarInterviews(MARCH, vi.fn(), 'Asia/Jakarta'))
    // The calendar asks for nothing more: it waits for the reply already on its way.
    expect(channels()).toEqual(['interviews/list'])
    act(() => early.answer({ ok: true, value: [interview] }))
    await waitFor(() => expect(result.current.interviews).toEqual([interview]))
    expect(channels()).toEqual(['interviews/list'])
  })

  it('not from a database that did not open: the recovery screen comes up instead', async () => {
    startBoot()
    answer('database/status', { ok: true, value: { state: 'damaged' } })
    answer('settings/adoptDefaults', { ok: true, value: settings })
    await bootSettings()
    await new Promise((done) => setTimeout(done, 10))
    expect(channels()).toEqual([])
  })

  it('a calendar opening on another period asks for its own', async () => {
    await booted()
    const april = { from: MARCH.to, to: Date.parse('2027-05-02T17:00:00.000Z') }
    renderHook(() => useCalendarInterviews(april, vi.fn(), 'Asia/Jakarta'))
    await waitFor(() => expect(channels()).toEqual(['interviews/list', 'interviews/list']))
    expect(sent[1]!.input).not.toEqual(MARCH_WINDOW)
  })

  it('an early call that failed is sent again, and its error is not shown', async () => {
    const early = await booted()
    const report = vi.fn()
    const { result } = renderHook(() => useCalendarInterviews(MARCH, report, 'Asia/Jakarta'))
    act(() => early.answer({ ok: false, error: { code: 'INTERNAL', message: 'busy' } }))
    await waitFor(() => expect(channels()).toEqual(['interviews/list', 'interviews/list']))
    expect(sent[1]!.input).toEqual(MARCH_WINDOW)
    act(() => sent[1]!.answer({ ok: true, value: [interview] }))
    await waitFor(() => expect(result.current.interviews).toEqual([interview]))
    expect(report).not.toHaveBeenCalled()
  })
})
