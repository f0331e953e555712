import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '../../../shared/model/values'
import { COMMON_ZONES } from '../../../shared/time'

/**
 * Places the runtime still lists by their old names (Chromium's and Node's zone lists keep CLDR's ids), by
 * the names people use now. The zone's id is kept as the value: both are the same zone everywhere.
 */
const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
}

/**
 * A zone's name said as a place, city first: "Bangkok — Asia", "Knox, Indiana — Amerika"; a name without a
 * region (UTC) as it is.
 */
function placeOf(zone: string, region: (name: string) => string): string {
  const [first, ...rest] = (RENAMED[zone] ?? zone).split('/')
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
        // A zone stored by its new id (Asia/Kolkata) is listed once, not also by its old one.
        .filter((zone) => !(COMMON_ZONES as readonly string[]).includes(zone) && RENAMED[zone] !== current)
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
