import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []

/** A fresh folder under the system temp dir, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'interview-desk-test-'))
  made.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export const fixedNow =
  (iso = '2026-11-22T03:00:00.000Z') =>
  () =>
    new Date(iso)

/** A valid interview input starting `hoursFromNow` after 2026-11-22 03:00 UTC. */
export function interviewInput(overrides: Record<string, unknown> = {}, hoursFromNow = 48) {
  const start = Date.parse('2026-11-22T03:00:00.000Z') + hoursFromNow * 3600_000
  return {
    company: 'PT Nusantara Data Raya',
    position: 'Data Analyst',
    mode: 'onsite',
    location: 'Menara Sudirman, Jakarta',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 3600_000).toISOString(),
    timeZone: 'Asia/Jakarta',
    contact: { name: 'Rina Kartika', role: 'recruiter', email: 'rina@example.co.id' },
    ...overrides,
  }
}
