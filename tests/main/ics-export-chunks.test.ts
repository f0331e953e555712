import { describe, expect, it } from 'vitest'
import { icsUids, listInterviews } from '../../src/main/db/repos/interviews'
import { exportIcs } from '../../src/main/ics/export'
import { createInterviews } from '../../src/main/services/interviews'
import { getSettings } from '../../src/main/services/settings'
import type { IcsExportProgress } from '../../src/shared/model/exchange'
import type { InterviewFields } from '../../src/shared/model/interview'
import { testBackend } from '../helpers/backend'

const NOW = Date.parse('2026-11-22T03:00:00.000Z')
const DAY = 86_400_000

function many(count: number): { fields: InterviewFields }[] {
  return Array.from({ length: count }, (_, i) => {
    const start = NOW - 365 * DAY + Math.floor((i * 2 * 365 * DAY) / count / 1000) * 1000
    return {
      fields: {
        // One company with accents and an emoji: the whole text is then held at two bytes a character.
        company: i === 4321 ? 'Kopi Kéren 💼, Tbk' : `PT Contoh ${i}, Tbk`,
        position: 'Analyst',
        contact: {
          name: `Recruiter ${i % 30}`,
          email: `hr${i % 30}@example.co.id`,
          ...(i % 3 === 0 ? { title: 'ms' as const } : {}),
        },
        mode: i % 2 ? 'video' : 'onsite',
        ...(i % 2 ? { meetingUrl: 'https://zoom.us/j/1' } : { location: 'Gedung A; Jakarta' }),
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 3_600_000).toISOString(),
        timeZone: 'Asia/Jakarta',
        status: 'confirmed',
      } as InterviewFields,
    }
  })
}

describe('ics/export of a large calendar runs off the request path, in a worker thread', () => {
  it('answers other calls while 10 000 interviews are written, reports progress, and writes the same text', async () => {
    const app = await testBackend()
    const db = app.connection.database
    createInterviews(db, new Date(NOW - DAY), many(10_000))
    const events: string[] = []
    const exporting = app.call('ics/export', {}).then((result) => {
      events.push('export')
      return result
    })
    // Called after the export started: each is answered before the export finishes.
    const month = { from: new Date(NOW).toISOString(), to: new Date(NOW + 31 * DAY).toISOString() }
    const listed = await app.call('interviews/list', month)
    events.push('list')
    // The worker opens the file and reads the rows first: progress is asked again until it has written a part.
    let progress = await app.value<IcsExportProgress>('ics/exportProgress')
    while (progress.running && progress.done === 0) {
      await new Promise((resolve) => setTimeout(resolve, 2))
      progress = await app.value<IcsExportProgress>('ics/exportProgress')
    }
    events.push('progress')
    const exported = await exporting

    expect(events).toEqual(['list', 'progress', 'export'])
    expect(listed.ok && (listed.value as unknown[]).length).toBeGreaterThan(0)
    expect(progress).toMatchObject({ running: true, total: 10_000 })
    expect(progress.done).toBeGreaterThan(0)
    expect(progress.done).toBeLessThan(10_000)
    expect(await app.value<IcsExportProgress>('ics/exportProgress')).toEqual({
      running: false,
      done: 10_000,
      total: 10_000,
    })
    if (!exported.ok) throw new Error(exported.error.message)
    const { text } = exported.value as { text: string }
    // Written in chunks, the text is exactly what the one-piece writer gives.
    const settings = getSettings(db, { language: 'en', timeZone: 'Asia/Jakarta' })
    expect(text).toBe(exportIcs(listInterviews(db), settings, icsUids(db), new Date(NOW)))
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(10_000)
    app.stop()
  }, 60_000)

  it('gives the same text from the worker when it is all ASCII, from the first size it is used for', async () => {
    const app = await testBackend()
    const db = app.connection.database
    createInterviews(db, new Date(NOW - DAY), many(1000))
    const { text } = await app.value<{ text: string }>('ics/export', {})
    const settings = getSettings(db, { language: 'en', timeZone: 'Asia/Jakarta' })
    expect(text).toMatch(/^[\x20-\x7e\r\n]+$/)
    expect(text).toBe(exportIcs(listInterviews(db), settings, icsUids(db), new Date(NOW)))
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1000)
    app.stop()
  })

  it('still refuses ids that do not exist, and exports the chosen ones', async () => {
    const app = await testBackend()
    const made = createInterviews(app.connection.database, new Date(NOW - DAY), many(3))
    const missing = await app.call('ics/export', {
      ids: [made[0]!.id, '00000000-0000-4000-8000-000000000000'],
    })
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND')
    const chosen = await app.value<{ text: string }>('ics/export', { ids: [made[2]!.id, made[0]!.id] })
    expect(chosen.text.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    expect(chosen.text).toContain('PT Contoh 2\\, Tbk')
    expect(chosen.text).not.toContain('PT Contoh 1\\, Tbk')
    app.stop()
  })
})
