import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Interview } from '../../../../shared/model/interview'
import type { Alert } from '../../../../shared/schedule/alerts'
import { useNoticeWords } from '../../i18n/useNoticeWords'
import { ModeIcon } from '../../ui/icons'
import { textsOf, worstSeverity } from './labels'

interface EventLabelProps {
  interview: Interview
  zone: string
  alerts: readonly Alert[]
  /** Hide the time (all-day interviews). */
  allDay?: boolean
  /** Room for the position on a second line. */
  roomy?: boolean
}

/** What every calendar view draws for an interview: mode icon, time, company, position and alert marks. */
export function EventLabel({ interview, zone, alerts, allDay = false, roomy = false }: EventLabelProps) {
  const word = useNoticeWords()
  const { i18n } = useTranslation()
  const texts = textsOf(interview, zone, i18n.language)
  const worst = worstSeverity(alerts)
  return (
    <>
      <span className="ev-line">
        <ModeIcon mode={interview.mode} />
        {!allDay && <span className="ev-time">{texts.start}</span>}
        <span
          className="ev-company"
          title={texts.short === interview.company ? undefined : interview.company}
        >
          {texts.short}
        </span>
        {worst && (
          <span
            className={`ev-mark mark-${worst}`}
            title={alerts.map((alert) => word(alert)).join('\n')}
            aria-hidden="true"
          >
            {worst === 'info' ? 'i' : '!'}
          </span>
        )}
      </span>
      {roomy && <span className="ev-position">{interview.position}</span>}
    </>
  )
}

/** The words an event's spoken name is made of, translated once per render rather than once per event. */
export interface EventWords {
  /** The UI language the words are in (times are written its way too: "09.00" / "09:00"). */
  language: string
  allDay: string
  mode: (mode: Interview['mode']) => string
  status: (status: Interview['status']) => string
  alert: (kind: Alert['kind']) => string
}

export function useEventWords(): EventWords {
  const { t, i18n } = useTranslation()
  // The language is what changes the words (and how times are written).
  return useMemo(() => eventWords((key) => t(key), i18n.language), [t, i18n.language])
}

/** The words of an event's spoken name from a translation, each looked up when first needed. */
export function eventWords(translate: (key: string) => string, language: string): EventWords {
  const cache = new Map<string, string>()
  const word = (key: string) => {
    let text = cache.get(key)
    if (text === undefined) {
      text = translate(key)
      cache.set(key, text)
    }
    return text
  }
  return {
    language,
    get allDay() {
      return word('calendar.allDay')
    },
    mode: (mode) => word(`mode.${mode}`),
    status: (status) => word(`status.${status}`),
    alert: (kind) => word(`alerts.kind.${kind}`),
  }
}

/** The spoken name of an interview's button: time, company, position, mode, status and its alerts. */
export function eventName(
  words: EventWords,
  interview: Interview,
  zone: string,
  alerts: readonly Alert[],
  allDay = false,
): string {
  // Kept per interview until the words (the language), the zone or its alerts change: navigating back to a
  // period, or redrawing it while dragging, then costs no string building at all.
  const known = names.get(interview)
  if (
    known &&
    known.words === words &&
    known.zone === zone &&
    known.allDay === allDay &&
    (known.alerts === alerts || (known.alerts.length === 0 && alerts.length === 0))
  )
    return known.name
  const name = spokenName(words, interview, zone, alerts, allDay)
  names.set(interview, { words, zone, alerts, allDay, name })
  return name
}

const names = new WeakMap<
  Interview,
  { words: EventWords; zone: string; alerts: readonly Alert[]; allDay: boolean; name: string }
>()

function spokenName(
  words: EventWords,
  interview: Interview,
  zone: string,
  alerts: readonly Alert[],
  allDay: boolean,
): string {
  const { start, end } = textsOf(interview, zone, words.language)
  const time = allDay ? words.allDay : `${start}–${end}`
  const kinds = [...new Set(alerts.map((alert) => words.alert(alert.kind)))]
  return [
    time,
    interview.company,
    interview.position,
    words.mode(interview.mode),
    words.status(interview.status),
    ...kinds,
  ].join(', ')
}
