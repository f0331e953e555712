import { resolve } from 'node:path'
import { startBackend } from '../../src/main/backend'
import { createInterviews } from '../../src/main/services/interviews'
import type { InterviewFields } from '../../src/shared/model/interview'
import { seeded } from '../bench/measure'

const COMPANIES = ['PT Nusantara Data Raya', 'PT Bank Sentosa Tbk', 'CV Karya Mandiri', 'Globex Pte. Ltd.']
const STATUSES = ['invited', 'confirmed', 'completed', 'cancelled'] as const

/**
 * `count` interviews spread over three years centred on `now` (a whole imported calendar), office hours in
 * Jakarta, a third on site, statuses in turn.
 */
export function storeInterviews(count: number, now: number): InterviewFields[] {
  const random = seeded(7)
  const spanStart = now - Math.floor((3 * 365) / 2) * 86_400_000
  const dayStart = spanStart - (spanStart % 86_400_000)
  return Array.from({ length: count }, (_, i) => {
    const day = dayStart + Math.floor(random() * 3 * 365) * 86_400_000
    const start = day + (1 + Math.floor(random() * 18)) * 1_800_000
    const onsite = i % 3 === 0
    return {
      company: `${COMPANIES[i % COMPANIES.length]} ${i % 700}`,
      position: `Analyst ${i % 90}`,
      contact: { name: `Recruiter ${i % 50}`, email: `hr${i % 50}@example.co.id`, phone: '+6281255556666' },
      mode: onsite ? 'onsite' : 'video',
      ...(onsite ? { location: `Gedung ${i % 20}, Jl. Sudirman, Jakarta` } : {}),
      ...(onsite ? {} : { meetingUrl: 'https://zoom.us/j/123456789', accessCode: '735102' }),
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3_600_000).toISOString(),
      timeZone: 'Asia/Jakarta',
      status: STATUSES[i % STATUSES.length]!,
      referenceNumber: `REF/${i}`,
    } as InterviewFields
  })
}

/** Writes a database file holding `count` interviews, with the app's own code, and closes it. */
export async function seedStoreFile(
  file: string,
  count: number,
  now: number,
  settings: Record<string, unknown> = {},
): Promise<void> {
  // Outside vitest (Playwright), the parsing worker is the built one; seeding never parses.
  process.env.INTERVIEW_DESK_PARSE_WORKER ??= resolve(__dirname, '../../out/main/parseWorker.js')
  const backend = await startBackend({
    dbFile: file,
    system: { language: 'en', timeZone: 'Asia/Jakarta' },
    now: () => new Date(now),
  })
  createInterviews(
    backend.connection.database,
    new Date(now - 86_400_000),
    storeInterviews(count, now).map((fields) => ({ fields })),
  )
  const updated = await backend.registry.dispatch('settings/update', settings)
  backend.stop()
  if (!updated.ok) throw new Error(updated.error.message)
}
