/**
 * The sets of values an interview's and the settings' fields take, and the app's language for a locale,
 * apart from their schemas (as limits.ts holds the bounds): the renderer's first screen (the calendar, its
 * filters and status menus, the language switch) uses them without evaluating zod, which only the forms need.
 * interview.ts and settings.ts build their schemas on these and export them again.
 */

export const CONTACT_ROLES = ['recruiter', 'hiring-manager', 'hr', 'interviewer', 'other'] as const
export const MODES = ['onsite', 'video', 'phone'] as const
export const CONTACT_TITLES = ['mr', 'ms'] as const
export const STATUSES = ['invited', 'confirmed', 'cancelled', 'declined', 'completed', 'no-show'] as const

export type ContactRole = (typeof CONTACT_ROLES)[number]
/** How the contact is addressed: Bapak / Mr or Ibu / Ms. Absent when unknown; never guessed. */
export type ContactTitle = (typeof CONTACT_TITLES)[number]
export type Mode = (typeof MODES)[number]
export type Status = (typeof STATUSES)[number]

export const LANGUAGES = ['id', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

const INDONESIAN = /^(id|in)(?:[-_]|$)/i
const ENGLISH = /^en(?:[-_]|$)/i

/** 'id' for any Indonesian locale tag (id, id-ID, in), else English. */
export function languageForLocale(locale: string | undefined): Language {
  return INDONESIAN.test(locale ?? '') ? 'id' : 'en'
}

/**
 * The first of the user's preferred languages (a browser's `navigator.languages`) that the app speaks:
 * ['jv-ID', 'id-ID', 'en'] is Indonesian, ['de', 'en-GB', 'id'] English; none of them, English.
 */
export function languageForLocales(locales: readonly string[]): Language {
  const known = locales.find((locale) => INDONESIAN.test(locale) || ENGLISH.test(locale))
  return languageForLocale(known)
}
