import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import type { Locale } from 'date-fns'
import type { Backup } from '../../../../shared/model/backup'
import { atClockPattern } from '../../i18n/clock'

/** "Monday, 23 November 2026 09:15" in the given zone. */
export function backupWhen(backup: Backup, zone: string, locale: Locale): string {
  return format(Date.parse(backup.createdAt), `EEEE, d MMMM yyyy ${atClockPattern(locale)}`, {
    in: tz(zone),
    locale,
  })
}

/** Why the backup was made, from its file name (`…-daily.sqlite3`). */
export function backupReason(backup: Backup): string {
  return /-([a-z-]+)\.sqlite3$/.exec(backup.file)?.[1] ?? 'manual'
}
