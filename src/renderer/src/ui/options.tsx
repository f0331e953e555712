import { useMemo } from 'react'
import { LANGUAGES } from '../../../shared/model/settings'
import { COMMON_ZONES } from '../../../shared/time'

/** The zone choices for a <select>: the common ones first, then every zone the runtime knows. */
export function ZoneOptions({ current }: { current: string }) {
  const zones = useMemo(
    () => [...new Set([...COMMON_ZONES, current, ...Intl.supportedValuesOf('timeZone')])],
    [current],
  )
  return zones.map((zone) => (
    <option key={zone} value={zone}>
      {zone.replace(/_/g, ' ')}
    </option>
  ))
}

/** The UI languages, each named in its own language. */
export function LanguageOptions() {
  return LANGUAGES.map((language) => (
    <option key={language} value={language} lang={language}>
      {language === 'id' ? 'Bahasa Indonesia' : 'English'}
    </option>
  ))
}
