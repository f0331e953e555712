import { describe, expect, it } from 'vitest'
import {
  checkForm,
  formValuesOf,
  newFormValues,
  toUpdate,
  withStart,
  type FormValues,
} from '../../src/renderer/src/features/interviews/formModel'
import { sampleInterviews } from '../../src/renderer/src/features/interviews/samples'
import { interviewInputSchema, type Interview } from '../../src/shared/model/interview'

const now = new Date('2026-11-22T03:00:00.000Z')
const filled = (change: Partial<FormValues> = {}): FormValues => ({
  ...newFormValues('Asia/Jakarta', now),
  company: 'Bank Sentosa',
  position: 'Analyst',
  ...change,
})

describe('interview form model', () => {
  it('a new interview starts tomorrow 10:00–11:00 in the user zone', () => {
    expect(newFormValues('Asia/Jakarta', now)).toMatchObject({
      date: '2026-11-23',
      startTime: '10:00',
      endTime: '11:00',
      timeZone: 'Asia/Jakarta',
    })
  })

  it('turns wall-clock date and times in the chosen zone into UTC instants', () => {
    const checked = checkForm(filled({ date: '2026-12-07', startTime: '10:00', endTime: '11:30' }))
    expect(checked).toMatchObject({
      ok: true,
      input: { startsAt: '2026-12-07T03:00:00.000Z', endsAt: '2026-12-07T04:30:00.000Z' },
    })
  })

  it.each([
    [{ company: '' }, 'company', 'required'],
    [{ endTime: '09:00' }, 'endsAt', 'end_before_start'],
    [{ date: '' }, 'date', 'required'],
    [{ date: '2026-02-30' }, 'date', 'invalid_date'],
    [{ mode: 'video', meetingUrl: 'zoom dot us' }, 'meetingUrl', 'invalid_url'],
    [{ contactEmail: 'rina@' }, 'contact.email', 'invalid_email'],
  ] as const)('%j shows on %s as %s', (change, path, code) => {
    const checked = checkForm(filled(change as Partial<FormValues>))
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.issues).toContainEqual(expect.objectContaining({ path, code }))
  })

  it('an empty time is asked for by name, not reported as a bad UTC instant or a bad date', () => {
    // An invitation that says "s.d. selesai" fills the start and leaves the end empty.
    for (const [change, path] of [
      [{ endTime: '' }, 'endsAt'],
      [{ startTime: '' }, 'startsAt'],
    ] as const) {
      const checked = checkForm(filled(change))
      expect(checked.ok).toBe(false)
      if (checked.ok) continue
      expect(checked.issues).toEqual([expect.objectContaining({ path, code: 'required' })])
    }
  })

  it('keeps only the place fields of the chosen format', () => {
    const checked = checkForm(
      filled({ mode: 'video', location: 'Old address', meetingUrl: 'https://meet.example.com/x' }),
    )
    expect(checked.ok && checked.input).toMatchObject({ meetingUrl: 'https://meet.example.com/x' })
    expect(checked.ok && checked.input).not.toHaveProperty('location')
  })

  it('an edited interview clears the optional fields left blank', () => {
    const checked = checkForm(filled())
    if (!checked.ok) throw new Error('form should be valid')
    expect(toUpdate('id-1', checked.input)).toMatchObject({
      id: 'id-1',
      notes: null,
      referenceNumber: null,
      priority: null,
    })
  })

  it('reads an interview back into the same form values', () => {
    const checked = checkForm(filled({ notes: 'Bring CV', priority: '4', contactName: 'Rina' }))
    if (!checked.ok) throw new Error('form should be valid')
    const stored = {
      ...interviewInputSchema.parse(checked.input),
      id: 'x',
      createdAt: '',
      updatedAt: '',
    } as Interview
    expect(formValuesOf(stored)).toEqual(filled({ notes: 'Bring CV', priority: '4', contactName: 'Rina' }))
  })

  it('the sample interviews are all valid', () => {
    for (const sample of sampleInterviews(now))
      expect(interviewInputSchema.safeParse(sample).success).toBe(true)
  })
})

describe('changing the start', () => {
  const base = { ...newFormValues('Asia/Jakarta', now), startTime: '10:00', endTime: '11:30' }
  it.each([
    ['keeps a 90-minute interview 90 minutes long', '14:00', '15:30'],
    ['moves the end earlier with an earlier start', '08:15', '09:45'],
    ['stops at 23:59 rather than crossing midnight', '23:00', '23:59'],
    ['leaves the end alone while the start is half typed', '1', '11:30'],
  ])('%s', (_name, start, end) => {
    expect(withStart(base, start)).toMatchObject({ startTime: start, endTime: end })
  })

  it('leaves an end that was already wrong for the user to fix', () => {
    expect(withStart({ ...base, endTime: '09:00' }, '12:00')).toMatchObject({ endTime: '09:00' })
  })
})

describe('fields of the chosen format', () => {
  it('keep no meeting link or access code on a phone call, and no address on a video call', () => {
    const values = {
      ...newFormValues('Asia/Jakarta', now),
      company: 'Kopi Kita',
      position: 'Barista Lead',
      location: 'Jl. Kemang Raya 8',
      meetingUrl: 'https://meet.example.com/abc',
      accessCode: '1234',
    }
    const phone = checkForm({ ...values, mode: 'phone' })
    const video = checkForm({ ...values, mode: 'video' })
    expect(phone.ok && phone.input).not.toHaveProperty('meetingUrl')
    expect(phone.ok && phone.input).not.toHaveProperty('accessCode')
    expect(phone.ok && phone.input).not.toHaveProperty('location')
    expect(video.ok && video.input).toMatchObject({
      meetingUrl: 'https://meet.example.com/abc',
      accessCode: '1234',
    })
    expect(video.ok && video.input).not.toHaveProperty('location')
  })
})
