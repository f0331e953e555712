import { beforeEach, describe, expect, it, vi } from 'vitest'

/** Every call the app sends, in order, each answered when the test says. */
const sent: { channel: string; answer: (result: unknown) => void }[] = []
vi.mock('../../src/renderer/src/api/client', () => ({
  call: (channel: string) =>
    new Promise((resolve) => {
      sent.push({ channel, answer: resolve })
    }),
}))
const { bootSettings, bootStatus, startBoot } = await import('../../src/renderer/src/app/boot')

const settings = { language: 'id', timeZone: 'Asia/Jakarta' }
const answer = (channel: string, result: unknown) => {
  const call = sent.find((one) => one.channel === channel)
  if (!call) throw new Error(`${channel} was not sent`)
  sent.splice(sent.indexOf(call), 1)
  call.answer(result)
}

describe('the first calls go out together as the script starts', () => {
  beforeEach(() => {
    sent.length = 0
  })

  it('the status and the settings are both asked for before either answers', () => {
    startBoot()
    expect(sent.map((call) => call.channel)).toEqual(['database/status', 'settings/adoptDefaults'])
  })

  it('each early answer is handed out once; asked again later, the app calls again', async () => {
    startBoot()
    const status = bootStatus()
    const early = bootSettings()
    answer('database/status', { ok: true, value: { state: 'ok' } })
    answer('settings/adoptDefaults', { ok: true, value: settings })
    await expect(status).resolves.toEqual({ ok: true, value: { state: 'ok' } })
    await expect(early).resolves.toEqual({ ok: true, value: settings })

    void bootStatus()
    void bootSettings()
    expect(sent.map((call) => call.channel)).toEqual(['database/status', 'settings/adoptDefaults'])
  })

  it('settings asked before a damaged file was recovered are asked again once the app opens', async () => {
    startBoot()
    answer('settings/adoptDefaults', { ok: false, error: { code: 'DB_ERROR', message: 'damaged' } })
    await vi.waitFor(() => expect(sent.map((call) => call.channel)).toContain('settings/get'))
    answer('settings/get', { ok: false, error: { code: 'DB_ERROR', message: 'damaged' } })
    const later = bootSettings()
    await vi.waitFor(() => expect(sent.map((call) => call.channel)).toContain('settings/adoptDefaults'))
    answer('settings/adoptDefaults', { ok: true, value: settings })
    await expect(later).resolves.toEqual({ ok: true, value: settings })
  })
})
