import { describe, expect, it } from 'vitest'
import { accuracy, CORPUS, FIELDS, fieldValue, HELD_OUT, readEntry } from './invitations/accuracy'

describe('reading invitations (written corpus, Indonesian and English)', () => {
  it('holds at least 40 invitations', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40)
  })

  it.each([...CORPUS, ...HELD_OUT].map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const reading = readEntry(entry)
    const got = Object.fromEntries(FIELDS.map((field) => [field, fieldValue(reading.interview, field)]))
    const want = Object.fromEntries(FIELDS.map((field) => [field, entry.expected[field]]))
    expect(got).toEqual(want)
    for (const field of FIELDS)
      if (entry.expected[field] !== undefined) expect(reading.sources[field], field).toBeTruthy()
    // The reply deadline: read when the text asks for one by a date, never taken from another date.
    expect(reading.replyBy?.at, 'replyBy').toBe(entry.replyBy)
    if (entry.replyBy) expect(reading.replyBy?.source).toMatch(/\d|hari ini|today/)
  })

  it.each([
    ['tuned corpus', CORPUS],
    ['held-out corpus', HELD_OUT],
  ] as const)('per-field accuracy on the %s is at least 95 % (printed for the report)', (label, corpus) => {
    const rows = accuracy([...corpus])
    console.log(
      `${label} (${corpus.length} invitations)\n` +
        [
          'field               right/total  accuracy',
          ...rows.map(
            (row) =>
              `${row.field.padEnd(20)}${`${row.right}/${row.total}`.padStart(11)}  ${((row.right / row.total) * 100).toFixed(1).padStart(6)} %`,
          ),
        ].join('\n'),
    )
    for (const row of rows)
      expect(row.right / row.total, `${row.field}\n${row.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95)
  })
})
