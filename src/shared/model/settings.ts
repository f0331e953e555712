import { z } from 'zod'
import { typeError, email, phone, text, timeZone } from './fields'
import { CALENDAR_VIEWS, isDayKey } from '../calendar/layout'

import { LANGUAGES, THEMES, type Language } from './values'

export { LANGUAGES, THEMES, languageForLocale, languageForLocales } from './values'
export type { Language, Theme } from './values'

const clock = z
  .string({ error: typeError('expected_text') })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid_time' })
const minutes = (max: number) =>
  z
    .number({ error: typeError('expected_number') })
    .int({ error: 'expected_integer' })
    .min(0)
    .max(max)

export const workingHoursSchema = z
  .strictObject({
    /** ISO weekdays: 1 = Monday … 7 = Sunday. */
    days: z.array(z.number().int().min(1).max(7)).max(7),
    start: clock,
    end: clock,
  })
  .superRefine((value, ctx) => {
    if (value.end <= value.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'end_before_start' })
  })

export const noticeHoursSchema = z
  .strictObject({
    short: z
      .number({ error: typeError('expected_number') })
      .min(1)
      .max(24 * 14),
    late: z
      .number({ error: typeError('expected_number') })
      .min(1)
      .max(24 * 14),
  })
  .superRefine((value, ctx) => {
    if (value.late >= value.short)
      ctx.addIssue({ code: 'custom', path: ['late'], message: 'late_not_below_short' })
  })

const settingsShape = {
  userName: text(200),
  userEmail: email.optional(),
  userPhone: phone.optional(),
  signature: text(2000).optional(),
  language: z.enum(LANGUAGES, { error: typeError('invalid_choice') }),
  timeZone,
  noticeHours: noticeHoursSchema,
  travelBufferMinutes: minutes(24 * 60),
  prepBufferMinutes: minutes(24 * 60),
  /** The company's office hours, in the interview's zone: when to call, and where new times may fall. */
  workingHours: workingHoursSchema,
  /** Whose public holidays block proposed times (ISO 3166 country code, as `date-holidays` knows them). */
  holidayCountry: z
    .string({ error: typeError('expected_text') })
    .regex(/^[A-Z]{2}$/, { error: 'invalid_country' }),
  /** This many active interviews on one day is a warning; two are already worth a note. */
  sameDayWarningCount: z
    .number({ error: typeError('expected_number') })
    .int()
    .min(2)
    .max(10),
  /** Minutes before an interview at which to remind (24 h and 2 h by default). */
  reminderOffsetsMinutes: z.array(minutes(14 * 24 * 60)).max(5),
  theme: z.enum(THEMES, { error: typeError('invalid_choice') }),
  /** The calendar's last view and date, so it opens where the user left it. */
  calendarView: z.enum(CALENDAR_VIEWS, { error: typeError('invalid_choice') }),
  calendarDate: z
    .string({ error: typeError('expected_text') })
    .refine(isDayKey, { error: 'invalid_date' })
    .optional(),
}

export const settingsSchema = z.strictObject(settingsShape)
export type Settings = z.output<typeof settingsSchema>

/** `settings/update` takes any subset; `null` clears an optional field. */
export const settingsUpdateSchema = z.strictObject({
  userName: settingsShape.userName.optional(),
  userEmail: settingsShape.userEmail.unwrap().nullable().optional(),
  userPhone: settingsShape.userPhone.unwrap().nullable().optional(),
  signature: settingsShape.signature.unwrap().nullable().optional(),
  language: settingsShape.language.optional(),
  timeZone: settingsShape.timeZone.optional(),
  noticeHours: settingsShape.noticeHours.optional(),
  travelBufferMinutes: settingsShape.travelBufferMinutes.optional(),
  prepBufferMinutes: settingsShape.prepBufferMinutes.optional(),
  workingHours: settingsShape.workingHours.optional(),
  holidayCountry: settingsShape.holidayCountry.optional(),
  sameDayWarningCount: settingsShape.sameDayWarningCount.optional(),
  reminderOffsetsMinutes: settingsShape.reminderOffsetsMinutes.optional(),
  theme: settingsShape.theme.optional(),
  calendarView: settingsShape.calendarView.optional(),
  calendarDate: settingsShape.calendarDate.unwrap().nullable().optional(),
})
export type SettingsUpdate = z.input<typeof settingsUpdateSchema>

/** The browser's language and zone, offered on first run (browser mode); see `settings/adoptDefaults`. */
export const adoptDefaultsSchema = z.strictObject({
  language: settingsShape.language,
  timeZone: settingsShape.timeZone,
})
export type AdoptDefaults = z.output<typeof adoptDefaultsSchema>

/** Defaults; language and zone come from the system the app runs on. */
export function defaultSettings(system: { language: Language; timeZone: string }): Settings {
  return {
    userName: '',
    language: system.language,
    timeZone: system.timeZone,
    noticeHours: { short: 48, late: 24 },
    travelBufferMinutes: 60,
    prepBufferMinutes: 15,
    workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
    holidayCountry: 'ID',
    sameDayWarningCount: 3,
    reminderOffsetsMinutes: [24 * 60, 120],
    theme: 'system',
    calendarView: 'agenda',
  }
}
