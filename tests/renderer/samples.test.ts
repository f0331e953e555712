import { describe, expect, it } from 'vitest'
import { isSample, sampleInterviews } from '../../src/renderer/src/features/interviews/samples'
import { at } from '../helpers/interviews'

describe('which interviews are samples', () => {
  const samples = sampleInterviews(new Date('2026-12-01T01:00:00Z'))

  it('every sample is one, whatever day it was added on', () => {
    expect(samples.length).toBeGreaterThan(0)
    for (const sample of samples) expect(isSample(sample)).toBe(true)
    for (const sample of sampleInterviews(new Date('2031-06-15T12:00:00Z'), 'Europe/Berlin'))
      expect(isSample(sample)).toBe(true)
  })

  it.each([
    ['another company', { company: 'PT Lain' }],
    ['another position', { position: 'Chef' }],
    ['another contact', { contact: { name: 'Someone Else' } }],
    ['no contact', { contact: {} }],
  ])('an interview like a sample but with %s is not one', (_, change) => {
    expect(isSample({ ...samples[0]!, ...change })).toBe(false)
  })

  it('an interview of its own is not one', () => {
    expect(isSample(at('2026-12-07T03:00'))).toBe(false)
  })
})
