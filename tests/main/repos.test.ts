import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/db/open'
import {
  deleteInterview,
  getInterview,
  insertInterview,
  listInterviews,
  listInterviewsSql,
} from '../../src/main/db/repos/interviews'
import { readStoredSettings, writeStoredSettings } from '../../src/main/db/repos/settings'
import type { Interview } from '../../src/shared/model/interview'
import { fixedNow, tempDir } from '../helpers/temp'
import { at } from '../helpers/interviews'

async function db() {
  const dir = tempDir()
  return openDatabase(join(dir, 'db.sqlite3'), { backupsDir: join(dir, 'backups'), now: fixedNow() })
}

/** A bare video interview: no optional field set. */
const interview = (startsAt: string, overrides: Partial<Interview> = {}) =>
  at(startsAt, 60, { mode: 'video', location: undefined, status: 'invited', ...overrides })

describe('interviews repo', () => {
  it('stores and reads back every field; absent optional fields stay absent', async () => {
    const handle = await db()
    const full = interview('2026-12-07T03:00:00.000Z', {
      contact: { name: 'Rina', role: 'recruiter', email: 'r@example.com', phone: '+62 21 555 0100' },
      mode: 'onsite',
      location: 'Sudirman',
      accessCode: '123',
      meetingUrl: 'https://meet.example.com/x',
      referenceNumber: 'REF/1',
      priority: 3,
      notes: 'bring portfolio',
    })
    const bare = interview('2026-12-08T03:00:00.000Z')
    insertInterview(handle, full)
    insertInterview(handle, bare)
    expect(getInterview(handle, full.id)).toEqual(full)
    expect(getInterview(handle, bare.id)).toEqual(bare)
    expect(Object.keys(getInterview(handle, bare.id)!)).not.toContain('notes')
  })

  it('lists interviews overlapping a range, sorted by start', async () => {
    const handle = await db()
    const early = interview('2026-12-01T01:00:00.000Z')
    const spanning = interview('2026-12-01T23:30:00.000Z')
    const inside = interview('2026-12-02T05:00:00.000Z')
    const after = interview('2026-12-03T00:00:00.000Z')
    for (const item of [after, inside, spanning, early]) insertInterview(handle, item)
    const ids = listInterviews(handle, {
      fromMs: Date.parse('2026-12-02T00:00:00Z'),
      toMs: Date.parse('2026-12-03T00:00:00Z'),
    }).map((i) => i.id)
    expect(ids).toEqual([spanning.id, inside.id])
  })

  it('filters by status', async () => {
    const handle = await db()
    insertInterview(
      handle,
      interview('2026-12-01T01:00:00.000Z', { company: 'Kopi 100% Kita', status: 'confirmed' }),
    )
    insertInterview(
      handle,
      interview('2026-12-01T03:00:00.000Z', { company: 'Kopi Kita', status: 'invited' }),
    )
    expect(listInterviews(handle, { statuses: ['invited'] }).map((i) => i.company)).toEqual(['Kopi Kita'])
  })

  it('the date-range query searches the start index instead of scanning the table', async () => {
    const handle = await db()
    const { sql, params } = listInterviewsSql({ fromMs: 0, toMs: 1 })
    const plan = handle.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]
    const details = plan.map((row) => row.detail).join('\n')
    expect(details).toMatch(
      /SEARCH interviews USING INDEX interviews_by_start \(starts_at>\? AND starts_at<\?\)/,
    )
    expect(details).not.toMatch(/SCAN interviews/)
  })

  it('deletes by id and says whether anything was there', async () => {
    const handle = await db()
    const item = interview('2026-12-01T01:00:00.000Z')
    insertInterview(handle, item)
    expect(deleteInterview(handle, item.id)).toBe(true)
    expect(deleteInterview(handle, item.id)).toBe(false)
    expect(getInterview(handle, item.id)).toBeUndefined()
  })

  it('the schema refuses rows the contract would refuse (a second line of defence)', async () => {
    const handle = await db()
    expect(() =>
      insertInterview(handle, interview('2026-12-01T01:00:00.000Z', { status: 'maybe' as never })),
    ).toThrow(/CHECK constraint/)
  })
})

describe('settings repo', () => {
  it('stores one row per key and removes keys set to null', async () => {
    const handle = await db()
    writeStoredSettings(handle, { userName: 'Budi', signature: 'Salam' })
    writeStoredSettings(handle, { signature: null })
    expect(readStoredSettings(handle)).toEqual({ userName: 'Budi' })
  })
})
