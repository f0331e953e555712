import { format } from 'date-fns'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { wallClock } from '../../../../shared/time'
import { useZone } from '../../app/SettingsContext'
import { dateLocale } from '../../i18n'

/**
 * A time read from an invitation, in the user's zone (or the one given) and language: "Selasa, 8 Desember,
 * pukul 17.00". A time at the very end of a day (a reply asked "by Tuesday") shows as the day alone.
 */
export function useInvitationWhen(): (iso: string, inZone?: string) => string {
  const { i18n } = useTranslation()
  const zone = useZone()
  return useCallback(
    (iso: string, inZone = zone) => {
      // The wall clock from the shared zone rules: date-fns's `in: tz(zone)` printed UTC hours in Chromium here.
      const { date, time } = wallClock(iso, inZone)
      const id = i18n.language === 'id'
      const day = format(new Date(`${date}T12:00:00`), id ? 'EEEE, d MMMM' : 'EEEE d MMMM', {
        locale: dateLocale(i18n.language),
      })
      if (time === '23:59') return day
      // "Selasa, 8 Desember, pukul 17.00" (EYD writes 17.00); "Tuesday 8 December, 17:00".
      return id ? `${day}, pukul ${time.replace(':', '.')}` : `${day}, ${time}`
    },
    [i18n.language, zone],
  )
}
