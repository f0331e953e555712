import type { Interview } from './model/interview'

/** Lower case without accents, so "sekolah" finds "Sekolah" and "cafe" finds "Café". */
export const foldText = (value: string) =>
  value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en')

/** The words of a search; empty when there is nothing to search for. */
export const searchWords = (query: string): string[] => foldText(query).split(/\s+/).filter(Boolean)

type Searchable = Pick<Interview, 'company' | 'position' | 'contact' | 'location' | 'referenceNumber'>

/**
 * The one search rule of the app (the server's `interviews/list` and the calendar's filter alike): every
 * word must appear, in any case and without accents, somewhere in the company, position, contact name or
 * email, location or reference number. Notes are left out: they hold what the user wrote about the
 * interview, and matching them surprised more than it helped.
 */
export function matchesSearch(interview: Searchable, words: readonly string[]): boolean {
  if (words.length === 0) return true
  const haystack = foldText(
    [
      interview.company,
      interview.position,
      interview.contact.name ?? '',
      interview.contact.email ?? '',
      interview.location ?? '',
      interview.referenceNumber ?? '',
    ].join('\n'),
  )
  return words.every((word) => haystack.includes(word))
}
