import { createContext, useContext } from 'react'
import type { Settings } from '../../../shared/model/settings'
import { hostZone } from '../../../shared/time'

export const SettingsContext = createContext<Settings | undefined>(undefined)

/**
 * The user's display zone; the system's until settings have loaded (read as `hostZone` keeps it, not from a
 * new Intl formatter in every component that asks, every render).
 */
export function useZone(): string {
  return useContext(SettingsContext)?.timeZone ?? hostZone()
}
