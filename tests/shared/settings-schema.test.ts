import { describe, expect, it } from 'vitest'
import {
  defaultSettings,
  languageForLocale,
  settingsSchema,
  settingsUpdateSchema,
} from '../../src/shared/model/settings'
import { toFieldIssues } from '../../src/shared/validation'

describe('settings', () => {
  it('defaults follow DESIGN.md: 48/24 h notice, 60 min travel, 15 min preparation, Mon–Fri 08–17', () => {
    const settings = defaultSettings({ language: 'id', timeZone: 'Asia/Jakarta' })
    expect(settingsSchema.parse(settings)).toEqual(settings)
    expect(settings).toMatchObject({
      noticeHours: { short: 48, late: 24 },
      travelBufferMinutes: 60,
      prepBufferMinutes: 15,
      workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
      reminderOffsetsMinutes: [1440, 120],
    })
  })

  it.each([
    [{ noticeHours: { short: 24, late: 48 } }, 'noticeHours.late', 'late_not_below_short'],
    [{ workingHours: { days: [1], start: '17:00', end: '08:00' } }, 'workingHours.end', 'end_before_start'],
    [{ workingHours: { days: [1], start: '8am', end: '17:00' } }, 'workingHours.start', 'invalid_time'],
    [{ language: 'fr' }, 'language', 'invalid_choice'],
    [{ timeZone: 'Jakarta' }, 'timeZone', 'invalid_zone'],
    [{ userEmail: 'me@' }, 'userEmail', 'invalid_email'],
    [{ travelBufferMinutes: -5 }, 'travelBufferMinutes', 'too_small'],
    [{ theme: 'neon' }, 'theme', 'invalid_choice'],
    [{ calendarView: 'year' }, 'calendarView', 'invalid_choice'],
    [{ calendarDate: '2026-02-31' }, 'calendarDate', 'invalid_date'],
    [{ fontSize: 'large' }, 'fontSize', 'unknown_field'],
  ])('update %j is refused on %s', (patch, path, code) => {
    const parsed = settingsUpdateSchema.safeParse(patch)
    expect(parsed.success).toBe(false)
    if (!parsed.success)
      expect(toFieldIssues(parsed.error)).toContainEqual(expect.objectContaining({ path, code }))
  })

  it.each([
    ['id-ID', 'id'],
    ['id', 'id'],
    ['in_ID.UTF-8', 'id'],
    ['en-US', 'en'],
    ['C.UTF-8', 'en'],
    ['ind', 'en'],
    [undefined, 'en'],
  ])('locale %s gives the UI language %s', (locale, language) => {
    expect(languageForLocale(locale)).toBe(language)
  })
})
