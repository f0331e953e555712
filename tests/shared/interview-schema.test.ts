import { describe, expect, it } from 'vitest'
import {
  interviewInputSchema,
  interviewListSchema,
  interviewUpdateSchema,
} from '../../src/shared/model/interview'
import { toFieldIssues } from '../../src/shared/validation'

const valid = {
  company: 'PT Nusantara Data Raya',
  position: 'Data Analyst',
  mode: 'onsite',
  location: 'Jl. Jend. Sudirman Kav. 60, Jakarta',
  startsAt: '2026-12-07T03:00:00Z',
  endsAt: '2026-12-07T04:00:00Z',
  timeZone: 'Asia/Jakarta',
  contact: {
    name: 'Rina Kartika',
    role: 'recruiter',
    email: 'rina@example.co.id',
    phone: '+62 812 5550 1234',
  },
  priority: 4,
}

function issuesOf(input: unknown) {
  const parsed = interviewInputSchema.safeParse(input)
  return parsed.success ? [] : toFieldIssues(parsed.error).map(({ path, code }) => ({ path, code }))
}

describe('interview input schema', () => {
  it('accepts a complete interview and defaults the status to invited', () => {
    const parsed = interviewInputSchema.parse(valid)
    expect(parsed.status).toBe('invited')
    expect(parsed.contact.email).toBe('rina@example.co.id')
  })

  it('trims text and treats blank optional text as absent', () => {
    const parsed = interviewInputSchema.parse({ ...valid, company: '  Acme  ', notes: '   ' })
    expect(parsed.company).toBe('Acme')
    expect(parsed.notes).toBeUndefined()
  })

  it.each([
    ['empty company', { company: '   ' }, 'company', 'required'],
    ['missing position', { position: undefined }, 'position', 'required'],
    ['end equal to start', { endsAt: valid.startsAt }, 'endsAt', 'end_before_start'],
    ['end before start', { endsAt: '2026-12-07T02:00:00Z' }, 'endsAt', 'end_before_start'],
    ['longer than a day', { endsAt: '2026-12-08T04:00:01Z' }, 'endsAt', 'too_long_duration'],
    ['unknown IANA zone', { timeZone: 'Asia/Atlantis' }, 'timeZone', 'invalid_zone'],
    ['offset instead of a zone', { timeZone: '+07:00' }, 'timeZone', 'invalid_zone'],
    ['local time without Z', { startsAt: '2026-12-07T10:00:00' }, 'startsAt', 'invalid_instant'],
    ['malformed email', { contact: { email: 'rina@' } }, 'contact.email', 'invalid_email'],
    ['javascript: link', { meetingUrl: 'javascript:alert(1)' }, 'meetingUrl', 'invalid_url'],
    ['file: link', { meetingUrl: 'file:///etc/passwd' }, 'meetingUrl', 'invalid_url'],
    ['phone with letters', { contact: { phone: 'call me' } }, 'contact.phone', 'invalid_phone'],
    ['priority out of range', { priority: 6 }, 'priority', 'too_big'],
    ['priority not whole', { priority: 2.5 }, 'priority', 'expected_integer'],
    ['priority as text', { priority: '3' }, 'priority', 'expected_number'],
    ['company as a number', { company: 42 }, 'company', 'expected_text'],
    ['unknown mode', { mode: 'carrier-pigeon' }, 'mode', 'invalid_choice'],
    ['unknown status', { status: 'maybe' }, 'status', 'invalid_choice'],
    ['unknown key', { salary: 100 }, 'salary', 'unknown_field'],
    ['unknown contact key', { contact: { fax: '1' } }, 'contact.fax', 'unknown_field'],
    ['notes over 10 000 characters', { notes: 'x'.repeat(10_001) }, 'notes', 'too_long'],
    ['control characters', { company: 'Acme\u0007' }, 'company', 'control_chars'],
  ])('%s is refused on the field it concerns', (_name, change, path, code) => {
    expect(issuesOf({ ...valid, ...change })).toContainEqual({ path, code })
  })

  it('reports every bad field at once', () => {
    const paths = issuesOf({ ...valid, company: '', position: '', timeZone: 'Nowhere' }).map((i) => i.path)
    expect(paths).toEqual(expect.arrayContaining(['company', 'position', 'timeZone']))
  })

  it('refuses a payload that is not an object', () => {
    expect(issuesOf('interview')).toEqual([{ path: '(input)', code: 'invalid' }])
  })
})

describe('interview update schema', () => {
  const id = '0b6f3c3e-54a4-4cf4-9e73-55d0c9f3c5a1'

  it('takes any subset of fields', () => {
    expect(interviewUpdateSchema.parse({ id, status: 'confirmed' })).toEqual({ id, status: 'confirmed' })
  })

  it('turns blank optional text into null so it is cleared', () => {
    expect(interviewUpdateSchema.parse({ id, notes: '' })).toEqual({ id, notes: null })
  })

  it('refuses an id that is not a uuid and unknown keys', () => {
    const parsed = interviewUpdateSchema.safeParse({ id: '1', createdAt: 'x' })
    expect(parsed.success).toBe(false)
    if (!parsed.success) {
      expect(toFieldIssues(parsed.error).map((i) => [i.path, i.code])).toEqual([
        ['id', 'invalid_id'],
        ['createdAt', 'unknown_field'],
      ])
    }
  })
})

describe('interview list query', () => {
  it('accepts one status or several', () => {
    expect(interviewListSchema.safeParse({ status: 'invited' }).success).toBe(true)
    expect(interviewListSchema.safeParse({ status: ['invited', 'confirmed'] }).success).toBe(true)
  })

  it('refuses a range that ends before it starts', () => {
    const parsed = interviewListSchema.safeParse({ from: '2026-12-07T00:00:00Z', to: '2026-12-06T00:00:00Z' })
    expect(parsed.success).toBe(false)
  })
})
