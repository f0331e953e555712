import type { CountryCode } from 'libphonenumber-js'
import type { InvitationField, InvitationReading } from '../../shared/model/invitation'
import { companyOf } from './company'
import { readReplyBy, readTime } from './dates'
import {
  accessCode,
  isRecordedInterviewLink,
  keptVenue,
  meetingLink,
  reference,
  venue,
  venueInRow,
} from './details'
import { heldAtADistance, modeOf } from './mode'
import { contactOf, signatureStart } from './people'
import { positionOf } from './positions'
import { labelsJoined, plainText, withoutLeadingEmoji } from './text'
import { countryOfZone } from '../../shared/schedule/zoneCountries'
import { wallClock } from '../../shared/time'
import { timeAtVenue } from './zones'

export interface InvitationText {
  text: string
  subject?: string
  from?: { name?: string; address?: string }
}

const RESCHEDULE =
  /\b(?:pindahkan|dipindah(?:kan)?|diundur|dimajukan|kami undur|jadwal ulang|(?:di|men)?jadwalkan ulang|penjadwalan ulang|perubahan jadwal|jadwal(?: (?:wawancara|interview))?(?: yang)? (?:baru|terbaru|pengganti)(?:nya)?|reschedul(?:e|ed|ing)|moved to|new (?:date|time)|change (?:of|in) (?:the )?schedule)\b/gi

/** An offer, not a move: "Kalau ada yang mau di-reschedule, kabari ya", "If you need to reschedule, …". */
const OFFER =
  /\b(?:kalau|kalo|klo|jika|jikalau|apabila|bila|seandainya|if|should|in case|whenever)\b[^.!?\n]{0,40}$/i

/** The message moves an interview: it says so, other than in an offer to move it should the candidate need. */
function movesAnInterview(text: string): boolean {
  return [...text.matchAll(RESCHEDULE)].some(
    (match) => !OFFER.test(text.slice(Math.max(0, match.index - 60), match.index)),
  )
}

/**
 * Reads an invitation's fields from its text (an email body, a chat message, a calendar description),
 * each with the snippet it came from. Nothing is guessed: a field the text does not state stays empty.
 */
export function readInvitation(
  input: InvitationText,
  options: { now: number; timeZone: string },
): Omit<InvitationReading, 'match' | 'notices'> & { reschedule: boolean } {
  const text = labelsJoined(withoutLeadingEmoji(plainText(input.text)))
  const subject = input.subject ? plainText(input.subject) : undefined
  const reading: ReturnType<typeof readInvitation> = {
    interview: {},
    sources: {},
    missing: [],
    reschedule: movesAnInterview(`${subject ?? ''}\n${text}`),
  }
  const { interview, sources } = reading
  const set = <K extends InvitationField>(field: K, found: { value: string; source: string } | undefined) => {
    if (!found?.value) return
    sources[field] = found.source.slice(0, 300)
    if (field.startsWith('contact.')) {
      interview.contact = { ...interview.contact, [field.slice(8)]: found.value }
    } else {
      ;(interview as Record<string, unknown>)[field] = found.value
    }
  }
  set('company', companyOf(text, subject))
  set('position', positionOf(text, subject))
  const written = readTime(`${subject ? `${subject}\n` : ''}${text}`, options.now, options.timeZone)
  const signature = signatureStart(text)
  const body = signature >= 0 ? text.slice(0, signature) : text
  const place =
    (written && venueInRow(body, written.source)) ?? venue(body) ?? keptVenue(body, text.slice(body.length))
  const found = meetingLink(text)
  // A recorded-interview platform's link beside a venue is an earlier stage's: no link of this interview.
  const link = found && place && isRecordedInterviewLink(found.value) ? undefined : found
  const mode = modeOf(body, link, place)
  // An onsite interview is held on its venue's clock (`timeAtVenue`); not one the text says is by phone or video
  // (an office address beside "kami akan menghubungi Saudara melalui telepon" is not where it is held).
  const atVenue =
    written && mode?.value === 'onsite' && place
      ? timeAtVenue(written, place.value, !heldAtADistance(body))
      : undefined
  const time = atVenue?.time ?? written
  if (time?.choices) {
    // Several times offered: none is the interview's until the user chooses one (the form offers them).
    reading.choices = time.choices
  } else if (time?.hourStated) {
    set('startsAt', { value: time.startsAt, source: time.source })
    if (time.endsAt) set('endsAt', { value: time.endsAt, source: time.source })
  } else if (time) {
    // The day alone: the form takes the date and asks for the hour, never starting the interview at 00.00.
    reading.day = { date: wallClock(time.startsAt, time.timeZone).date, source: time.source }
  }
  if (time)
    set('timeZone', {
      value: time.timeZone,
      source: atVenue?.moved ? place!.source : (time.zoneSource ?? time.source),
    })
  // Among times offered to choose from, each says its own (`choices`).
  if (time?.otherWeekday && !time.choices)
    reading.weekdayClash = { date: wallClock(time.startsAt, time.timeZone).date, written: time.otherWeekday }
  set('mode', mode)
  if (mode?.value === 'onsite') set('location', place)
  set('meetingUrl', link)
  set('accessCode', accessCode(text))
  set('referenceNumber', reference(`${subject ?? ''}\n${text}`))
  // A number written without its country code is the venue's or the time's country's ("012-345 6789" in
  // Kuala Lumpur is Malaysian), else Indonesian.
  const contact = contactOf(
    text,
    input.from,
    (countryOfZone(interview.timeZone ?? '') ?? 'ID') as CountryCode,
  )
  if (contact.name) {
    set('contact.name', contact.name)
    if (contact.name.title) set('contact.title', { value: contact.name.title, source: contact.name.source })
  }
  set('contact.role', contact.role)
  set('contact.email', contact.email)
  set('contact.phone', contact.phone)
  // A reply asked by a date before the interview: the form offers a task to confirm by then.
  const replyBy = readReplyBy(text, options.now, interview.timeZone ?? options.timeZone)
  if (replyBy && (!interview.startsAt || replyBy.at < interview.startsAt)) reading.replyBy = replyBy
  if (!interview.company) reading.missing.push('company')
  if (!interview.position) reading.missing.push('position')
  if (!interview.startsAt && !reading.choices) reading.missing.push(reading.day ? 'startTime' : 'startsAt')
  // No end is guessed (DOMAIN.md): one not stated is asked for, or the form would say nothing of it.
  else if (interview.startsAt && !interview.endsAt) reading.missing.push('endTime')
  return reading
}
