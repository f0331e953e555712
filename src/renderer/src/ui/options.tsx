import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '../../../shared/model/settings'
import { COMMON_ZONES } from '../../../shared/time'

/**
 * A zone's name said as a place, city first: "Bangkok — Asia", "Knox, Indiana — Amerika"; a name without a
 * region (UTC) as it is.
 */
function placeOf(zone: string, region: (name: string) => string): string {
  const [first, ...rest] = zone.split('/')
  if (rest.length === 0) return zone
  return `${rest.reverse().join(', ').replace(/_/g, ' ')} — ${region(first!)}`
}

/**
 * The zone choices for a <select>: the common ones first, by the names people use for them ("WIB – Jakarta
 * (UTC+7)"), then every zone the runtime knows, by place, in alphabetical order.
 */
export function ZoneOptions({ current }: { current: string }) {
  const { t, i18n } = useTranslation()
  const others = useMemo(
    () =>
      [...new Set([current, ...Intl.supportedValuesOf('timeZone')])]
        .filter((zone) => !(COMMON_ZONES as readonly string[]).includes(zone))
        .map((zone) => ({
          zone,
          label: placeOf(zone, (name) => t(`zones.regions.${name}`, { defaultValue: name })),
        }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    // The language is what changes the labels.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current, i18n.language],
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
        {others.map(({ zone, label }) => (
          <option key={zone} value={zone}>
            {label}
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
