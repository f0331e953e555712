import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '../../../shared/model/settings'
import { COMMON_ZONES } from '../../../shared/time'

/**
 * The zone choices for a <select>: the common ones first, by the names people use for them ("WIB – Jakarta
 * (UTC+7)"), then every zone the runtime knows, by its IANA name.
 */
export function ZoneOptions({ current }: { current: string }) {
  const { t } = useTranslation()
  const others = useMemo(
    () =>
      [...new Set([current, ...Intl.supportedValuesOf('timeZone')])]
        .filter((zone) => !(COMMON_ZONES as readonly string[]).includes(zone))
        .sort(),
    [current],
  )
  return (
    <>
      <optgroup label={t('zones.common')}>
        {COMMON_ZONES.map((zone) => (
          <option key={zone} value={zone}>
            {t(`zones.names.${zone}`)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('zones.all')}>
        {others.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </optgroup>
    </>
  )
}

/** The UI languages, each named in its own language. */
export function LanguageOptions() {
  return LANGUAGES.map((language) => (
    <option key={language} value={language} lang={language}>
      {language === 'id' ? 'Bahasa Indonesia' : 'English'}
    </option>
  ))
}
