import { describe, expect, it } from 'vitest'
import type { Interview } from '../../src/shared/model/interview'
import { ALERT_HORIZON_DAYS, MAX_ALERT_RANGE_DAYS, type Alert } from '../../src/shared/schedule/alerts'
import { testBackend } from '../helpers/backend'
import { interviewInput } from '../helpers/temp'

const NOW = Date.parse('2026-11-22T03:00:00.000Z')
const DAY = 86_400_000
const at = (days: number) => new Date(NOW + days * DAY).toISOString()

describe('alerts/list for a calendar period past the default horizon', () => {
  it('marks a clash half a year ahead when its period is asked for, and only what lies in that period', async () => {
    const app = await testBackend()
    const hours = 200 * 24
    const first = await app.value<Interview>(
      'interviews/create',
      interviewInput({ company: 'Far One' }, hours),
    )
    const second = await app.value<Interview>(
      'interviews/create',
      interviewInput({ company: 'Far Two' }, hours + 0.5),
    )
    const soon = await app.value<Interview>('interviews/create', interviewInput({ company: 'Soon One' }, 48))
    await app.value('interviews/create', interviewInput({ company: 'Soon Two' }, 48.5))

    const names = (alerts: Alert[]) => alerts.flatMap((alert) => alert.interviewIds)
    const byDefault = await app.value<Alert[]>('alerts/list')
    expect(ALERT_HORIZON_DAYS).toBeLessThan(200)
    expect(names(byDefault)).not.toContain(first.id)
    expect(names(byDefault)).toContain(soon.id)

    const period = await app.value<Alert[]>('alerts/list', { from: at(195), to: at(205) })
    const clash = period.find((alert) => alert.kind === 'overlap')
    expect(clash?.interviewIds).toEqual(expect.arrayContaining([first.id, second.id]))
    expect(clash?.message).toMatch(/Far One|Far Two/)
    expect(names(period)).not.toContain(soon.id)
    expect(
      period.every((alert) => alert.interviewIds.some((id) => id === first.id || id === second.id)),
    ).toBe(true)
    // An empty period far ahead has nothing to say.
    expect(await app.value<Alert[]>('alerts/list', { from: at(300), to: at(310) })).toEqual([])
    app.stop()
  })

  it('refuses a half-given, reversed or overlong period, naming the field', async () => {
    const app = await testBackend()
    const refused = async (input: Record<string, string>) => {
      const result = await app.call('alerts/list', input)
      expect(result.ok).toBe(false)
      return result.ok ? [] : (result.error.issues ?? []).map((issue) => [issue.path, issue.code])
    }
    expect(await refused({ from: at(10) })).toEqual([['to', 'required']])
    expect(await refused({ to: at(10) })).toEqual([['from', 'required']])
    expect(await refused({ from: at(10), to: at(9) })).toEqual([['to', 'end_before_start']])
    expect(await refused({ from: at(0), to: at(MAX_ALERT_RANGE_DAYS + 1) })).toEqual([['to', 'too_long']])
    expect(await refused({ from: 'next week', to: at(9) })).toEqual([['from', 'invalid_instant']])
    app.stop()
  })
})
