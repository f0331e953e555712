import type { Interview } from '../../src/shared/model/interview'
import { defaultSettings, type Settings } from '../../src/shared/model/settings'

/** A realistic interview: Monday 7 December 2026, 10:00–11:00 WIB, onsite in Jakarta, contact known. */
export const sampleInterview = (overrides: Partial<Interview> = {}): Interview => ({
  id: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
  company: 'PT Nusantara Digital Solusi',
  position: 'Analis Data',
  contact: {
    name: 'Sari Wulandari',
    title: 'ms',
    role: 'hr',
    email: 'sari.wulandari@nusantaradigital.co.id',
    phone: '+62 21 5555 0100',
  },
  mode: 'onsite',
  location: 'Menara Sudirman Lt. 12, Jl. Jend. Sudirman Kav. 60, Jakarta Selatan',
  startsAt: '2026-12-07T03:00:00.000Z',
  endsAt: '2026-12-07T04:00:00.000Z',
  timeZone: 'Asia/Jakarta',
  status: 'confirmed',
  referenceNumber: 'HRD/REK/2026/118',
  priority: 4,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  ...overrides,
})

export const sampleSettings = (overrides: Partial<Settings> = {}): Settings => ({
  ...defaultSettings({ language: 'id', timeZone: 'Asia/Jakarta' }),
  userName: 'Andi Pratama',
  userEmail: 'andi.pratama@example.com',
  userPhone: '+62 812 5555 6666',
  ...overrides,
})

/** Moments relative to the sample interview (Monday 7 December 2026, 10:00 WIB). */
export const MOMENTS = {
  /** Wednesday 09:30 WIB: ample notice. */
  ample: Date.parse('2026-12-02T02:30:00Z'),
  /** Saturday 14:00 WIB: 44 hours before, short notice (and the office is closed). */
  short: Date.parse('2026-12-05T07:00:00Z'),
  /** Monday 07:30 WIB: 2.5 hours before, late notice (before the office opens). */
  late: Date.parse('2026-12-07T00:30:00Z'),
  /** Monday 15:00 WIB: after the interview. */
  after: Date.parse('2026-12-07T08:00:00Z'),
  /** Tuesday 09:00 WIB: the day after. */
  nextDay: Date.parse('2026-12-08T02:00:00Z'),
} as const

/** Three proposed times: Wednesday 10:00, Thursday 14:00 and Friday 10:00 WIB of the same week. */
export const sampleAlternatives = [
  { startsAt: '2026-12-09T03:00:00.000Z', endsAt: '2026-12-09T04:00:00.000Z' },
  { startsAt: '2026-12-10T07:00:00.000Z', endsAt: '2026-12-10T08:00:00.000Z' },
  { startsAt: '2026-12-11T03:00:00.000Z', endsAt: '2026-12-11T04:00:00.000Z' },
]
