import type { Database } from 'better-sqlite3'
import {
  defaultSettings,
  type AdoptDefaults,
  settingsSchema,
  type Language,
  type Settings,
  type SettingsUpdate,
} from '../../shared/model/settings'
import { AppFailure } from '../../shared/result'
import { summarizeIssues, toFieldIssues } from '../../shared/validation'
import { readStoredSettings, writeStoredSettings } from '../db/repos/settings'

export interface SystemDefaults {
  language: Language
  timeZone: string
}

/** Stored values over defaults; a stored value an older or newer app wrote that no longer fits is ignored. */
export function getSettings(db: Database, system: SystemDefaults): Settings {
  const defaults = defaultSettings(system)
  const stored = readStoredSettings(db)
  const merged: Record<string, unknown> = { ...defaults }
  for (const [key, value] of Object.entries(stored)) {
    if (!(key in settingsSchema.shape)) continue
    const candidate = { ...merged, [key]: value }
    if (settingsSchema.safeParse(candidate).success) merged[key] = value
  }
  return settingsSchema.parse(merged)
}

export function updateSettings(db: Database, system: SystemDefaults, patch: SettingsUpdate): Settings {
  return db.transaction(() => {
    const current: Record<string, unknown> = { ...getSettings(db, system) }
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete current[key]
      else if (value !== undefined) current[key] = value
    }
    const checked = settingsSchema.safeParse(current)
    if (!checked.success) {
      const issues = toFieldIssues(checked.error)
      throw new AppFailure('VALIDATION', summarizeIssues(issues), issues)
    }
    writeStoredSettings(db, patch as Record<string, unknown>)
    return checked.data
  })()
}

/** Stores the offered language and zone where nothing is stored yet; what the user chose stays. */
export function adoptDefaults(db: Database, system: SystemDefaults, offered: AdoptDefaults): Settings {
  return db.transaction(() => {
    const stored = readStoredSettings(db)
    const missing = Object.fromEntries(Object.entries(offered).filter(([key]) => !(key in stored)))
    writeStoredSettings(db, missing)
    return getSettings(db, system)
  })()
}
