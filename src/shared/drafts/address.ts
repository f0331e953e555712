import { readHonorific } from '../model/honorific'
import type { Contact, ContactTitle } from '../model/interview'
import type { Language } from '../model/settings'

/** The ways a message names its recipient, already in the message's language (DOMAIN.md, Addressing). */
export interface Addressee {
  /** The letter's first line: "Yth. Ibu Sari Wulandari," / "Dear Ms Wulandari,". */
  letter: string
  /** Spoken or chatted, after "Selamat pagi": "Ibu Sari" / "Ms Wulandari"; absent when no name is known. */
  spoken?: string | undefined
  /** Who to ask for on the phone: "Ibu Sari Wulandari" / "Hendra Gunawan" / the hiring team. */
  askFor: string
  /** The polite "you" inside a sentence: "Ibu", "Bapak", the neutral "Bapak/Ibu"; English "you". */
  you: string
  /** Whether a name and a title are known (for the gentle checks). */
  named: boolean
  titled: boolean
}

const ID_TITLE: Record<ContactTitle, string> = { mr: 'Bapak', ms: 'Ibu' }
const EN_TITLE: Record<ContactTitle, string> = { mr: 'Mr', ms: 'Ms' }

/**
 * How to address the contact. A title typed into an old record's name ("Pak Hendra") is read as a title, so
 * nothing is ever doubled; an unknown title is never guessed, and never becomes "Bapak/Ibu <name>".
 */
export function addressee(contact: Contact, company: string, language: Language): Addressee {
  const read = contact.name ? readHonorific(contact.name) : undefined
  const name = read?.name || undefined
  const title = contact.title ?? read?.title
  const words = name?.split(' ') ?? []
  const first = words[0]
  const last = words.at(-1)
  if (language === 'id') {
    if (!name) {
      return {
        letter: `Yth. Bapak/Ibu Tim Rekrutmen ${company},`,
        askFor: `bagian rekrutmen ${company}`,
        you: 'Bapak/Ibu',
        named: false,
        titled: false,
      }
    }
    if (!title) {
      return {
        letter: `Yth. ${name},`,
        spoken: name,
        askFor: name,
        you: 'Bapak/Ibu',
        named: true,
        titled: false,
      }
    }
    const honorific = ID_TITLE[title]
    return {
      letter: `Yth. ${honorific} ${name},`,
      // Indonesians address people by the given name: "Ibu Sari", not "Ibu Wulandari".
      spoken: `${honorific} ${first}`,
      askFor: `${honorific} ${name}`,
      you: honorific,
      named: true,
      titled: true,
    }
  }
  if (!name) {
    return {
      letter: 'Dear Hiring Team,',
      askFor: 'someone in recruitment',
      you: 'you',
      named: false,
      titled: false,
    }
  }
  if (!title) {
    return { letter: `Dear ${name},`, spoken: name, askFor: name, you: 'you', named: true, titled: false }
  }
  const honorific = EN_TITLE[title]
  // English puts the title before the last word of the name ("Ms Wulandari"); a one-word name is used whole.
  const formal = `${honorific} ${last}`
  return { letter: `Dear ${formal},`, spoken: formal, askFor: formal, you: 'you', named: true, titled: true }
}
