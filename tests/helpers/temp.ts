import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, expect } from 'vitest'

const perTest: string[] = []
const perFile: string[] = []

/**
 * A fresh folder under the system temp dir, removed after the test — or, when made in a `beforeAll`, after
 * the file's last test (the app notices a database removed under it, so it must outlive every test using it).
 */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'interview-desk-test-'))
  ;(expect.getState().currentTestName ? perTest : perFile).push(dir)
  return dir
}

const remove = (dirs: string[]) => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}
afterEach(() => remove(perTest))
afterAll(() => remove(perFile))

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
