import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview } from '../../../../shared/model/interview'
import type { Settings } from '../../../../shared/model/settings'
import type { TravelTime } from '../../../../shared/model/travel'
import { ClashIndex } from '../../../../shared/schedule/conflicts'
import { HoldIndex } from '../../../../shared/schedule/holds'
import { noticeLevel } from '../../../../shared/schedule/notice'
import { busyDays } from '../../../../shared/schedule/sameDay'
import { outsideWorkingHours } from '../../../../shared/schedule/workingHours'
import { shortPlace, TravelBook } from '../../../../shared/schedule/travel'
import { dayKey, instantFromWallClock } from '../../../../shared/time'
import type { FormValues } from './formModel'
import { clockText, spanClock } from '../../i18n/clock'
import { noticeSpan } from '../../i18n/noticeSpan'

interface PreviewProps {
  values: FormValues
  editing?: Interview | undefined
  interviews: readonly Interview[]
  travelTimes: readonly TravelTime[]
  settings: Settings
  now: number
}

type Line = { text: string; severity: 'danger' | 'warning' | 'info' | 'ok' }

/** Live checks while the user edits times: clashes with other interviews and, when moving one, the notice. */
export function SchedulePreview({ values, editing, interviews, travelTimes, settings, now }: PreviewProps) {
  const { t, i18n } = useTranslation()
  const [index, holds] = useMemo(() => {
    const book = new TravelBook(travelTimes, settings)
    return [new ClashIndex(interviews, book), new HoldIndex(interviews, book)] as const
  }, [interviews, travelTimes, settings])
  const startsAt = instantFromWallClock(values.date, values.startTime, values.timeZone)
  const endsAt = instantFromWallClock(values.date, values.endTime, values.timeZone)
  if (!startsAt || !endsAt || Date.parse(endsAt) <= Date.parse(startsAt)) return null

  const candidate: Interview = {
    ...(editing ?? { id: 'new', contact: {}, createdAt: '', updatedAt: '', company: '', position: '' }),
    mode: values.mode,
    location: values.mode === 'onsite' ? values.location : undefined,
    status: values.status,
    startsAt,
    endsAt,
    timeZone: values.timeZone,
  }
  const time = (other: { startsAt: string; endsAt: string }) =>
    spanClock(other, settings.timeZone, i18n.language)
  const lines: Line[] = index.clashesWith(candidate).map((clash) => {
    const other = clash.first.id === candidate.id ? clash.second : clash.first
    const gap = Math.round(clash.gapMinutes)
    if (clash.kind === 'overlap')
      return { severity: 'danger', text: t('preview.overlap', { company: other.company, time: time(other) }) }
    if (clash.kind === 'prep') {
      return {
        severity: 'info',
        // Back to back: "no time between", not "only 0 min".
        text: t(gap > 0 ? 'preview.prep' : 'preview.prepNone', {
          gap,
          needed: clash.neededMinutes,
          company: other.company,
        }),
      }
    }
    // Both ends named, in the order of the day, so no one reads the place as the other company's.
    const name = (side: Interview) => (side.id === candidate.id ? t('preview.thisInterview') : side.company)
    return {
      severity: 'warning',
      text: t('preview.travel', {
        gap,
        needed: clash.neededMinutes,
        first: name(clash.first),
        second: name(clash.second),
        from: shortPlace(clash.first.location) || name(clash.first),
        to: clash.need?.destination ?? (shortPlace(clash.second.location) || name(clash.second)),
      }),
    }
  })
  // Times proposed to another company are tentative: said so, and less loudly than a real clash.
  for (const clash of holds.clashesWith(candidate)) {
    const held = clash.hold.interview.company
    lines.push(
      clash.kind === 'overlap'
        ? {
            severity: 'warning',
            text: t('reschedule.preview.on', { company: held, time: time(clash.hold.slot) }),
          }
        : {
            severity: 'info',
            text: t('reschedule.preview.near', {
              gap: Math.round(clash.gapMinutes),
              needed: clash.neededMinutes,
              company: held,
            }),
          },
    )
  }
  const day = dayKey(startsAt, settings.timeZone)
  const busy = busyDays(
    [...interviews.filter((other) => other.id !== candidate.id), candidate],
    settings.timeZone,
    settings.sameDayWarningCount,
  ).find((busyDay) => busyDay.day === day)
  if (busy?.interviews.includes(candidate))
    lines.push({ severity: busy.severity, text: t('preview.sameDay', { count: busy.interviews.length }) })
  if (editing && (editing.startsAt !== startsAt || editing.endsAt !== endsAt)) {
    const notice = noticeLevel(now, Date.parse(editing.startsAt), settings.noticeHours)
    const severity = notice.level === 'ample' ? 'ok' : notice.level === 'short' ? 'warning' : 'danger'
    lines.push({
      severity,
      text: noticeSpan(t, 'preview.notice', notice.level, notice.hoursBefore),
    })
  }
  return (
    <section className="preview wide" aria-live="polite" aria-label={t('preview.title')}>
      <h3>{t('preview.title')}</h3>
      {lines.length === 0 ? (
        <p className="preview-line preview-ok">{t('preview.clear')}</p>
      ) : (
        lines.map((line) => (
          <p key={line.text} className={`preview-line preview-${line.severity}`}>
            {line.text}
          </p>
        ))
      )}
      {outsideWorkingHours(startsAt, endsAt, settings) && (
        <p className="preview-line preview-info">
          {t('preview.outsideHours', {
            start: clockText(settings.workingHours.start, i18n.language),
            end: clockText(settings.workingHours.end, i18n.language),
          })}
        </p>
      )}
    </section>
  )
}
