import type { Mode } from '../../shared/model/interview'
import type { Found } from './details'
import { lineOf } from './text'

// How an interview is held, as the message says it: onsite, by video or by phone.
const ONSITE_WORDS = /\b(?:offline|luring|tatap muka|in[- ]person|face[- ]to[- ]face|walk[- ]in)\b/i
export const ONLINE_WORDS =
  /\b(?:online|daring|virtual|video call|video interview|zoom|google meet|microsoft teams|teams meeting|webex)\b/i
const PHONE_WORDS =
  /\b(?:phone interview|phone screen(?:ing)?|telephone interview|wawancara (?:via )?telepon|interview (?:via )?telepon|melalui telepon|via telepon|by phone|will call you|akan (?:menghubungi|menelepon) (?:anda|kamu|saudara|bapak|ibu)|kami (?:akan )?(?:hubungi|telepon)|(?:tele)?phone call|voice call|(?:whatsapp|wa) call|give you a (?:ring|call)|ring you|panggilan (?:telepon|telpon|suara)|ditelepon|ditelpon)\b/i
/**
 * A call they will hold, with no medium named ("a 30-minute introductory call", "a quick call with our CTO"):
 * a phone call, unless the text names a video service anywhere ("a call on Zoom"). "Call us at …" is the
 * candidate calling them, and a call centre is a workplace.
 */
const A_CALL =
  /\b(?:(?:an?|our|the|quick|short|brief|introductory|intro|initial|first|screening|exploratory|\d+[- ]?min(?:ute)?s?)[ \t]+call|via call|call with)\b(?![ \t-]*(?:cent(?:er|re)|back)\b)/i
const BACKUP_LINK =
  /\b(?:cadangan|backup|jika berhalangan hadir|if you cannot attend in person|alternatif)\b/i

/** Words that say an interview is held at a distance, whatever address the message also gives. */
const REMOTE =
  /\b(?:(?:melalui|via|lewat|by|secara)[ \t]+(?:telepon|telpon|phone|video(?:[ \t]+call)?|online|daring|zoom|(?:microsoft[ \t]+)?teams|google[ \t]+meet|gmeet|webex|skype)|(?:phone|telephone|video|online|virtual)[ \t]+(?:interview|call)|(?:wawancara|interview)[ \t]+(?:telepon|online|daring|video|virtual)|panggilan[ \t]+video|will[ \t]+call[ \t]+you|akan[ \t]+(?:menghubungi|menelepon)[ \t]+(?:saudara|saudari|anda|kamu|kakak))\b/gi

/**
 * The message says the interview itself is held by phone, whatever address it also gives (a letterhead's, an
 * office's): "mengikuti wawancara via telepon", "Wawancara akan dilaksanakan melalui sambungan telepon", "The
 * first-round interview will be conducted by phone", "This is a phone interview". The interview is named
 * first, within its sentence.
 */
const HELD_BY_PHONE =
  /\b(?:(?:wawancara|interview)\b[^.!?\n]{0,60}?\b(?:melalui|via|lewat|secara|by|over[ \t]+the)[ \t]+(?:sambungan[ \t]+|panggilan[ \t]+)?(?:telepon|telpon|phone|whatsapp[ \t]+call|wa[ \t]+call)|this[ \t]+(?:is|will[ \t]+be)[ \t]+an?[ \t]+(?:tele)?phone[ \t]+interview)\b/gi
/**
 * Not in a sentence that speaks of another round or of a fallback: "Setelah wawancara dilakukan melalui
 * telepon pada 20 November lalu, …", "If you are unable to attend in person, the interview will be conducted
 * by phone instead", "Following your phone interview last week".
 */
const NOT_THIS_ONE =
  /\b(?:if|jika|apabila|bila|kalau|unable|instead|alternatively|sebagai gantinya|setelah|following|after|previous|sebelumnya|lalu|kemarin|last|tatap muka|in person|onsite|on-site)\b/i

/** The sentence around `at`: from the last full stop, question or exclamation mark or line end to the next. */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(...['.', '!', '?', '\n'].map((stop) => text.lastIndexOf(stop, at - 1))) + 1
  const ends = ['. ', '! ', '? ', '\n'].map((stop) => text.indexOf(stop, at)).filter((end) => end >= 0)
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length)
}

/** Where the message says the interview is held by phone (`HELD_BY_PHONE`), not of another round. */
function heldByPhone(text: string): number | undefined {
  for (const match of text.matchAll(HELD_BY_PHONE))
    if (!NOT_THIS_ONE.test(sentenceAround(text, match.index))) return match.index
  return undefined
}

/** Video when a link is where to attend, phone when they will call, onsite when a venue is given. */
export function modeOf(text: string, link?: Found, place?: Found): (Found & { value: Mode }) | undefined {
  const byPhone = link ? undefined : heldByPhone(text)
  if (byPhone !== undefined) return { value: 'phone', source: lineOf(text, byPhone) }
  if (place && (!link || BACKUP_LINK.test(text))) return { value: 'onsite', source: place.source }
  if (link) return { value: 'video', source: link.source }
  const phone = PHONE_WORDS.exec(text)
  if (phone) return { value: 'phone', source: lineOf(text, phone.index) }
  // "Jenis interview: Offline / Tatap muka" with no address given.
  const onsite = ONSITE_WORDS.exec(text)
  if (onsite) return { value: 'onsite', source: lineOf(text, onsite.index) }
  const online = ONLINE_WORDS.exec(text)
  if (online) return { value: 'video', source: lineOf(text, online.index) }
  const call = A_CALL.exec(text)
  if (call) return { value: 'phone', source: lineOf(text, call.index) }
  return place ? { value: 'onsite', source: place.source } : undefined
}

/**
 * The message says the interview is held at a distance (by phone, video, online), other than as a fallback or
 * of another round: an office address beside it is then not where the interview is held.
 */
export function heldAtADistance(text: string): boolean {
  return [...text.matchAll(REMOTE)].some((match) => !NOT_THIS_ONE.test(sentenceAround(text, match.index)))
}
