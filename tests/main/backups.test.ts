import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createBackup, KEEP_AUTOMATIC, listBackups, needsDailyBackup } from '../../src/main/db/backups'
import { Connection } from '../../src/main/db/connection'
import { MIGRATIONS, migrate } from '../../src/main/db/migrations'
import { openDatabase } from '../../src/main/db/open'
import { tempDir } from '../helpers/temp'

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour))

describe('backups', () => {
  it('keep the newest 7 automatic backups and every manual one', async () => {
    const dir = tempDir()
    const db = await openDatabase(join(dir, 'db.sqlite3'), {
      backupsDir: join(dir, 'backups'),
      now: () => at(1),
    })
    await createBackup(db, join(dir, 'backups'), at(1), 'manual')
    for (let day = 2; day <= 12; day += 1) await createBackup(db, join(dir, 'backups'), at(day), 'daily')
    const backups = listBackups(join(dir, 'backups'))
    expect(backups.filter((b) => b.file.endsWith('-daily.sqlite3'))).toHaveLength(KEEP_AUTOMATIC)
    expect(backups.filter((b) => b.file.endsWith('-manual.sqlite3'))).toHaveLength(1)
    expect(backups[0]!.createdAt).toBe(at(12).toISOString())
    expect(readdirSync(join(dir, 'backups')).some((name) => name.endsWith('.partial'))).toBe(false)
    db.close()
  })

  it('are complete databases that open on their own', async () => {
    const dir = tempDir()
    const db = await openDatabase(join(dir, 'db.sqlite3'), {
      backupsDir: join(dir, 'backups'),
      now: () => at(1),
    })
    db.prepare("INSERT INTO settings (key, value) VALUES ('userName', '\"Budi\"')").run()
    const backup = await createBackup(db, join(dir, 'backups'), at(1), 'manual')
    const copy = new BetterSqlite3(join(dir, 'backups', backup.file), { readonly: true })
    expect(copy.prepare('SELECT value FROM settings').get()).toEqual({ value: '"Budi"' })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    copy.close()
    db.close()
  })

  it('a daily backup is due when the newest is a day old', async () => {
    const dir = tempDir()
    expect(needsDailyBackup(dir, at(5))).toBe(true)
    const db = await openDatabase(join(dir, 'db.sqlite3'), { backupsDir: dir, now: () => at(5) })
    await createBackup(db, dir, at(5, 9), 'daily')
    expect(needsDailyBackup(dir, at(6, 8))).toBe(false)
    expect(needsDailyBackup(dir, at(6, 9))).toBe(true)
    db.close()
  })

  it('once a day, on open and no more', async () => {
    const dir = tempDir()
    let now = at(3)
    const connection = new Connection({
      file: join(dir, 'db.sqlite3'),
      backupsDir: join(dir, 'backups'),
      now: () => now,
    })
    await connection.open()
    expect(await connection.dailyBackup()).toBeDefined()
    expect(await connection.dailyBackup()).toBeUndefined()
    now = at(4, 10)
    expect(await connection.dailyBackup()).toBeDefined()
    expect(connection.backups()).toHaveLength(2)
    connection.close()
  })

  it('a database on an older schema is backed up before it is migrated', async () => {
    const dir = tempDir()
    const file = join(dir, 'db.sqlite3')
    const old = new BetterSqlite3(file)
    migrate(old, MIGRATIONS.slice(0, 1))
    old.close()
    const db = await openDatabase(file, { backupsDir: join(dir, 'backups'), now: () => at(7) })
    const [backup] = listBackups(join(dir, 'backups'))
    expect(backup?.file).toMatch(/-pre-migration\.sqlite3$/)
    const copy = new BetterSqlite3(join(dir, 'backups', backup!.file), { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(1)
    copy.close()
    db.close()
  })
})
