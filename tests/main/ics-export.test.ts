import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportIcs } from '../../src/main/ics/export'
import { parseInvitations } from '../../src/main/ics/parse'
import { interviewInputSchema, type Interview } from '../../src/shared/model/interview'
import { defaultSettings } from '../../src/shared/model/settings'

const NOW = Date.parse('2026-11-22T03:00:00Z')
const settings = (language: 'id' | 'en') => defaultSettings({ language, timeZone: 'Asia/Jakarta' })

/**
 * Text with everything that needs escaping in .ics: , ; \ line breaks, quotes, colons, Unicode. A CR is left
 * out: .ics has one escape for a line break, so "\r\n" comes back as "\n" (the form never stores a CR).
 */
const tricky = fc
  .array(
    fc.oneof(
      fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }),
      fc.constantFrom(',', ';', '\\', '\n', ':', '"', '\\n', '\\,', 'é', '💼', '  ', '\t', 'PT A, Tbk.'),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''))

const interview = fc
  .record({
    company: tricky,
    position: tricky,
    mode: fc.constantFrom('onsite', 'video', 'phone'),
    location: fc.option(tricky, { nil: undefined }),
    meetingUrl: fc.option(
      fc.constantFrom('https://zoom.us/j/123?pwd=a,b;c', 'https://meet.google.com/abc-defg-hij'),
      {
        nil: undefined,
      },
    ),
    accessCode: fc.option(tricky, { nil: undefined }),
    referenceNumber: fc.option(tricky, { nil: undefined }),
    notes: fc.option(tricky, { nil: undefined }),
    contactName: fc.option(tricky, { nil: undefined }),
    contactTitle: fc.option(fc.constantFrom('mr', 'ms'), { nil: undefined }),
    contactRole: fc.option(fc.constantFrom('recruiter', 'hiring-manager', 'hr', 'interviewer', 'other'), {
      nil: undefined,
    }),
    contactPhone: fc.option(fc.constantFrom('+6281255556666', '0812-5555 6666 ext. 3'), { nil: undefined }),
  })
  .map((drawn) => {
    // Stored values are what the contract's schema keeps (trimmed; blank is absent).
    const parsed = interviewInputSchema.safeParse({
      company: drawn.company,
      position: drawn.position,
      mode: drawn.mode,
      location: drawn.location,
      meetingUrl: drawn.meetingUrl,
      accessCode: drawn.accessCode,
      referenceNumber: drawn.referenceNumber,
      notes: drawn.notes,
      contact: {
        name: drawn.contactName,
        title: drawn.contactTitle,
        role: drawn.contactRole,
        phone: drawn.contactPhone,
      },
      startsAt: '2026-12-07T03:00:00.000Z',
      endsAt: '2026-12-07T04:00:00.000Z',
      timeZone: 'Asia/Jakarta',
    })
    if (!parsed.success) return undefined
    const stamp = '2026-11-20T00:00:00.000Z'
    return { id: crypto.randomUUID(), ...parsed.data, createdAt: stamp, updatedAt: stamp } as Interview
  })
  .filter((value): value is Interview => value !== undefined)

const FIELDS = [
  'company',
  'position',
  'mode',
  'location',
  'meetingUrl',
  'accessCode',
  'referenceNumber',
  'notes',
  'status',
  'timeZone',
  'startsAt',
  'endsAt',
] as const

describe('.ics export', () => {
  it('export → import gives back every text field exactly (property)', () => {
    fc.assert(
      fc.property(interview, (original) => {
        const text = exportIcs([original], settings('en'), new Map(), new Date(NOW))
        const [back] = parseInvitations(text, { userZone: 'UTC', now: NOW }).invitations
        for (const field of FIELDS) expect(back!.fields[field], field).toEqual(original[field])
        expect(back!.fields.contact).toEqual(
          Object.fromEntries(Object.entries(original.contact).filter(([, value]) => value !== undefined)),
        )
      }),
      { numRuns: 500 },
    )
  })

  it('DESCRIPTION carries link, access code, contact, phone, reference and notes in the user language', () => {
    const video: Interview = {
      id: '7d1e1c56-1f2a-4c1b-9d7e-1b2c3d4e5f60',
      company: 'PT Toko Maju Digital',
      position: 'Product Analyst',
      mode: 'video',
      meetingUrl: 'https://us02web.zoom.us/j/87766554433',
      accessCode: '735102',
      referenceNumber: 'TMD/REC/2026/0877',
      notes: 'Siapkan portofolio',
      contact: { name: 'Dewi Anggraini', email: 'dewi@tokomaju.example.id', phone: '+6281255556666' },
      startsAt: '2026-12-07T03:00:00.000Z',
      endsAt: '2026-12-07T04:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      status: 'confirmed',
      createdAt: '2026-11-20T00:00:00.000Z',
      updatedAt: '2026-11-20T00:00:00.000Z',
    }
    const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')
    const id = unfold(exportIcs([video], settings('id'), new Map(), new Date(NOW)))
    expect(id).toContain('LOCATION:https://us02web.zoom.us/j/87766554433')
    expect(id).toContain(
      'DESCRIPTION:Tautan: https://us02web.zoom.us/j/87766554433\\nKode akses: 735102\\nNarahubung: Dewi Anggraini\\, dewi@tokomaju.example.id\\nTelepon: +6281255556666\\nNomor referensi: TMD/REC/2026/0877\\n\\nCatatan:\\nSiapkan portofolio',
    )
    const en = unfold(exportIcs([video], settings('en'), new Map(), new Date(NOW)))
    expect(en).toContain('DESCRIPTION:Join: https://us02web.zoom.us/j/87766554433\\nAccess code: 735102')
    const onsite = unfold(
      exportIcs(
        [{ ...video, mode: 'onsite', location: 'Menara Sudirman, Lt. 12' }],
        settings('en'),
        new Map(),
        new Date(NOW),
      ),
    )
    expect(onsite).toContain('LOCATION:Menara Sudirman\\, Lt. 12')
  })
})
