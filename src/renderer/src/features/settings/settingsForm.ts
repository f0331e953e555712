import type { Language, Settings, SettingsUpdate, Theme } from '../../../../shared/model/settings'

/** The settings form's values, as inputs hold them; keys are the contract paths their errors come back on. */
export interface SettingsValues {
  userName: string
  userEmail: string
  userPhone: string
  signature: string
  language: Language
  theme: Theme
  timeZone: string
  'noticeHours.short': string
  'noticeHours.late': string
  travelBufferMinutes: string
  prepBufferMinutes: string
  'workingHours.days': number[]
  'workingHours.start': string
  'workingHours.end': string
  holidayCountry: string
  reminderOffsetsMinutes: string
  sameDayWarningCount: string
}

export function settingsValuesOf(settings: Settings): SettingsValues {
  return {
    userName: settings.userName,
    userEmail: settings.userEmail ?? '',
    userPhone: settings.userPhone ?? '',
    signature: settings.signature ?? '',
    language: settings.language,
    theme: settings.theme,
    timeZone: settings.timeZone,
    'noticeHours.short': String(settings.noticeHours.short),
    'noticeHours.late': String(settings.noticeHours.late),
    travelBufferMinutes: String(settings.travelBufferMinutes),
    prepBufferMinutes: String(settings.prepBufferMinutes),
    'workingHours.days': settings.workingHours.days,
    'workingHours.start': settings.workingHours.start,
    'workingHours.end': settings.workingHours.end,
    holidayCountry: settings.holidayCountry,
    reminderOffsetsMinutes: settings.reminderOffsetsMinutes.map((minutes) => String(minutes / 60)).join(', '),
    sameDayWarningCount: String(settings.sameDayWarningCount),
  }
}

/** Form → `settings/update` patch. Blank optional fields clear; a number that does not parse travels as null, so the contract names its field. */
export function settingsPatch(values: SettingsValues): SettingsUpdate {
  const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')))
  const orNull = (text: string) => (text.trim() === '' ? null : text)
  const reminders = values.reminderOffsetsMinutes
    .split(/[;,\s]+/)
    .filter(Boolean)
    .map((hours) => Math.round(number(hours) * 60))
  return {
    userName: values.userName,
    userEmail: orNull(values.userEmail),
    userPhone: orNull(values.userPhone),
    signature: orNull(values.signature),
    language: values.language,
    theme: values.theme,
    timeZone: values.timeZone,
    noticeHours: { short: number(values['noticeHours.short']), late: number(values['noticeHours.late']) },
    travelBufferMinutes: number(values.travelBufferMinutes),
    prepBufferMinutes: number(values.prepBufferMinutes),
    workingHours: {
      days: [...values['workingHours.days']].sort(),
      start: values['workingHours.start'],
      end: values['workingHours.end'],
    },
    holidayCountry: values.holidayCountry,
    reminderOffsetsMinutes: reminders,
    sameDayWarningCount: number(values.sameDayWarningCount),
  }
}
