import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import type { Language } from '../model/settings'

/**
 * The greeting for a moment of the recipient's day (DOMAIN.md): pagi until 10:59, siang 11:00–14:59, sore
 * 15:00–17:59, malam from 18:00 (and before 04:00); in English, morning until noon, then afternoon, and
 * evening from 18:00.
 */
export function greetingAt(moment: number, zone: string, language: Language): string {
  const hour = Number(format(moment, 'H', { in: tz(zone) }))
  const night = hour >= 18 || hour < 4
  if (language === 'id') {
    if (night) return 'Selamat malam'
    return hour < 11 ? 'Selamat pagi' : hour < 15 ? 'Selamat siang' : 'Selamat sore'
  }
  if (night) return 'Good evening'
  return hour < 12 ? 'Good morning' : 'Good afternoon'
}

const TIME_OF_DAY = /\b(?:selamat\s+(?:pagi|siang|sore|malam)|good\s+(?:morning|afternoon|evening))\b/gi

/**
 * The greetings by time of day that a text opens its lines with ("Selamat pagi, Ibu Sari."), as written
 * (a "Selamat sore" inside a sentence is not one).
 */
export function greetingsIn(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(TIME_OF_DAY)) {
    const before = text.slice(0, match.index).replace(/[ \t]+$/, '')
    // At the start of the text or of a line, after a step's number ("1. "), or after a sentence.
    if (before === '' || /(?:\n|^\d+\.|[.!?:])$/.test(before)) found.push(match[0])
  }
  return found
}

/** Whether two greetings are the same words (case and spacing aside). */
export const sameGreeting = (a: string, b: string): boolean =>
  a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ')
