import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { internationalDigits, mailtoLink, telLink, whatsappLink } from '../../../src/shared/drafts/links'

describe('links', () => {
  it('mailto links decode back to exactly the subject and body, with no extra fields', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (subject, body) => {
        const url = new URL(mailtoLink('rina@example.co.id', subject, body))
        expect(url.protocol).toBe('mailto:')
        expect(decodeURIComponent(url.pathname)).toBe('rina@example.co.id')
        expect([...url.searchParams.keys()]).toEqual(['subject', 'body'])
        expect(url.searchParams.get('subject')).toBe(subject)
        expect(url.searchParams.get('body')).toBe(body.replace(/\r?\n/g, '\r\n'))
      }),
      { numRuns: 500 },
    )
  })

  it('text that looks like header fields stays inside the body', () => {
    const url = new URL(
      mailtoLink('a@example.com', 'Hi&cc=boss@example.com', 'x&bcc=spy@example.com\n?to=z@example.com'),
    )
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body'])
  })

  it('WhatsApp links carry exactly the text, to an international number', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const url = new URL(whatsappLink('0812-5550-1234', text)!)
        expect(url.origin + url.pathname).toBe('https://wa.me/6281255501234')
        expect([...url.searchParams.keys()]).toEqual(['text'])
        expect(url.searchParams.get('text')).toBe(text)
      }),
      { numRuns: 500 },
    )
  })

  it.each([
    ['0812-5550-1234', '6281255501234'],
    ['+62 812 5550 1234', '6281255501234'],
    ['0062 812 5550 1234', '6281255501234'],
    ['+65 6555 0199', '6565550199'],
    ['12', undefined],
  ])('%s is %s in international digits', (phone, digits) => {
    expect(internationalDigits(phone)).toBe(digits)
  })

  it('tel links use the international number', () => {
    expect(telLink('0812-5550-1234')).toBe('tel:+6281255501234')
    expect(telLink(undefined)).toBeUndefined()
  })
})
