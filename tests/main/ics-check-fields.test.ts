import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReaderFieldsCheck } from '../../src/main/ics/checkFields'
import { decodeIcs } from '../../src/main/ics/decode'
import { parseInvitations } from '../../src/main/ics/parse'
import { interviewInputSchema } from '../../src/shared/model/interview'
import { calendarText } from '../helpers/icsCalendar'

const NOW = Date.parse('2026-11-30T10:00:00Z')
const options = { userZone: 'Asia/Jakarta', now: NOW }
const folder = join(__dirname, '../fixtures/ics')

/** Every event our reader produces from the fixture files and a generated calendar. */
function readerFields(): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = []
  const texts = readdirSync(folder)
    .filter((name) => name.endsWith('.ics'))
    .map((name) => decodeIcs(readFileSync(join(folder, name))).text)
  for (const text of [...texts, calendarText(300)]) {
    try {
      found.push(...parseInvitations(text, options).invitations.map((each) => each.fields))
    } catch {
      // A fixture that is refused whole has no fields to check.
    }
  }
  return found
}

const ODD_VALUES: unknown[] = [
  '',
  ' ',
  ' padded',
  'padded ',
  'tab\u0001char',
  'x'.repeat(201),
  'x'.repeat(10_001),
  42,
  0,
  2.5,
  6,
  null,
  undefined,
  true,
  [],
  {},
  'javascript:alert(1)',
  'https://meet.example.com/abc',
  'http://',
  'not an email',
  'a@b.co',
  '+62 812 3456 7890',
  ' +62 812 3456 7890 ',
  '12',
  'mr',
  'hr',
  'bogus',
  'video',
  'cancelled',
  'Asia/Jakarta',
  '+07:00',
  '2026-12-07T10:00:00Z',
  '2026-12-07T10:00:00.000Z',
  '2027-02-29T10:00:00.000Z',
  '2028-02-29T10:00:00.000Z',
  '2100-02-29T10:00:00.000Z',
  '2000-02-29T10:00:00.000Z',
  '2026-04-31T10:00:00.000Z',
  '2026-12-07T24:00:00.000Z',
  '2026-12-07T10:60:00.000Z',
  '2026-12-07T10:00:60.000Z',
  '2026-13-07T10:00:00.000Z',
  '2026-12-08T10:00:00.000Z',
  '2026-12-07T09:00:00.000Z',
]

/** Each field of each valid event set to each odd value (and removed), plus odd contacts and extra keys. */
function variants(base: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [base, { ...base, extra: 'x' }]
  const keys = [...Object.keys(interviewInputSchema.shape)]
  for (const key of keys) {
    const { [key]: _dropped, ...without } = base
    out.push(without)
    for (const value of ODD_VALUES) out.push({ ...base, [key]: value })
  }
  for (const key of ['name', 'title', 'role', 'email', 'phone', 'other'])
    for (const value of ODD_VALUES)
      out.push({ ...base, contact: { ...(base.contact as object), [key]: value } })
  return out
}

describe('the quick check of reader fields gives the schema answer or defers to it', () => {
  const fields = readerFields()

  it('accepts what the reader writes for plain invitations', () => {
    const check = new ReaderFieldsCheck()
    const accepted = fields.filter((each) => check.check(each) !== undefined)
    // Nearly every event of real files is plainly valid: the quick path is the one a large import takes.
    expect(fields.length).toBeGreaterThan(300)
    expect(accepted.length / fields.length).toBeGreaterThan(0.9)
  })

  it('never accepts what the schema refuses, and gives exactly the schema value (keys in the same order)', () => {
    const check = new ReaderFieldsCheck()
    let accepted = 0
    let deferred = 0
    // One event of each shape (which keys it has, in its contact too): the odd values do the rest.
    const shapes = new Map<string, Record<string, unknown>>()
    for (const base of fields) {
      const contact = (base.contact ?? {}) as object
      shapes.set(`${Object.keys(base).join()}|${Object.keys(contact).join()}`, base)
    }
    for (const base of shapes.values()) {
      for (const candidate of variants(base)) {
        const quick = check.check(candidate)
        const schema = interviewInputSchema.safeParse(candidate)
        if (quick === undefined) {
          deferred += 1
          continue
        }
        accepted += 1
        expect(schema.success, JSON.stringify(candidate)).toBe(true)
        expect(JSON.stringify(quick)).toBe(JSON.stringify(schema.data))
        expect(quick).toStrictEqual(schema.data)
      }
    }
    expect(accepted).toBeGreaterThan(100)
    expect(deferred).toBeGreaterThan(100)
  })
})
