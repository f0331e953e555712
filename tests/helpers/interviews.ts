import type { Interview } from '../../src/shared/model/interview'
import { defaultSettings, type Settings } from '../../src/shared/model/settings'

let counter = 0

/** An interview from wall-clock-ish UTC strings: at('2026-12-07T03:00', 60, {...}). */
export function at(startsAt: string, minutes = 60, overrides: Partial<Interview> = {}): Interview {
  counter += 1
  const start = Date.parse(startsAt.endsWith('Z') ? startsAt : `${startsAt}:00Z`)
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    company: overrides.company ?? `Company ${counter}`,
    position: 'Analyst',
    contact: {},
    mode: 'onsite',
    location: 'Menara Sudirman, Jakarta',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + minutes * 60_000).toISOString(),
    timeZone: 'Asia/Jakarta',
    status: 'confirmed',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  }
}

export const settings = (overrides: Partial<Settings> = {}): Settings => ({
  ...defaultSettings({ language: 'en', timeZone: 'Asia/Jakarta' }),
  ...overrides,
})
