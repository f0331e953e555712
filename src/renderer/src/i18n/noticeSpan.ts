import type { TFunction } from 'i18next'
import type { NoticeLevel } from '../../../shared/schedule/notice'

/**
 * The notice a change gives, as the composer and the form's preview say it: from two days on in whole days
 * ("8 hari", not "191 jam"), below that in the hours the notice lines are counted in.
 */
export function noticeSpan(
  t: TFunction,
  texts: 'drafts.notice' | 'preview.notice',
  level: NoticeLevel,
  hoursBefore: number,
): string {
  const hours = Math.floor(hoursBefore)
  return level === 'ample' && hours >= 48
    ? t(`${texts}.ampleDays`, { count: Math.floor(hours / 24) })
    : t(`${texts}.${level}`, { hours })
}
