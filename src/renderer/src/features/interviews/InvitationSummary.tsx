import { useTranslation } from 'react-i18next'
import type { InvitationReading, InvitationSlot } from '../../../../shared/model/invitation'
import { wallClock } from '../../../../shared/time'
import type { Interview, TimeSlot } from '../../../../shared/model/interview'
import { useZone } from '../../app/SettingsContext'
import { dateLocale } from '../../i18n'
import { clockText } from '../../i18n/clock'
import { dayNames } from '../calendar/labels'
import { useInvitationWhen } from './invitationWhen'
import { countryNames } from '../../i18n/countries'

/** What reading an invitation gave: how many fields were filled, what is missing, what it matches. */
export function InvitationSummary({
  reading,
  filled,
  interviews,
  onMove,
  onAnswer,
  onChoose,
  chosen,
}: {
  reading: InvitationReading
  filled: number
  interviews: readonly Interview[]
  /** Moves the matched interview to the invitation's new time instead of adding a new one. */
  onMove: (interview: Interview) => void
  /** Records the message as the company's answer to the interview's pending reschedule request. */
  onAnswer: (interview: Interview, slot: TimeSlot) => void
  /** Fills the form with one of the times the invitation offers to choose from. */
  onChoose: (choice: InvitationSlot) => void
  /** The offered time the form holds, if any. */
  chosen: string | undefined
}) {
  const { t } = useTranslation()
  const when = useInvitationWhen()
  const matched = reading.match && interviews.find((interview) => interview.id === reading.match!.interviewId)
  const answer = matched?.reschedule ? reading.match?.answer : undefined
  return (
    <div className="invitation-summary" role="status">
      {filled > 0 && <p>{t('invitations.filled', { count: filled })}</p>}
      {reading.missing.length > 0 && (
        <p className="warning">
          {t('invitations.missing', {
            fields: reading.missing.map((field) => t(`invitations.fieldNames.${field}`)).join(', '),
          })}
        </p>
      )}
      {reading.choices && (
        <Choices
          choices={reading.choices}
          zone={reading.interview.timeZone}
          chosen={chosen}
          onChoose={onChoose}
        />
      )}
      {reading.weekdayClash && <WeekdayClash clash={reading.weekdayClash} />}
      {reading.holiday && <Holiday {...reading.holiday} />}
      {reading.notices.map((notice) => (
        <p key={notice}>{t(`invitations.notice.${notice}`)}</p>
      ))}
      {reading.match && (
        <p className="warning">
          {t(`invitations.match.${reading.match.kind}`, {
            company: matched ? `${matched.company} — ${matched.position}` : (reading.interview.company ?? ''),
          })}
        </p>
      )}
      {answer && matched && (
        <>
          <p>{t('invitations.answer.pending')}</p>
          <button type="button" className="primary" onClick={() => onAnswer(matched, answer.slot)}>
            {t(answer.proposed ? 'invitations.answer.accepted' : 'invitations.answer.chosen', {
              when: when(answer.slot.startsAt),
            })}
          </button>
        </>
      )}
      {!answer && reading.match?.kind === 'update' && matched && reading.interview.startsAt && (
        <button type="button" className="primary" onClick={() => onMove(matched)}>
          {t('invitations.moveMatched')}
        </button>
      )}
    </div>
  )
}

/** The weekday the invitation writes beside its date, and the one the date falls on, in the UI's language. */
function WeekdayClash({ clash }: { clash: NonNullable<InvitationReading['weekdayClash']> }) {
  const { t, i18n } = useTranslation()
  const names = dayNames(clash.date, dateLocale(i18n.language))
  return (
    <p className="warning">
      {t('invitations.weekdayClash', {
        written: clash.written,
        date: `${names.dayMonth} ${clash.date.slice(0, 4)}`,
        weekday: names.weekday,
      })}
    </p>
  )
}

/** Countries English names with "the" ("a public holiday in the Netherlands"). */
const WITH_THE = new Set(['AE', 'GB', 'NL', 'PH', 'US'])

/** The invitation's day falls on a public holiday where the interview is: worth checking before it is saved. */
function Holiday({ date, country }: { date: string; country: string }) {
  const { t, i18n } = useTranslation()
  const { language } = i18n
  const name = countryNames(language)(country)
  return (
    <p className="warning">
      {t('invitations.holiday', {
        date: dayNames(date, dateLocale(language)).full,
        country: language === 'en' && WITH_THE.has(country) ? `the ${name}` : name,
      })}
    </p>
  )
}

/**
 * The times an invitation offers to choose from, each a button that fills the form's date and times with it
 * (pressed while the form holds it).
 */
function Choices({
  choices,
  zone,
  chosen,
  onChoose,
}: {
  choices: readonly InvitationSlot[]
  zone: string | undefined
  chosen: string | undefined
  onChoose: (choice: InvitationSlot) => void
}) {
  const { t, i18n } = useTranslation()
  const when = useInvitationWhen()
  const userZone = useZone()
  // In the zone the invitation states, as the form shows the times it fills in.
  const shown = zone ?? userZone
  return (
    <>
      <p className="warning">{t('invitations.choices', { count: choices.length })}</p>
      <ul className="invitation-choices">
        {choices.map((choice) => (
          <li key={choice.startsAt}>
            <button
              type="button"
              aria-pressed={choice.startsAt === chosen}
              title={choice.source}
              onClick={() => onChoose(choice)}
            >
              {when(choice.startsAt, shown)}
              {choice.endsAt && `–${clockText(wallClock(choice.endsAt, shown).time, i18n.language)}`}
            </button>
          </li>
        ))}
      </ul>
      {choices.map(
        ({ startsAt, otherWeekday }) =>
          otherWeekday && (
            <WeekdayClash
              key={startsAt}
              clash={{ date: wallClock(startsAt, shown).date, written: otherWeekday }}
            />
          ),
      )}
    </>
  )
}
