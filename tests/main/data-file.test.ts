import { testBackend } from '../helpers/backend'
import { describe, expect, it } from 'vitest'
import { toCsv } from '../../src/main/services/csv'
import type { DataImportResult } from '../../src/shared/model/dataFile'
import type { Interview } from '../../src/shared/model/interview'
import { interviewInput } from '../helpers/temp'

const backend = () => testBackend()

async function filled() {
  const app = await backend()
  const first = await app.value<Interview>(
    'interviews/create',
    interviewInput({ company: 'Bank Sentosa', notes: 'Bring "portfolio", CV' }),
  )
  await app.value(
    'interviews/create',
    interviewInput({ company: '=HYPERLINK("http://evil")', position: 'Analyst' }, 60),
  )
  await app.value('followups/add', {
    type: 'log',
    interviewId: first.id,
    kind: 'call',
    channel: 'phone',
    note: 'Spoke to Rina',
  })
  await app.value('travel/set', { from: 'Sudirman', to: 'BSD', minutes: 75 })
  return app
}

describe('data/export and data/import (JSON)', () => {
  it('a JSON export imported into an empty database gives back everything', async () => {
    const source = await filled()
    const { text } = await source.value<{ text: string }>('data/export', { format: 'json' })
    expect(JSON.parse(text)).toMatchObject({ format: 'interview-desk', version: 1 })
    const target = await backend()
    expect(await target.value<DataImportResult>('data/import', { text, mode: 'merge' })).toEqual({
      interviews: { added: 2, updated: 0 },
      followUps: { added: 1 },
      travelTimes: 1,
    })
    for (const channel of ['interviews/list', 'followups/list', 'travel/list']) {
      expect(await target.value(channel)).toEqual(await source.value(channel))
    }
  })

  it('merge updates interviews with the same id; replace removes the others', async () => {
    const app = await filled()
    const { text } = await app.value<{ text: string }>('data/export', { format: 'json' })
    const extra = await app.value<Interview>(
      'interviews/create',
      interviewInput({ company: 'Not in the file' }),
    )
    expect(await app.value<DataImportResult>('data/import', { text, mode: 'merge' })).toMatchObject({
      interviews: { added: 0, updated: 2 },
    })
    expect((await app.value<Interview[]>('interviews/list')).map((i) => i.id)).toContain(extra.id)
    await app.value('data/import', { text, mode: 'replace' })
    expect((await app.value<Interview[]>('interviews/list')).map((i) => i.id)).not.toContain(extra.id)
    expect(await app.value<Interview[]>('interviews/list')).toHaveLength(2)
  })

  it.each([
    ['not JSON', 'hello', 'text'],
    ['another program’s file', JSON.stringify({ format: 'other', version: 1 }), 'format'],
    ['a newer version', JSON.stringify({ format: 'interview-desk', version: 2 }), 'version'],
  ])('refuses %s by name and writes nothing', async (_name, text, path) => {
    const app = await filled()
    const before = await app.value('interviews/list')
    const result = await app.call('data/import', { text, mode: 'replace' })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    if (!result.ok) expect(result.error.issues?.map((i) => i.path)).toContain(path)
    expect(await app.value('interviews/list')).toEqual(before)
  })

  it('one bad record refuses the whole file, naming where it is', async () => {
    const app = await filled()
    const file = JSON.parse((await app.value<{ text: string }>('data/export', { format: 'json' })).text)
    file.interviews[1].endsAt = file.interviews[1].startsAt
    file.interviews[0].salary = 1
    const before = await app.value('interviews/list')
    const result = await app.call('data/import', { text: JSON.stringify(file), mode: 'replace' })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.error.issues?.map((i) => i.path)).toEqual(
        expect.arrayContaining(['interviews.1.endsAt', 'interviews.0.salary']),
      )
    expect(await app.value('interviews/list')).toEqual(before)
  })
})

describe('CSV', () => {
  it('interviews and follow-ups as CSV, quoted as RFC 4180 asks, formulas neutralised', async () => {
    const app = await filled()
    const { text } = await app.value<{ text: string }>('data/export', { format: 'csv' })
    const lines = text.trim().split('\r\n')
    expect(lines[0]).toMatch(/^id,company,position,status,mode,startsAt,endsAt,timeZone,localStart,localEnd,/)
    // Times also in the interview's own zone (UTC instants are hard to read in a spreadsheet).
    const header = lines[0]!.split(',')
    const rows = lines.slice(1).filter((row) => /^[0-9a-f-]{36},[^",]+,[^",]+,/.test(row))
    expect(rows.length).toBeGreaterThan(0)
    for (const line of rows) {
      const cells = line.split(',')
      const zone = cells[header.indexOf('timeZone')]!
      const start = cells[header.indexOf('startsAt')]!
      const local = new Intl.DateTimeFormat('sv-SE', {
        timeZone: zone,
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(new Date(start))
      expect(cells[header.indexOf('localStart')]).toBe(local)
    }
    expect(text).toContain('"Bring ""portfolio"", CV"')
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`)
    const followUps = await app.value<{ text: string }>('data/export', { format: 'csv', table: 'followups' })
    expect(followUps.text).toMatch(/Bank Sentosa,log,call,phone,/)
  })

  it('escapes line breaks and leaves plain values alone', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          { a: 'one\ntwo', b: 3 },
          { a: undefined, b: '-5' },
        ],
      ),
    ).toBe('a,b\r\n"one\ntwo",3\r\n,\'-5\r\n')
  })
})
