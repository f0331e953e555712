import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { startBackend } from '../../../src/main/backend'
import { startReminderNotifications } from '../../../src/main/notifications'
import type { ReminderNotice } from '../../../src/shared/schedule/reminders'
import { interviewInput, tempDir } from '../../helpers/temp'

describe('desktop reminders', () => {
  it('show each due reminder once and open its interview on click', async () => {
    let now = new Date('2026-11-22T03:00:00.000Z')
    const backend = await startBackend({
      dbFile: join(tempDir(), 'db.sqlite3'),
      system: { language: 'en', timeZone: 'Asia/Jakarta' },
      now: () => now,
    })
    const created = await backend.registry.dispatch(
      'interviews/create',
      interviewInput({ company: 'Soon', status: 'confirmed' }, 30),
    )
    const shown: { notice: ReminderNotice; click: () => void }[] = []
    const open = vi.fn()
    const port = { show: (notice: ReminderNotice, click: () => void) => shown.push({ notice, click }) }

    const stop = startReminderNotifications(backend.registry, port, open)
    await vi.waitFor(() =>
      expect(backend.connection.database.prepare('SELECT count(*) AS n FROM app_state').get()).toEqual({
        n: 1,
      }),
    )
    expect(shown).toEqual([])
    stop()

    now = new Date('2026-11-22T10:00:00.000Z') // the 24-hour mark (09:00) has passed
    const stopAgain = startReminderNotifications(backend.registry, port, open)
    await vi.waitFor(() => expect(shown).toHaveLength(1))
    expect(shown[0]!.notice).toMatchObject({
      kind: 'upcoming',
      title: 'Soon — Data Analyst',
      code: 'upcoming',
    })
    // Worded from the shared catalog, as the page words the same code.
    expect(shown[0]!.notice.body).toMatch(
      /^Interview with Soon in \d+ hours: \w+day, \d+ November at \d\d:\d\d WIB\.$/,
    )
    shown[0]!.click()
    expect(open).toHaveBeenCalledWith(created.ok && (created.value as { id: string }).id)
    stopAgain()

    const third = startReminderNotifications(backend.registry, port, open)
    await new Promise((done) => setTimeout(done, 50))
    expect(shown).toHaveLength(1)
    third()
    backend.stop()
  })
})
