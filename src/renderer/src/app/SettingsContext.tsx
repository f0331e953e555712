import { createContext, useContext } from 'react'
import type { Settings } from '../../../shared/model/settings'

export const SettingsContext = createContext<Settings | undefined>(undefined)

/** The user's display zone; the system's until settings have loaded. */
export function useZone(): string {
  return useContext(SettingsContext)?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
}
